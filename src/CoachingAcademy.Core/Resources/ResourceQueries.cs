using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Resources;

public sealed record ResourceRow(int Id, string Title, string? Description, ResourceAudience Audience, string? Url, string? FileName, long? SizeBytes,
    DateTime AddedAtUtc, string AddedBy, string? Step = null)
{
    public bool IsFile => Url is null;
}

/// <summary>One cohort's resources for one person, on their home page.</summary>
public sealed record CohortResources(int CohortId, string CohortName, IReadOnlyList<ResourceRow> Resources);

/// <summary>What a download serves: the stored file, under its own name and the type recognized when it was added.</summary>
public sealed record ResourceDownload(string FileName, string ContentType, string StoredName);

public sealed class ResourceQueries(IAppDbContext db)
{
    /// <summary>The most a home page lists, across the person's cohorts.</summary>
    public const int HomeLimit = 50;

    public async Task<PagedList<ResourceRow>> ForCohortAsync(int cohortId, int page = 1, int pageSize = PagedList<ResourceRow>.DefaultPageSize,
        CancellationToken ct = default)
    {
        page = PagedList<ResourceRow>.Clamp(page);
        var query = db.Resources.Where(r => r.CohortId == cohortId);
        var total = await query.CountAsync(ct);
        var items = await Rows(query.OrderByDescending(r => r.AddedAtUtc).ThenByDescending(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(ct);
        return new PagedList<ResourceRow>(items, page, pageSize, total);
    }

    /// <summary>The resources of the open cohorts a person is enrolled in, for the audience of their role there, by cohort.</summary>
    public async Task<IReadOnlyList<CohortResources>> ForPersonAsync(int personId, CancellationToken ct = default)
    {
        var rows = await (
            from e in db.Enrollments
            where e.PersonId == personId && !e.Cohort.IsArchived
            join r in db.Resources on e.CohortId equals r.CohortId
            where r.Audience == ResourceAudience.Everyone
                  || (r.Audience == ResourceAudience.Coaches && e.Role == EnrollmentRole.Coach)
                  || (r.Audience == ResourceAudience.Participants && e.Role == EnrollmentRole.Participant)
            orderby e.Cohort.GraduationDate descending, e.CohortId, r.Title, r.Id
            select new
            {
                e.CohortId, CohortName = e.Cohort.Name,
                Row = new ResourceRow(r.Id, r.Title, r.Description, r.Audience, r.Url, r.FileName, r.SizeBytes, r.AddedAtUtc, ""),
            })
            .Take(HomeLimit).ToListAsync(ct);
        return rows.GroupBy(x => (x.CohortId, x.CohortName))
            .Select(g => new CohortResources(g.Key.CohortId, g.Key.CohortName, g.Select(x => x.Row).ToList()))
            .ToList();
    }

    /// <summary>
    /// A stored file for a director, or for someone enrolled in its cohort in a role its audience includes; null for anyone
    /// else (answered as "no such resource", whether or not it exists) and for a link.
    /// </summary>
    public async Task<ResourceDownload?> DownloadAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var resource = await db.Resources.Where(r => r.Id == id && r.StoredName != null)
            .Where(r => actor.IsDirector || db.Enrollments.Any(e => e.CohortId == r.CohortId && e.PersonId == actor.PersonId
                && (r.Audience == ResourceAudience.Everyone
                    || (r.Audience == ResourceAudience.Coaches && e.Role == EnrollmentRole.Coach)
                    || (r.Audience == ResourceAudience.Participants && e.Role == EnrollmentRole.Participant))))
            .Select(r => new ResourceDownload(r.FileName!, r.ContentType!, r.StoredName!))
            .SingleOrDefaultAsync(ct);
        return resource;
    }

    private IQueryable<ResourceRow> Rows(IQueryable<Resource> resources) =>
        from r in resources
        join p in db.People on r.AddedById equals p.Id
        select new ResourceRow(r.Id, r.Title, r.Description, r.Audience, r.Url, r.FileName, r.SizeBytes, r.AddedAtUtc, p.FullName,
            db.Milestones.Where(m => m.Id == r.MilestoneId).Select(m => m.Name).FirstOrDefault());

    /// <summary>The cohort's steps a resource can be for, in their order.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> StepsAsync(int cohortId, CancellationToken ct = default) =>
        (await db.Milestones.Where(m => m.CohortId == cohortId).OrderBy(m => m.Order).Select(m => new { m.Id, m.Name }).ToListAsync(ct))
            .Select(m => (m.Id, m.Name)).ToList();

    /// <summary>The participants' resources of an engagement's steps (the meetings' competencies), by step.</summary>
    public async Task<ILookup<int, ResourceRow>> ForStepsAsync(int cohortId, IReadOnlyCollection<int> milestoneIds, CancellationToken ct = default) =>
        (await db.Resources.Where(r => r.CohortId == cohortId && r.MilestoneId != null && milestoneIds.Contains(r.MilestoneId.Value)
                && r.Audience != ResourceAudience.Coaches)
            .OrderBy(r => r.Title).ThenBy(r => r.Id)
            .Select(r => new { Step = r.MilestoneId!.Value, Row = new ResourceRow(r.Id, r.Title, r.Description, r.Audience, r.Url, r.FileName, r.SizeBytes, r.AddedAtUtc, "", null) })
            .ToListAsync(ct)).ToLookup(x => x.Step, x => x.Row);
}
