using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Reminders;

public sealed record ReminderRow(
    int Id, ReminderKind Kind, string CohortName, string Recipients, string Subject, ReminderStatus Status, int Attempts,
    string? LastError, DateTime CreatedAtUtc, DateTime? SentAtUtc, DateTime NextAttemptAtUtc);

/// <summary>The outbox as directors see it, and the per-cohort policy they edit.</summary>
public sealed class ReminderQueries(IAppDbContext db, TimeProvider clock, IReminderDispatch dispatch)
{
    public async Task<PagedList<ReminderRow>> ListAsync(ReminderStatus? status, int page, int pageSize = 25, CancellationToken ct = default)
    {
        var query = db.Reminders.AsQueryable();
        if (status is not null)
            query = query.Where(r => r.Status == status);
        page = PagedList<ReminderRow>.Clamp(page);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new ReminderRow(r.Id, r.Kind, db.Cohorts.Where(c => c.Id == r.CohortId).Select(c => c.Name).Single(), r.Recipients,
                r.Subject, r.Status, r.Attempts, r.LastError, r.CreatedAtUtc, r.SentAtUtc, r.NextAttemptAtUtc))
            .ToListAsync(ct);
        return new PagedList<ReminderRow>(rows, page, pageSize, total);
    }

    public async Task<Dictionary<ReminderStatus, int>> CountsAsync(CancellationToken ct = default) =>
        await db.Reminders.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>A director sends a failed reminder again now.</summary>
    public async Task RetryAsync(int id, CancellationToken ct = default)
    {
        var reminder = await db.Reminders.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException();
        reminder.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        dispatch.Dispatch(id);
    }

    public async Task<ReminderPolicy?> PolicyAsync(int cohortId, CancellationToken ct = default)
    {
        if (!await db.Cohorts.AnyAsync(c => c.Id == cohortId, ct))
            return null;
        return await db.ReminderPolicies.SingleOrDefaultAsync(p => p.CohortId == cohortId, ct) ?? new ReminderPolicy(cohortId);
    }

    public async Task SavePolicyAsync(int cohortId, int firstDays, int secondDays, int overdueDays, int sessionHours, DayOfWeek digestDay,
        int orientationDays, CancellationToken ct = default)
    {
        var policy = await db.ReminderPolicies.SingleOrDefaultAsync(p => p.CohortId == cohortId, ct);
        if (policy is null)
        {
            if (!await db.Cohorts.AnyAsync(c => c.Id == cohortId, ct))
                throw new NotFoundException();
            policy = new ReminderPolicy(cohortId);
            db.ReminderPolicies.Add(policy);
        }
        policy.Update(firstDays, secondDays, overdueDays, sessionHours, digestDay, orientationDays);
        await db.SaveChangesAsync(ct);
    }
}
