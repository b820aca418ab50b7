using CoachingAcademy.TestSupport;
using static CoachingAcademy.IntegrationTests.Sessions.SessionTestData;

namespace CoachingAcademy.IntegrationTests.Reminders;

/// <summary>On its own database and clock: a session reminder says when the session is, seen from when it is written.</summary>
public sealed class WordingSessionReminders(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task A_reminder_a_week_ahead_names_the_day_and_one_a_minute_ahead_says_today()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        await director.PostFormAsync($"/Reminders/Policy/{cohortId}", new()
        {
            ["FirstMilestoneReminderDays"] = "14", ["SecondMilestoneReminderDays"] = "3", ["OverdueNoticeDays"] = "1",
            ["SessionReminderHours"] = "168", ["DigestDay"] = "1", ["OrientationReminderDays"] = "7",
        }, $"/Reminders/Policy/{cohortId}");

        // Monday 2 March, 9:00 AM in Los Angeles: the demo pair's session is on Friday at 3:00 PM.
        await app.ScanAsync();
        await app.SettleAsync();
        var week = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Coaching session on Friday 6 March at 3:00 PM");
        Assert.Contains("the coaching session of Grace Okafor and Marcus Webb is on Friday 6 March at 3:00 PM.", week.TextBody);

        var participant = await app.LoginAsync(Participant);
        var matchId = await app.ActiveMatchIdAsync();
        await participant.PostFormAsync("/Sessions/Schedule", Form(matchId, "2026-03-05", "16:01"), $"/Sessions/Schedule?matchId={matchId}");
        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(7));   // Thursday 5 March, 4:00 PM
        await app.ScanAsync();
        await app.SettleAsync();

        var minute = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Coaching session today at 4:01 PM");
        Assert.Contains("When: Thu 5 Mar 2026, 4:01 PM", minute.TextBody);
        Assert.DoesNotContain(app.Smtp.Messages(), m => m.Subject!.Contains("Tomorrow"));
    }
}
