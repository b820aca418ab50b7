using Microsoft.EntityFrameworkCore;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.TestSupport;
using static CoachingAcademy.IntegrationTests.Progress.FollowingEveryParticipant;
using static CoachingAcademy.IntegrationTests.Sessions.SessionTestData;

namespace CoachingAcademy.IntegrationTests.Sessions;

/// <summary>On its own database: it moves the clock.</summary>
public sealed class LoggingSessionsAgainstMilestones(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task A_held_session_meets_its_milestone_and_directors_see_it_met()
    {
        var matchId = await app.ActiveMatchIdAsync();
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var participant = await app.QueryAsync(db => db.Matches.Where(m => m.Id == matchId).Select(m => m.Participant!.FullName).SingleAsync());
        var before = RowOf(await director.GetStringAsync($"/Progress/Cohort/{cohortId}"), participant);
        Assert.Contains("Due soon", before); // the initial development conversation is due in six days

        // The demo pair's booked session (four days ahead) serves the initial development conversation.
        var session = await app.LatestSessionAsync();
        app.Clock.Advance(TimeSpan.FromDays(4) + TimeSpan.FromHours(8));
        var coach = await app.LoginAsync(Coach);
        Assert.Contains("1 past session to log", await coach.GetStringAsync("/"));
        await coach.PostFormAsync($"/Sessions/Log/{session.Id}", new() { ["outcome"] = "Held" }, $"/Sessions?matchId={matchId}");

        Assert.Equal(SessionStatus.Held, (await app.LatestSessionAsync()).Status);
        var after = RowOf(await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync($"/Progress/Cohort/{cohortId}"), participant);
        Assert.DoesNotContain("Due soon", after);
        Assert.Contains("2 / 3", after);
        Assert.Contains("badge text-bg-success\">Met</span>", after);
    }
}
