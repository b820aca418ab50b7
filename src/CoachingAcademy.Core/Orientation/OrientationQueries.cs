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

public enum CoachOrientation
{
    All = 0,
    NotRegistered = 1,
    Registered = 2,
    Cleared = 3,
}

/// <summary>A coach of a cohort and their orientation: the session they registered for, and whether they attended it.</summary>
public sealed record CoachOrientationRow(int PersonId, string FullName, string Email, string? Agency, DateTime? SessionStartsAtUtc, bool Attended)
{
    public CoachOrientation Status => Attended ? CoachOrientation.Cleared : SessionStartsAtUtc is null ? CoachOrientation.NotRegistered : CoachOrientation.Registered;
}

/// <summary>A cohort's orientation seats and its coaches by orientation status, as every query of them reads them.</summary>
public static class CohortOrientation
{
    public static IQueryable<OrientationRegistration> SeatsOf(this IAppDbContext db, int cohortId) =>
        db.OrientationSessions.Where(s => s.CohortId == cohortId).SelectMany(s => s.Registrations);

    /// <summary>The cohort's coaches in one orientation status: cleared means they attended a session.</summary>
    public static IQueryable<Enrollment> CoachesOf(this IAppDbContext db, int cohortId, CoachOrientation status)
    {
        var seats = db.SeatsOf(cohortId);
        var coaches = db.Enrollments.Where(e => e.CohortId == cohortId && e.Role == EnrollmentRole.Coach);
        return status switch
        {
            CoachOrientation.NotRegistered => coaches.Where(e => !seats.Any(r => r.CoachId == e.PersonId)),
            CoachOrientation.Registered => coaches.Where(e => seats.Any(r => r.CoachId == e.PersonId && !r.Attended)),
            CoachOrientation.Cleared => coaches.Where(e => seats.Any(r => r.CoachId == e.PersonId && r.Attended)),
            _ => coaches,
        };
    }
}

public sealed class CoachOrientationQueries(IAppDbContext db)
{
    /// <summary>A page of a cohort's coaches with their orientation status, filtered, in two queries.</summary>
    public async Task<PagedList<CoachOrientationRow>> ListAsync(int cohortId, CoachOrientation filter, int page,
        int pageSize = PagedList<CoachOrientationRow>.DefaultPageSize, CancellationToken ct = default)
    {
        page = PagedList<CoachOrientationRow>.Clamp(page);
        var seats = db.OrientationSessions.Where(s => s.CohortId == cohortId)
            .SelectMany(s => s.Registrations, (s, r) => new { r.CoachId, s.StartsAtUtc, r.Attended });
        var coaches = db.CoachesOf(cohortId, filter);
        var total = await coaches.CountAsync(ct);
        var rows = await coaches.OrderBy(e => e.Person.FullName).ThenBy(e => e.PersonId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new CoachOrientationRow(e.PersonId, e.Person.FullName, e.Person.Email,
                e.Person.Agency == null ? null : e.Person.Agency.Name,
                seats.Where(r => r.CoachId == e.PersonId).Select(r => (DateTime?)r.StartsAtUtc).FirstOrDefault(),
                seats.Any(r => r.CoachId == e.PersonId && r.Attended)))
            .ToListAsync(ct);
        return new PagedList<CoachOrientationRow>(rows, page, pageSize, total);
    }
}
