using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Cohorts;

public sealed record CohortSummary(
    int Id, string Name, string TimeZoneId, DateOnly GraduationDate, bool IsArchived,
    int Participants, int Coaches, int OrientationSessions, int Milestones);

public sealed class CohortQueries(IAppDbContext db)
{
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
}
