using System.Net;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Sessions.SessionTestData;

namespace CoachingAcademy.IntegrationTests.Sessions;

/// <summary>Seed 000: coaching starts after the second academy session. On its own database: it moves the class dates.</summary>
public sealed class StartingAfterTheSecondAcademySession(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task A_session_on_or_before_the_second_academy_session_is_refused()
    {
        // Keep only the class session three weeks ahead and add one a week ahead: the second session is then 23 March.
        await app.QueryAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.ClassSessions).FirstAsync();
            db.AcademySessions.RemoveRange(cohort.ClassSessions.OrderBy(s => s.Date).Take(3));
            cohort.AddClassSession("Extra session", new DateOnly(2026, 3, 9));
            return await db.SaveChangesAsync();
        });
        var matchId = await app.ActiveMatchIdAsync();
        var participant = await app.LoginAsync(Participant);

        var early = await participant.PostFormAsync("/Sessions/Schedule", Form(matchId, "2026-03-23", "16:00"), $"/Sessions/Schedule?matchId={matchId}");
        var later = await participant.PostFormAsync("/Sessions/Schedule", Form(matchId, "2026-03-24", "16:00"), $"/Sessions/Schedule?matchId={matchId}");

        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Coaching starts after the second academy session (Mon 23 Mar 2026)", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }
}
