using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Orientation;

public sealed record OrientationSessionRow(
    int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location, int Capacity, int Registered,
    bool IsMine, bool Attended)
{
    public int SeatsLeft => Math.Max(0, Capacity - Registered);
}

public sealed record CoachCohort(int CohortId, string CohortName, string TimeZoneId, IReadOnlyList<OrientationSessionRow> Sessions);

public sealed class OrientationQueries(IAppDbContext db)
{
    /// <summary>The cohorts a person coaches in, each with its orientation sessions and the person's own seat.</summary>
    public async Task<IReadOnlyList<CoachCohort>> ForCoachAsync(int personId, CancellationToken ct = default)
    {
        var cohorts = await db.Enrollments
            .Where(e => e.PersonId == personId && e.Role == EnrollmentRole.Coach)
            .OrderBy(e => e.CohortId)
            .Select(e => new { e.CohortId, e.Cohort.Name, e.Cohort.TimeZoneId })
            .ToListAsync(ct);
        var cohortIds = cohorts.Select(c => c.CohortId).ToList();

        var sessions = await db.OrientationSessions
            .Where(s => cohortIds.Contains(s.CohortId))
            .OrderBy(s => s.StartsAtUtc)
            .Select(s => new
            {
                s.CohortId,
                Row = new OrientationSessionRow(s.Id, s.StartsAtUtc, s.EndsAtUtc, s.Location, s.Capacity,
                    s.Registrations.Count,
                    s.Registrations.Any(r => r.CoachId == personId),
                    s.Registrations.Any(r => r.CoachId == personId && r.Attended)),
            })
            .ToListAsync(ct);

        return cohorts
            .Select(c => new CoachCohort(c.CohortId, c.Name, c.TimeZoneId,
                sessions.Where(s => s.CohortId == c.CohortId).Select(s => s.Row).ToList()))
            .ToList();
    }
}
