using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Matching;

public sealed class SuggestingMatchesForACohort(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_director_reviews_suggestions_with_reasons_and_turns_them_into_proposals()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);

        var page = await director.GetStringAsync($"/Approvals/Suggest?cohortId={cohortId}");
        Assert.Contains("outside the chain of command", page);
        var pairs = System.Text.RegularExpressions.Regex.Matches(page, "name=\"Pairs\" value=\"(\\d+:\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(pairs);

        var before = await app.QueryAsync(db => db.Matches.CountAsync(m => m.Source == MatchSource.Suggestion));
        var form = new List<KeyValuePair<string, string>>(pairs.Select(p => KeyValuePair.Create("Pairs", p)))
        {
            KeyValuePair.Create("__RequestVerificationToken", await director.AntiforgeryTokenAsync($"/Approvals/Suggest?cohortId={cohortId}")),
        };
        var response = await director.PostAsync($"/Approvals/AcceptSuggestions?cohortId={cohortId}", new FormUrlEncodedContent(form));

        var created = await app.QueryAsync(db => db.Matches.CountAsync(m => m.Source == MatchSource.Suggestion)) - before;
        Assert.Equal(pairs.Count, created);
        Assert.Contains($"{created} suggested match", await director.GetStringAsync(response.Headers.Location!.OriginalString));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_choice_is_refused_with_words(string pairs)
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var before = await app.QueryAsync(db => db.Matches.CountAsync());

        var response = await director.PostFormAsync($"/Approvals/AcceptSuggestions?cohortId={cohortId}", new() { ["Pairs"] = pairs },
            $"/Approvals/Suggest?cohortId={cohortId}");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Choose at least one suggested match to propose.", await director.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal(before, await app.QueryAsync(db => db.Matches.CountAsync()));
    }
}
