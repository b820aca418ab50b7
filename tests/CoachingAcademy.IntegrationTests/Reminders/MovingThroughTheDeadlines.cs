using CoachingAcademy.TestSupport;

namespace CoachingAcademy.IntegrationTests.Reminders;

/// <summary>On its own database and clock: time moves across the 14-day, 3-day and overdue points.</summary>
public sealed class MovingThroughTheDeadlines(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task Each_point_sends_its_reminder_once()
    {
        // Marcus Webb's follow-up development conversation is due on Saturday 11 April 2026, forty days from the start.
        async Task ScanTwiceAfter(TimeSpan move)
        {
            app.Clock.Advance(move);
            await app.ScanAsync();
            await app.ScanAsync();
            await app.SettleAsync();
        }

        await ScanTwiceAfter(TimeSpan.FromDays(25));   // 15 days left: nothing yet
        Assert.DoesNotContain(app.Smtp.Messages(), m => m.Subject!.Contains("Follow-up development conversation"));
        await ScanTwiceAfter(TimeSpan.FromDays(1));    // 14 days left
        await ScanTwiceAfter(TimeSpan.FromDays(5));    // 9 days left: still the first reminder's stretch
        await ScanTwiceAfter(TimeSpan.FromDays(6));    // 3 days left
        await ScanTwiceAfter(TimeSpan.FromDays(4));    // one day past due
        await ScanTwiceAfter(TimeSpan.FromDays(3));

        var subjects = app.Smtp.Messages().Select(m => m.Subject).Where(s => s!.Contains("Follow-up development conversation")).ToList();
        Assert.Equal(
            ["Overdue: Follow-up development conversation (was due Saturday 11 April 2026)",
             "Reminder: Follow-up development conversation due by Saturday 11 April 2026",
             "Reminder: Follow-up development conversation due by Saturday 11 April 2026"],
            subjects.Order());

    }
}
