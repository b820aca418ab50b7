using System.Net;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>The demo's coach network (seed 001) and management coaching (seed 002), through the logins the README lists.</summary>
public sealed class SigningInToEveryKindsDemo(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<int> EngagementOfAsync(string email) => app.QueryAsync(db => db.Matches
        .Where(m => m.Participant!.Email == email && m.Status == MatchStatus.Active).Select(m => m.Id).SingleAsync());

    private static List<string> Statuses(string page) => EngagementPages.Steps(page).Select(r => r.Status).ToList();

    [Fact]
    public async Task The_player_follows_the_pairing_from_its_start_and_the_other_volunteer_coach_has_a_request_to_answer()
    {
        var player = await app.LoginAsync(DemoUsers.Player);
        Assert.Contains("Coach: Sam Okoro", await player.GetStringAsync("/"));
        var page = await player.GetStringAsync($"/Sessions?matchId={await EngagementOfAsync(DemoUsers.Player)}");
        Assert.Equal(["Met", "Met", "Upcoming", "Upcoming"], Statuses(page));

        var request = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == "priya.shah@example.org").Select(m => m.Id).SingleAsync());
        var alvarez = await app.LoginAsync("rita.alvarez@example.org");
        Assert.Contains("Priya Shah asks you to be their coach", await alvarez.GetStringAsync($"/Matches/Respond/{request}"));
    }

    [Fact]
    public async Task The_client_is_past_the_third_session_and_the_organisations_approver_sees_only_what_they_approve()
    {
        var id = await EngagementOfAsync(DemoUsers.Client);
        var client = await app.LoginAsync(DemoUsers.Client);
        var page = await client.GetStringAsync($"/Sessions?matchId={id}");
        Assert.Contains("3 of at least 3 sessions held.", page);
        var details = await client.GetStringAsync($"/Matches/Details/{id}");
        Assert.Contains("Engagement agreement</dt>", details);
        Assert.DoesNotContain("Statement of mutual understanding", details);
        // The outline is due 10 days after the third session (held five days ago); the approval counts from the outline.
        Assert.Equal(["Met", "Met", "Due soon", "Upcoming"], Statuses(page));
        Assert.Contains("10 days after Outline of further sessions", page);

        var approver = await app.LoginAsync(DemoUsers.Approver);
        var home = await approver.GetStringAsync("/");
        Assert.Contains("Approver for Elliot Vance&#x27;s coaching with Harper Quinn", home);
        Assert.Contains("Nothing to approve now: 3 of 3 planned sessions held.", home);
        Assert.Equal(HttpStatusCode.OK, (await approver.GetAsync($"/Matches/Details/{id}")).StatusCode);
        Denied.Assert(await approver.GetAsync($"/Sessions?matchId={id}"));
        var other = await EngagementOfAsync(DemoUsers.Player);
        Assert.Equal(HttpStatusCode.NotFound, (await approver.GetAsync($"/Matches/Details/{other}")).StatusCode);
    }
}
