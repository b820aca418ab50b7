using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.People;

public sealed record PersonRow(int Id, string FullName, string Email, string Title, PositionLevel PositionLevel, string? SupervisorName);

public sealed record AgencyPeople(int AgencyId, string AgencyName, string ContactEmail, PagedList<PersonRow> People);

public sealed record AgencyRow(int Id, string Name, string ContactEmail, int People);

public sealed class PeopleQueries(IAppDbContext db)
{
    public async Task<PagedList<AgencyRow>> AgenciesAsync(int page, int pageSize = PagedList<AgencyRow>.DefaultPageSize, CancellationToken ct = default)
    {
        page = PagedList<AgencyRow>.Clamp(page);
        var total = await db.Agencies.CountAsync(ct);
        var rows = await db.Agencies.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new AgencyRow(a.Id, a.Name, a.ContactEmail, a.People.Count)).ToListAsync(ct);
        return new PagedList<AgencyRow>(rows, page, pageSize, total);
    }

    public async Task<AgencyPeople?> ForAgencyAsync(int agencyId, int page, int pageSize = PagedList<PersonRow>.DefaultPageSize,
        CancellationToken ct = default)
    {
        var agency = await db.Agencies.Where(a => a.Id == agencyId)
            .Select(a => new { a.Id, a.Name, a.ContactEmail }).SingleOrDefaultAsync(ct);
        if (agency is null)
            return null;

        page = PagedList<PersonRow>.Clamp(page);
        var people = db.People.Where(p => p.AgencyId == agencyId);
        var total = await people.CountAsync(ct);
        var rows = await people
            .OrderByDescending(p => p.PositionLevel).ThenBy(p => p.FullName).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new PersonRow(p.Id, p.FullName, p.Email, p.Title, p.PositionLevel,
                p.Supervisor == null ? null : p.Supervisor.FullName))
            .ToListAsync(ct);
        return new AgencyPeople(agency.Id, agency.Name, agency.ContactEmail, new PagedList<PersonRow>(rows, page, pageSize, total));
    }
}
