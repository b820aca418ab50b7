using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.TestSupport;

namespace CoachingAcademy.IntegrationTests.Reminders;

/// <summary>On its own database: rows are planted as a crash would leave them.</summary>
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
            // Saved already claimed, in the same save: saved as pending first, the app's own worker could send it before
            // the claim is planted, and then once more when the lease runs out.
            var claimed = new OutgoingEmail(nameof(ReminderKind.Session), cohortId,
                new EmailMessage(["victor.hale@example.org"], "Left claimed by a crash", "text", "<p>html</p>"), now, "crash|claimed|test");
            db.OutgoingEmails.Add(claimed);
            var entry = db.Entry(claimed);
            entry.Property(r => r.Status).CurrentValue = EmailStatus.Sending;
            entry.Property(r => r.ClaimToken).CurrentValue = Guid.NewGuid();
            entry.Property(r => r.LeaseUntilUtc).CurrentValue = now.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });

        await app.ScanAsync();

        await app.Smtp.WaitForMessageAsync(m => m.Subject == "Left pending by a crash");
        await app.Smtp.WaitForMessageAsync(m => m.Subject == "Left claimed by a crash");
    }
}
