using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Email;

/// <summary>An outbox row as directors see it: who, what and how it went, never the body (it may carry a one-time link).</summary>
public sealed record OutboxRow(
    int Id, string Kind, string? CohortName, string Recipients, string Subject, EmailStatus Status, int Attempts,
    string? LastError, DateTime CreatedAtUtc, DateTime? SentAtUtc, DateTime NextAttemptAtUtc, string? CohortTimeZoneId = null)
{
    /// <summary>The zone its times are shown in: its cohort's, or UTC for an email of no cohort (a test message, an invitation).</summary>
    public string TimeZoneId => CohortTimeZoneId ?? "UTC";

    public bool GaveUp => Status == EmailStatus.Failed && Attempts >= OutgoingEmail.MaxAttempts;
}

/// <summary>The outbox for directors: every email the program sends, with failures and the ones it gave up on.</summary>
public sealed class OutboxQueries(IAppDbContext db, TimeProvider clock, OutboxSignal signal)
{
    public async Task<PagedList<OutboxRow>> ListAsync(EmailStatus? status, int page, int pageSize = 25, CancellationToken ct = default)
    {
        var query = db.OutgoingEmails.AsQueryable();
        if (status is not null)
            query = query.Where(e => e.Status == status);
        page = PagedList<OutboxRow>.Clamp(page);
        var total = await query.CountAsync(ct);
        // One join to the cohort (an email of no cohort has none) gives both its name and its zone.
        var rows = await (
                from e in query
                join c in db.Cohorts on e.CohortId equals c.Id into cohorts
                from c in cohorts.DefaultIfEmpty()
                orderby e.CreatedAtUtc descending, e.Id descending
                select new OutboxRow(e.Id, e.Kind, c == null ? null : c.Name, e.Recipients, e.Subject, e.Status, e.Attempts, e.LastError,
                    e.CreatedAtUtc, e.SentAtUtc, e.NextAttemptAtUtc, c == null ? null : c.TimeZoneId))
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);
        return new PagedList<OutboxRow>(rows, page, pageSize, total);
    }

    public async Task<Dictionary<EmailStatus, int>> CountsAsync(CancellationToken ct = default) =>
        await db.OutgoingEmails.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>How many emails the outbox gave up on, for the director's home page.</summary>
    public Task<int> GivenUpAsync(CancellationToken ct = default) =>
        db.OutgoingEmails.CountAsync(e => e.Status == EmailStatus.Failed && e.Attempts >= OutgoingEmail.MaxAttempts, ct);

    /// <summary>A director sends a failed email again now.</summary>
    public async Task RetryAsync(int id, CancellationToken ct = default)
    {
        var email = await db.OutgoingEmails.SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException();
        email.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        signal.Pulse();
    }
}
