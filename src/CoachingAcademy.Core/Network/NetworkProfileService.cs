using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Network;

/// <summary>A network coach keeps their own profile; a director keeps the cohort's areas of experience and may pause a profile.</summary>
public sealed class NetworkProfileService(IAppDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Saves the coach's own profile in the cohort (made on first save for a coach a director enrolled).</summary>
    public async Task SaveAsync(Actor coach, int cohortId, ProfileDetails details, CancellationToken ct = default)
    {
        var enrollment = await db.Enrollments.SingleOrDefaultAsync(e => e.CohortId == cohortId && e.PersonId == coach.PersonId
            && e.Role == EnrollmentRole.Coach && e.Cohort.Kind == ProgramKind.CoachNetwork, ct) ?? throw new NotFoundException();
        if (await db.Cohorts.AnyAsync(c => c.Id == cohortId && c.IsArchived, ct))
            throw new DomainException("This network is archived; its profiles no longer change.");
        var profile = await db.NetworkProfiles.Include(p => p.Areas).SingleOrDefaultAsync(p => p.EnrollmentId == enrollment.Id, ct);
        if (profile is null)
        {
            profile = new NetworkProfile(enrollment, NetworkRegions.IsKnown(details.Region) ? details.Region! : NetworkRegions.All[0], Now);
            db.NetworkProfiles.Add(profile);
        }
        var ids = details.AreaIds.Distinct().Take(100).ToList();
        var areas = await db.ExperienceAreas.Where(a => a.CohortId == cohortId && ids.Contains(a.Id)).ToListAsync(ct);
        profile.Update(details, areas, Now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A player says which region they are in: the one the directory's "near me" compares.</summary>
    public async Task SetPlayerRegionAsync(Actor player, int cohortId, string? region, CancellationToken ct = default)
    {
        var enrollment = await db.Enrollments.SingleOrDefaultAsync(e => e.CohortId == cohortId && e.PersonId == player.PersonId
            && e.Role == EnrollmentRole.Participant && e.Cohort.Kind == ProgramKind.CoachNetwork, ct) ?? throw new NotFoundException();
        var profile = await db.NetworkProfiles.SingleOrDefaultAsync(p => p.EnrollmentId == enrollment.Id, ct);
        if (profile is null)
            db.NetworkProfiles.Add(new NetworkProfile(enrollment, region ?? "", Now));
        else
            profile.MoveTo(region, Now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A director pauses a coach's profile (the directory stops listing them) or lifts the pause. Returns the cohort.</summary>
    public async Task<int> SetPausedAsync(int profileId, bool paused, CancellationToken ct = default)
    {
        var profile = await db.NetworkProfiles.Include(p => p.Enrollment).SingleOrDefaultAsync(p => p.Id == profileId, ct)
            ?? throw new NotFoundException();
        profile.SetPausedByDirector(paused);
        await db.SaveChangesAsync(ct);
        return profile.Enrollment.CohortId;
    }

    public async Task AddAreaAsync(int cohortId, string name, CancellationToken ct = default)
    {
        if (!await db.Cohorts.AnyAsync(c => c.Id == cohortId && c.Kind == ProgramKind.CoachNetwork, ct))
            throw new NotFoundException();
        var trimmed = name.Trim();
        var lower = trimmed.ToLowerInvariant();
        if (await db.ExperienceAreas.AnyAsync(a => a.CohortId == cohortId && (a.Name == trimmed || a.Name.ToLower() == lower), ct))
            throw new DomainException($"The list already has '{trimmed}'.", "Name");
        db.ExperienceAreas.Add(new ExperienceArea(cohortId, trimmed));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException($"The list already has '{trimmed}'.", "Name");
        }
    }

    /// <summary>Removes an area from the list and from every profile that chose it.</summary>
    public async Task RemoveAreaAsync(int cohortId, int areaId, CancellationToken ct = default)
    {
        var area = await db.ExperienceAreas.SingleOrDefaultAsync(a => a.Id == areaId && a.CohortId == cohortId, ct) ?? throw new NotFoundException();
        db.ExperienceAreas.Remove(area);
        await db.SaveChangesAsync(ct);
    }
}
