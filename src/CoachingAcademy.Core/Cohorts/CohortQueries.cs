using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Orientation;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Cohorts;

public sealed record CohortSummary(
    int Id, string Name, string TimeZoneId, DateOnly GraduationDate, bool IsArchived,
    int Participants, int Coaches, int OrientationSessions, int Milestones);

public sealed record EnrollmentRow(int PersonId, string FullName, string Email, string Title, string? Agency, EnrollmentRole Role, DateTime EnrolledAtUtc);

/// <summary>What every page of one cohort shows at its top and needs to work: its name, zone, dates and state.</summary>
public sealed record CohortHeader(int Id, string Name, string TimeZoneId, DateOnly GraduationDate, DateOnly DebriefDate, bool IsArchived)
{
    public DateOnly OpensOn => Cohort.OpensOnFor(GraduationDate);
}

public sealed class CohortQueries(IAppDbContext db, TimeProvider clock)
{
    public Task<CohortHeader?> HeaderAsync(int cohortId, CancellationToken ct = default) =>
        db.Cohorts.Where(c => c.Id == cohortId)
            .Select(c => new CohortHeader(c.Id, c.Name, c.TimeZoneId, c.GraduationDate, c.DebriefDate, c.IsArchived))
            .SingleOrDefaultAsync(ct);

    /// <summary>A page of a cohort's people, optionally of one role, by name.</summary>
    public async Task<PagedList<EnrollmentRow>> EnrollmentsAsync(int cohortId, EnrollmentRole? role, int page,
        int pageSize = PagedList<EnrollmentRow>.DefaultPageSize, CancellationToken ct = default)
    {
        page = PagedList<EnrollmentRow>.Clamp(page);
        var enrollments = db.Enrollments.Where(e => e.CohortId == cohortId && (role == null || e.Role == role));
        var total = await enrollments.CountAsync(ct);
        var rows = await enrollments.OrderBy(e => e.Person.FullName).ThenBy(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new EnrollmentRow(e.PersonId, e.Person.FullName, e.Person.Email, e.Person.Title,
                e.Person.Agency == null ? null : e.Person.Agency.Name, e.Role, e.EnrolledAtUtc))
            .ToListAsync(ct);
        return new PagedList<EnrollmentRow>(rows, page, pageSize, total);
    }

    /// <summary>Cohorts with their counts, newest first, in one query.</summary>
    public async Task<PagedList<CohortSummary>> ListAsync(int page, int pageSize = PagedList<CohortSummary>.DefaultPageSize,
        CancellationToken ct = default)
    {
        page = PagedList<CohortSummary>.Clamp(page);
        var total = await db.Cohorts.CountAsync(ct);
        var items = await db.Cohorts
            .OrderBy(c => c.IsArchived).ThenByDescending(c => c.GraduationDate).ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new CohortSummary(
                c.Id, c.Name, c.TimeZoneId, c.GraduationDate, c.IsArchived,
                c.Enrollments.Count(e => e.Role == EnrollmentRole.Participant),
                c.Enrollments.Count(e => e.Role == EnrollmentRole.Coach),
                c.OrientationSessions.Count,
                c.Milestones.Count))
            .ToListAsync(ct);
        return new PagedList<CohortSummary>(items, page, pageSize, total);
    }

    /// <summary>The cohorts still running, newest first, for pickers.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> OpenCohortsAsync(CancellationToken ct = default) =>
        (await db.Cohorts.Where(c => !c.IsArchived).OrderByDescending(c => c.GraduationDate).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Name }).Take(100).ToListAsync(ct))
        .Select(c => (c.Id, c.Name)).ToList();

    /// <summary>A cohort's dates, schedule, orientation sessions and headcounts, in a fixed number of queries.</summary>
    public async Task<CohortDetails?> DetailsAsync(int cohortId, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId)
            .Select(c => new
            {
                c.Id, c.Name, c.TimeZoneId, c.GraduationDate, c.DebriefDate, c.Kind, c.Rules, c.IsArchived,
                Participants = c.Enrollments.Count(e => e.Role == EnrollmentRole.Participant),
                Coaches = c.Enrollments.Count(e => e.Role == EnrollmentRole.Coach),
            })
            .SingleOrDefaultAsync(ct);
        if (cohort is null)
            return null;

        var classSessions = await db.AcademySessions.Where(s => s.CohortId == cohortId).OrderBy(s => s.Date).Select(s => s.Date).ToListAsync(ct);
        var milestones = await db.Milestones.Where(m => m.CohortId == cohortId).OrderBy(m => m.Order)
            .Select(m => new Milestones.MilestoneRow(m.Id, m.Order, m.Name, m.Description, m.Kind, new Milestones.StepDue(m.DueDate, m.DaysAfterStart, m.AfterStepId))).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await db.OrientationSessions.Where(s => s.CohortId == cohortId).OrderBy(s => s.StartsAtUtc)
            .Select(s => new OrientationSummary(s.Id, s.StartsAtUtc, s.EndsAtUtc, s.Location, s.Capacity,
                s.Registrations.Count, s.Registrations.Count(r => r.Attended), s.Audience, s.StartsAtUtc <= now))
            .ToListAsync(ct);
        var cleared = await db.CoachesOf(cohortId, CoachOrientation.Cleared).CountAsync(ct);
        var unregistered = await db.CoachesOf(cohortId, CoachOrientation.NotRegistered).CountAsync(ct);

        return new CohortDetails(cohort.Id, cohort.Name, cohort.TimeZoneId, cohort.GraduationDate, cohort.DebriefDate, cohort.Kind, cohort.Rules,
            cohort.IsArchived, classSessions, milestones, sessions, cohort.Participants, cohort.Coaches, cleared, unregistered);
    }
}

/// <summary>One orientation session on its cohort's page: seats before it starts, attendance once it has started.</summary>
public sealed record OrientationSummary(int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location, int Capacity, int Registered, int Attended,
    OrientationAudience Audience, bool HasStarted)
{
    public int SeatsLeft => Math.Max(0, Capacity - Registered);
    public int NotMarked => Registered - Attended;
}

public sealed record CohortDetails(
    int Id, string Name, string TimeZoneId, DateOnly GraduationDate, DateOnly DebriefDate, ProgramKind Kind, CohortRules Rules, bool IsArchived,
    IReadOnlyList<DateOnly> ClassSessions, IReadOnlyList<Milestones.MilestoneRow> Milestones, IReadOnlyList<OrientationSummary> OrientationSessions,
    int Participants, int Coaches, int CoachesCleared, int CoachesUnregistered)
{
    public DateOnly OpensOn => Cohort.OpensOnFor(GraduationDate);
}
