using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.People;

/// <summary>What a director enters for a person of an agency; the supervisor is named by email.</summary>
public sealed record PersonDetails(string FullName, string Email, string Title, PositionLevel PositionLevel, string? SupervisorEmail);

/// <summary>Directors keep the agencies, their org charts and their coordinators.</summary>
public sealed class PeopleService(IAppDbContext db, IAccounts accounts)
{
    public async Task<int> CreateAgencyAsync(string name, string contactEmail, CancellationToken ct = default)
    {
        await RequireUniqueAgencyAsync(name, null, ct);
        var agency = new Agency(name, contactEmail);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(ct);
        return agency.Id;
    }

    public async Task UpdateAgencyAsync(int agencyId, string name, string contactEmail, CancellationToken ct = default)
    {
        await RequireUniqueAgencyAsync(name, agencyId, ct);
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == agencyId, ct) ?? throw new NotFoundException();
        agency.Rename(name, contactEmail);
        await db.SaveChangesAsync(ct);
    }

    public async Task<int> AddPersonAsync(int agencyId, PersonDetails details, CancellationToken ct = default)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == agencyId, ct) ?? throw new NotFoundException();
        var email = details.Email.Trim().ToLowerInvariant();
        if (await db.People.AnyAsync(p => p.Email == email, ct))
            throw new DomainException($"{email} already belongs to someone in the program.", nameof(PersonDetails.Email));
        var person = new Person(details.FullName, email, details.Title, details.PositionLevel, agency);
        person.ReportTo(await SupervisorAsync(details.SupervisorEmail, ct));
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return person.Id;
    }

    /// <summary>Changes a person's name, title, level and supervisor; the email is their login and stays.</summary>
    public async Task<int> UpdatePersonAsync(int personId, PersonDetails details, CancellationToken ct = default)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.AgencyId != null, ct) ?? throw new NotFoundException();
        if (!details.PositionLevel.MayCoach() && await db.Enrollments.AnyAsync(e => e.PersonId == personId
                && e.Role == Cohorts.EnrollmentRole.Coach && !e.Cohort.IsArchived && e.Cohort.Rules.CoachesAtSeniorLevels, ct))
            throw new DomainException($"{person.FullName} coaches in an open cohort, which needs a coaching position level.", nameof(PersonDetails.PositionLevel));
        person.UpdateDetails(details.FullName, details.Title, details.PositionLevel);
        person.ReportTo(await SupervisorAsync(details.SupervisorEmail, ct));
        await db.SaveChangesAsync(ct);
        return person.AgencyId!.Value;
    }

    /// <summary>Names a person of an agency as its coordinator (a login is made and an invitation sent if needed), or not.</summary>
    public async Task<int> SetCoordinatorAsync(int personId, bool coordinator, CancellationToken ct = default)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.AgencyId != null, ct) ?? throw new NotFoundException();
        if (!coordinator)
        {
            await accounts.RevokeAsync(personId, AccountRole.Coordinator, ct);
            return person.AgencyId!.Value;
        }
        try
        {
            await accounts.GrantAsync([person], AccountRole.Coordinator, null, ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException($"{person.FullName} was given a login by someone else at the same moment; reload the page.");
        }
        return person.AgencyId!.Value;
    }

    /// <summary>
    /// The supervisor named by email, with everyone above them loaded, so that the cycle check sees the whole chain
    /// (one query per level; org charts are a handful of levels deep).
    /// </summary>
    private async Task<Person?> SupervisorAsync(string? email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email))
            return null;
        var normalized = email.Trim().ToLowerInvariant();
        var supervisor = await db.People.SingleOrDefaultAsync(p => p.Email == normalized, ct)
            ?? throw new DomainException($"No one in the program has the email {normalized}; add the supervisor first.", nameof(PersonDetails.SupervisorEmail));
        var seen = new HashSet<int> { supervisor.Id };
        for (var above = supervisor; above.SupervisorId is int next && seen.Add(next);)
            above = await db.People.SingleAsync(p => p.Id == next, ct);
        return supervisor;
    }

    private async Task RequireUniqueAgencyAsync(string name, int? except, CancellationToken ct)
    {
        var trimmed = name.Trim();
        var lower = trimmed.ToLowerInvariant();
        if (await db.Agencies.AnyAsync(a => (a.Name == trimmed || a.Name.ToLower() == lower) && a.Id != except, ct))
            throw new DomainException($"There is already an agency named '{trimmed}'.", "Name");
    }
}
