using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Reminders;

/// <summary>
/// Sends one reminder. The row is claimed first with a conditional update, so two workers, a retry and a rescan never
/// send it twice; a failure is recorded on the row (last error, next attempt after a back-off) for the next scan to retry.
/// </summary>
public sealed class ReminderSender(IAppDbContext db, IEmailSender sender, TimeProvider clock)
{
    /// <summary>A claim older than this is taken to belong to a worker that died mid-send.</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(10);

    public async Task<bool> SendAsync(int reminderId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - ClaimTimeout;
        var claimed = await db.Reminders
            .Where(r => r.Id == reminderId && r.Attempts < Reminder.MaxAttempts
                && (((r.Status == ReminderStatus.Pending || r.Status == ReminderStatus.Failed) && r.NextAttemptAtUtc <= now)
                    || (r.Status == ReminderStatus.Sending && r.ClaimedAtUtc < stale)))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReminderStatus.Sending).SetProperty(r => r.ClaimedAtUtc, now), ct);
        if (claimed == 0)
            return false;

        var reminder = await db.Reminders.AsNoTracking().SingleAsync(r => r.Id == reminderId, ct);
        try
        {
            await sender.SendAsync(reminder.ToMessage(), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempts = reminder.Attempts + 1;
            var error = $"{ex.GetType().Name}: {ex.Message}";
            await db.Reminders.Where(r => r.Id == reminderId && r.Status == ReminderStatus.Sending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, ReminderStatus.Failed)
                    .SetProperty(r => r.Attempts, attempts)
                    .SetProperty(r => r.LastError, error.Length > 1000 ? error[..1000] : error)
                    .SetProperty(r => r.NextAttemptAtUtc, now + Reminder.BackOff(attempts)), ct);
            return false;
        }
        await db.Reminders.Where(r => r.Id == reminderId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReminderStatus.Sent).SetProperty(r => r.SentAtUtc, clock.GetUtcNow().UtcDateTime), ct);
        return true;
    }
}
