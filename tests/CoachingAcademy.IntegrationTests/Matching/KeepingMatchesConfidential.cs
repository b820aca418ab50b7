using System.Net;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Matching.MatchingPeople;

namespace CoachingAcademy.IntegrationTests.Matching;

/// <summary>Ownership: each person sees only the matches they are part of; nobody but the pair reads their statement.</summary>
public sealed class KeepingMatchesConfidential(MailingApp app) : IClassFixture<MailingApp>
{
    private Task<int> GraceAndMarcusAsync() =>
        app.QueryAsync(db => db.Matches.Where(m => m.Coach!.Email == Grace && m.Participant!.Email == Marcus).Select(m => m.Id).FirstAsync());

    [Theory]
    [InlineData(DemoUsers.Coach)]
    [InlineData(DemoUsers.Participant)]
    [InlineData(DemoUsers.Coordinator)]
    public async Task Someone_outside_a_match_cannot_open_it_by_changing_the_id(string email)
    {
        var id = await GraceAndMarcusAsync();
        var client = await app.LoginAsync(email);

        var response = await client.GetAsync($"/Matches/Details/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Marcus Webb", await response.Content.ReadAsStringAsync());
        Denied.AssertNotReached(await client.GetAsync($"/Matches/{id}/Agreement"));
    }

    [Fact]
    public async Task The_pair_reads_their_statement_but_a_director_sees_only_whether_it_is_signed()
    {
        var id = await GraceAndMarcusAsync();

        var coachView = await (await app.LoginAsync(Grace)).GetStringAsync($"/Matches/{id}/Agreement");
        var participantView = await (await app.LoginAsync(Marcus)).GetStringAsync($"/Matches/{id}/Agreement");
        Assert.Contains("Neither of us shares what is said", coachView);
        Assert.Contains("Neither of us shares what is said", participantView);

        var director = await app.LoginAsync(DemoUsers.Director);
        var details = await director.GetStringAsync($"/Matches/Details/{id}");
        Assert.Contains("Not signed by both yet", details);
        Assert.DoesNotContain("Neither of us shares what is said", details);
        Denied.AssertNotReached(await director.GetAsync($"/Matches/{id}/Agreement"));
    }

    [Fact]
    public async Task A_coordinator_lists_only_their_own_agencys_matches()
    {
        var cohortId = await app.DemoCohortIdAsync();

        var response = await (await app.LoginAsync(DemoUsers.Coordinator)).GetAsync($"/Matches?cohortId={cohortId}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, html[..Math.Min(3000, html.Length)]);

        Assert.Contains("Avery Holt", html);
        Assert.DoesNotContain("Marcus Webb", html);
        Assert.DoesNotContain("Approve all eligible", html);
    }

    [Theory]
    [InlineData(DemoUsers.Coordinator)]
    [InlineData(DemoUsers.Coach)]
    [InlineData(DemoUsers.Participant)]
    public async Task Only_directors_decide_on_matches(string email)
    {
        var id = await GraceAndMarcusAsync();
        var cohortId = await app.DemoCohortIdAsync();
        var client = await app.LoginAsync(email);

        Denied.Assert(await client.PostFormAsync($"/Approvals/Approve/{id}?cohortId={cohortId}", new() { ["Token"] = Guid.Empty.ToString() }, tokenPage: "/"));
        Denied.Assert(await client.PostFormAsync($"/Approvals/ApproveAll?cohortId={cohortId}", [], tokenPage: "/"));
        Denied.Assert(await client.GetAsync($"/Approvals/Suggest?cohortId={cohortId}"));
        Denied.Assert(await client.GetAsync($"/Roster/Cohort/{cohortId}/csv"));
    }
}
