using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Reminders;

/// <summary>The per-cohort reminder policy directors edit.</summary>
public sealed class ReminderQueries(IAppDbContext db)
{
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
