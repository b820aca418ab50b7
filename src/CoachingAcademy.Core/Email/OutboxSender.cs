using System.Linq.Expressions;
using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Email;

/// <summary>
/// Sends what is due in the outbox. A batch is claimed with a conditional update (a new claim token, a lease), so two
/// workers, on one instance or several, never take the same row; before each send the lease is renewed under the same
/// token, so a row taken over after its lease ran out is sent by its new holder only. An email is marked sent right
/// after the server accepted it: a crash between the two is the one way a message goes twice.
/// </summary>
public sealed class OutboxSender(
    IAppDbContext db, IEmailSender sender, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxSender> logger)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>What is due at <paramref name="now"/>: waiting and its time has come, or claimed by a worker whose lease ran out.</summary>
    public static Expression<Func<OutgoingEmail, bool>> Due(DateTime now) => e => e.Attempts < OutgoingEmail.MaxAttempts
        && (((e.Status == EmailStatus.Pending || e.Status == EmailStatus.Failed) && e.NextAttemptAtUtc <= now)
            || (e.Status == EmailStatus.Sending && e.LeaseUntilUtc < now));

    /// <summary>Claims one batch of due email and sends it; returns how many rows were due (0: nothing left to do).</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var now = Now;
        var ids = await db.OutgoingEmails.Where(Due(now)).OrderBy(e => e.NextAttemptAtUtc).ThenBy(e => e.Id)
            .Select(e => e.Id).Take(options.Value.BatchSize).ToListAsync(ct);
        if (ids.Count == 0)
            return 0;
        await SendClaimedAsync(await ClaimAsync(ids, now, ct), ct);
        return ids.Count;
    }

    /// <summary>
    /// Claims an email before it is first saved (a director's test message), so the request that saves it is the one that
    /// sends it: no worker can take it in between. If the request dies, the lease runs out and the outbox sends it.
    /// </summary>
    public Guid ClaimUnsaved(OutgoingEmail email)
    {
        var claim = Guid.NewGuid();
        email.Claim(claim, Now + options.Value.Lease);
        return claim;
    }

    /// <summary>Sends the email held under <paramref name="claim"/> now; false when the server did not take it.</summary>
    public async Task<bool> SendNowAsync(Guid claim, CancellationToken ct = default) => await SendClaimedAsync(claim, ct) == 1;

    private async Task<Guid> ClaimAsync(List<int> ids, DateTime now, CancellationToken ct)
    {
        var claim = Guid.NewGuid();
        var lease = now + options.Value.Lease;
        await db.OutgoingEmails.Where(Due(now)).Where(e => ids.Contains(e.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, EmailStatus.Sending)
                .SetProperty(e => e.ClaimToken, claim)
                .SetProperty(e => e.LeaseUntilUtc, lease)
                .SetProperty(e => e.Attempts, e => e.Attempts + 1), ct);
        return claim;
    }

    private async Task<int> SendClaimedAsync(Guid claim, CancellationToken ct)
    {
        var claimed = await db.OutgoingEmails.AsNoTracking().Include(e => e.Attachments)
            .Where(e => e.ClaimToken == claim && e.Status == EmailStatus.Sending).OrderBy(e => e.Id).ToListAsync(ct);
        var sent = 0;
        foreach (var email in claimed)
        {
            if (!await RenewAsync(email.Id, claim, ct))
                continue;
            try
            {
                await sender.SendAsync(email.ToMessage(), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await FailAsync(email, claim, ex, ct);
                continue;
            }
            await db.OutgoingEmails.Where(e => e.Id == email.Id && e.ClaimToken == claim)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EmailStatus.Sent).SetProperty(e => e.SentAtUtc, Now)
                    .SetProperty(e => e.LastError, (string?)null), ct);
            sent++;
        }
        return sent;
    }

    private async Task<bool> RenewAsync(int id, Guid claim, CancellationToken ct) =>
        await db.OutgoingEmails.Where(e => e.Id == id && e.ClaimToken == claim && e.Status == EmailStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LeaseUntilUtc, Now + options.Value.Lease), ct) == 1;

    private async Task FailAsync(OutgoingEmail email, Guid claim, Exception ex, CancellationToken ct)
    {
        // The error names what went wrong, never the message: no address, link or text of it reaches the log.
        var error = $"{ex.GetType().Name}: {ex.Message}";
        logger.LogWarning("Outgoing email {EmailId} ({Kind}) failed on attempt {Attempt}: {Error}", email.Id, email.Kind, email.Attempts, ex.GetType().Name);
        await db.OutgoingEmails.Where(e => e.Id == email.Id && e.ClaimToken == claim)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, EmailStatus.Failed)
                .SetProperty(e => e.LastError, error.Length > 1000 ? error[..1000] : error)
                .SetProperty(e => e.NextAttemptAtUtc, Now + OutgoingEmail.BackOff(email.Attempts, options.Value.FirstRetry)), ct);
    }
}
