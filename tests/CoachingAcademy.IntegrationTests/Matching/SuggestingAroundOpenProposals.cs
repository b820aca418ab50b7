using System.Text.RegularExpressions;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Matching;

/// <summary>On its own database: suggestions are accepted and approved.</summary>
public sealed class SuggestingAroundOpenProposals(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task A_proposal_waiting_for_approval_holds_its_seat_so_every_suggestion_can_be_approved()
    {
        // Priya Natarajan coaches two at most; her proposal with Taylor Nguyen waits for approval, and Jordan Blake and
        // Emerson Park are outside her chain of command: one seat is left, for one of them.
        var cohortId = await app.DemoCohortIdAsync();
        var natarajan = await app.PersonIdAsync("priya.natarajan@example.org");
        var director = await app.LoginAsync(DemoUsers.Director);

        var page = await director.GetStringAsync($"/Approvals/Suggest?cohortId={cohortId}");
        var pairs = Regex.Matches(page, "name=\"Pairs\" value=\"(\\d+):(\\d+)\"").Select(m => (Value: $"{m.Groups[1].Value}:{m.Groups[2].Value}", Coach: int.Parse(m.Groups[2].Value))).ToList();
        Assert.Single(pairs, p => p.Coach == natarajan);

        var form = new List<KeyValuePair<string, string>>(pairs.Select(p => KeyValuePair.Create("Pairs", p.Value)))
        {
            KeyValuePair.Create("__RequestVerificationToken", await director.AntiforgeryTokenAsync($"/Approvals/Suggest?cohortId={cohortId}")),
        };
        await director.PostAsync($"/Approvals/AcceptSuggestions?cohortId={cohortId}", new FormUrlEncodedContent(form));
        await director.PostFormAsync($"/Approvals/ApproveAll?cohortId={cohortId}", [], tokenPage: "/");

        var hers = await app.QueryAsync(db => db.Matches.Where(m => m.CoachId == natarajan).Select(m => m.Status).ToListAsync());
        Assert.Equal([MatchStatus.Active, MatchStatus.Active], hers);
    }
}
