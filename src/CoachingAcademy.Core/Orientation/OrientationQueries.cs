using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Orientation;

/// <summary>One orientation session as a coach or participant sees it: its seats before it starts, its attendance after.</summary>
public sealed record OrientationSessionRow(
    int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location, int Capacity, int Registered,
    bool IsMine, bool Attended, int AttendedCount = 0)
{
    public int SeatsLeft => Math.Max(0, Capacity - Registered);
    /// <summary>Registered people whose attendance no director has marked.</summary>
    public int NotMarked => Registered - AttendedCount;
}

/// <summary>A cohort the person is enrolled in, with the orientation sessions of their audience (coaches or participants).</summary>
public sealed record CoachCohort(int CohortId, string CohortName, string TimeZoneId, IReadOnlyList<OrientationSessionRow> Sessions)
{
    /// <summary>A coach network (seed 001): the coach keeps a profile that its players' directory shows.</summary>
    public bool IsNetwork { get; init; }
}

public sealed class OrientationQueries(IAppDbContext db)
{
    /// <summary>The cohorts a person coaches in, each with its coaches' orientation sessions and the person's own seat.</summary>
    public async Task<IReadOnlyList<CoachCohort>> ForCoachAsync(int personId, CancellationToken ct = default)
    {
        var cohorts = await db.Enrollments
            .Where(e => e.PersonId == personId && e.Role == EnrollmentRole.Coach)
            .OrderBy(e => e.CohortId)
            .Select(e => new { e.CohortId, e.Cohort.Name, e.Cohort.TimeZoneId, e.Cohort.Kind })
            .ToListAsync(ct);
        var cohortIds = cohorts.Select(c => c.CohortId).ToList();

        var sessions = await db.OrientationSessions
            .Where(s => cohortIds.Contains(s.CohortId) && s.Audience == OrientationAudience.Coaches)
            .OrderBy(s => s.StartsAtUtc)
            .Select(s => new
            {
                s.CohortId,
                Row = new OrientationSessionRow(s.Id, s.StartsAtUtc, s.EndsAtUtc, s.Location, s.Capacity,
                    s.Registrations.Count,
                    s.Registrations.Any(r => r.CoachId == personId),
                    s.Registrations.Any(r => r.CoachId == personId && r.Attended),
                    s.Registrations.Count(r => r.Attended)),
            })
            .ToListAsync(ct);

        return cohorts
            .Select(c => new CoachCohort(c.CohortId, c.Name, c.TimeZoneId,
                sessions.Where(s => s.CohortId == c.CohortId).Select(s => s.Row).ToList())
            {
                IsNetwork = c.Kind == ProgramKind.CoachNetwork,
            })
            .ToList();
    }

    /// <summary>
    /// The cohorts a person takes part in that hold participants' orientation sessions, each with those sessions and the
    /// person's own seat, in one query. A cohort without any is left out: the participants' orientation is not a gate.
    /// </summary>
    public async Task<IReadOnlyList<CoachCohort>> ForParticipantAsync(int personId, CancellationToken ct = default)
    {
        var sessions = await db.OrientationSessions
            .Where(s => s.Audience == OrientationAudience.Participants
                && db.Enrollments.Any(e => e.CohortId == s.CohortId && e.PersonId == personId && e.Role == EnrollmentRole.Participant))
            .OrderBy(s => s.CohortId).ThenBy(s => s.StartsAtUtc)
            .Select(s => new
            {
                s.CohortId,
                Cohort = db.Cohorts.Where(c => c.Id == s.CohortId).Select(c => new { c.Name, c.TimeZoneId }).Single(),
                Row = new OrientationSessionRow(s.Id, s.StartsAtUtc, s.EndsAtUtc, s.Location, s.Capacity,
                    s.Registrations.Count,
                    s.Registrations.Any(r => r.CoachId == personId),
                    s.Registrations.Any(r => r.CoachId == personId && r.Attended),
                    s.Registrations.Count(r => r.Attended)),
            })
            .ToListAsync(ct);
        return sessions.GroupBy(s => s.CohortId)
            .Select(g => new CoachCohort(g.Key, g.First().Cohort.Name, g.First().Cohort.TimeZoneId, g.Select(s => s.Row).ToList()))
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
    /// <summary>Every seat in the cohort's orientation sessions, coaches' and participants'.</summary>
    public static IQueryable<OrientationRegistration> SeatsOf(this IAppDbContext db, int cohortId) =>
        db.OrientationSessions.Where(s => s.CohortId == cohortId).SelectMany(s => s.Registrations);

    /// <summary>The seats in the cohort's coaches' sessions: the only ones the orientation gate reads.</summary>
    public static IQueryable<OrientationRegistration> CoachSeatsOf(this IAppDbContext db, int cohortId) =>
        db.OrientationSessions.Where(s => s.CohortId == cohortId && s.Audience == OrientationAudience.Coaches).SelectMany(s => s.Registrations);

    /// <summary>The cohort's coaches in one orientation status: cleared means they attended a coaches' session.</summary>
    public static IQueryable<Enrollment> CoachesOf(this IAppDbContext db, int cohortId, CoachOrientation status)
    {
        var seats = db.CoachSeatsOf(cohortId);
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
        var seats = db.OrientationSessions.Where(s => s.CohortId == cohortId && s.Audience == OrientationAudience.Coaches)
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
