using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Reminders;

/// <summary>On its own database: rows are planted as a crash would leave them.</summary>
[Collection(AppCollection.Name)]
public sealed class RecoveringFromACrash(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task A_reminder_recorded_just_before_a_crash_is_sent_by_the_next_scan()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var cohortId = await app.DemoCohortIdAsync();
        await app.QueryAsync(async db =>
        {
            // One recorded but never sent; one claimed by a worker that died, whose lease ran out a minute ago.
            db.OutgoingEmails.Add(new OutgoingEmail(nameof(ReminderKind.Session), cohortId,
                new EmailMessage(["victor.hale@example.org"], "Left pending by a crash", "text", "<p>html</p>"), now, "crash|pending|test"));
            db.OutgoingEmails.Add(new OutgoingEmail(nameof(ReminderKind.Session), cohortId,
                new EmailMessage(["victor.hale@example.org"], "Left claimed by a crash", "text", "<p>html</p>"), now, "crash|claimed|test"));
            await db.SaveChangesAsync();
            return await db.OutgoingEmails.Where(r => r.Key == "crash|claimed|test").ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, EmailStatus.Sending).SetProperty(r => r.ClaimToken, Guid.NewGuid())
                .SetProperty(r => r.LeaseUntilUtc, now.AddMinutes(-1)));
        });

        await app.ScanAsync();

        await app.Smtp.WaitForMessageAsync(m => m.Subject == "Left pending by a crash");
        await app.Smtp.WaitForMessageAsync(m => m.Subject == "Left claimed by a crash");
    }
}
