using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Network;

public sealed record AreaOption(int Id, string Name);

/// <summary>A coach as the directory and the directors' review show them; <see cref="PlacesLeft"/>: capacity minus open relationships.</summary>
public sealed record NetworkCoachRow(int ProfileId, int PersonId, string Name, string Email, string Title, string Organisation, string City,
    string Region, ContactForms ContactForms, string Bio, int Capacity, int PlacesLeft, bool IsAvailable, bool PausedByDirector)
{
    public IReadOnlyList<string> Areas { get; init; } = [];
}

/// <summary>Where the player looks: anywhere, near them (their region), reachable remotely (phone or video), or one region.</summary>
public sealed record DirectoryFilter(string? Where, ContactForms? Form, int? AreaId)
{
    public const string Near = "near", Remote = "remote";
}

public sealed record PlayerRequest(int MatchId, string CoachName, MatchStatus Status);

public sealed record NetworkDirectory(int CohortId, string CohortName, string PlayerRegion, DirectoryFilter Filter, IReadOnlyList<AreaOption> Areas,
    PagedList<NetworkCoachRow> Coaches, IReadOnlyList<PlayerRequest> MyRequests);

public sealed record CoachProfileForm(int CohortId, string CohortName, bool Exists, ProfileDetails Details, bool PausedByDirector,
    IReadOnlyList<AreaOption> Areas);

public sealed record NetworkCoachList(int CohortId, string CohortName, IReadOnlyList<AreaOption> Areas, PagedList<NetworkCoachRow> Coaches);

/// <summary>Seed 001's directory and the network's profiles, each page in a fixed number of queries whatever the number of coaches.</summary>
public sealed class NetworkQueries(IAppDbContext db)
{
    public Task<bool> IsNetworkAsync(int cohortId, CancellationToken ct = default) =>
        db.Cohorts.AnyAsync(c => c.Id == cohortId && c.Kind == ProgramKind.CoachNetwork, ct);

    /// <summary>The directory a player of the cohort searches; null when they are not a player of this network.</summary>
    public async Task<NetworkDirectory?> DirectoryAsync(int participantId, int cohortId, DirectoryFilter filter, int page,
        int pageSize = PagedList<NetworkCoachRow>.DefaultPageSize, CancellationToken ct = default)
    {
        var me = await db.Enrollments.Where(e => e.CohortId == cohortId && e.PersonId == participantId && e.Role == EnrollmentRole.Participant
                && e.Cohort.Kind == ProgramKind.CoachNetwork)
            .Select(e => new { e.Cohort.Name, Region = db.NetworkProfiles.Where(p => p.EnrollmentId == e.Id).Select(p => p.Region).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);
        if (me is null)
            return null;
        var coaches = Coaches(cohortId).Where(p => p.IsAvailable && !p.PausedByDirector && p.Enrollment.PersonId != participantId);
        var where = filter.Where;
        if (where == DirectoryFilter.Near)
            coaches = coaches.Where(p => p.Region == me.Region);
        else if (where == DirectoryFilter.Remote)
            coaches = coaches.Where(p => (p.ContactForms & ContactFormWords.Remote) != ContactForms.None);
        else if (NetworkRegions.IsKnown(where))
            coaches = coaches.Where(p => p.Region == where);
        if (filter.Form is ContactForms form && ContactFormWords.Each.Contains(form))
            coaches = coaches.Where(p => (p.ContactForms & form) == form);
        if (filter.AreaId is int areaId)
            coaches = coaches.Where(p => p.Areas.Any(a => a.Id == areaId));

        var list = await PageAsync(cohortId, coaches, page, pageSize, ct);
        var areas = await AreasAsync(cohortId, ct);
        var requests = await db.Matches.Where(m => m.CohortId == cohortId && m.ParticipantId == participantId)
            .OrderByDescending(m => m.ProposedAtUtc).Take(10)
            .Select(m => new PlayerRequest(m.Id, m.Coach!.FullName, m.Status)).ToListAsync(ct);
        return new NetworkDirectory(cohortId, me.Name, me.Region ?? "", filter, areas, list, requests);
    }

    /// <summary>The directors' review of a network's coaches, available, paused or not, page by page.</summary>
    public async Task<NetworkCoachList?> CoachListAsync(int cohortId, int page, int pageSize = PagedList<NetworkCoachRow>.DefaultPageSize,
        CancellationToken ct = default)
    {
        var name = await db.Cohorts.Where(c => c.Id == cohortId && c.Kind == ProgramKind.CoachNetwork).Select(c => c.Name).SingleOrDefaultAsync(ct);
        if (name is null)
            return null;
        var list = await PageAsync(cohortId, Coaches(cohortId), page, pageSize, ct, byName: true);
        return new NetworkCoachList(cohortId, name, await AreasAsync(cohortId, ct), list);
    }

    /// <summary>A network coach's own profile form; null when they are not a coach of this network.</summary>
    public async Task<CoachProfileForm?> ProfileFormAsync(int coachId, int cohortId, CancellationToken ct = default)
    {
        var mine = await db.Enrollments.Where(e => e.CohortId == cohortId && e.PersonId == coachId && e.Role == EnrollmentRole.Coach
                && e.Cohort.Kind == ProgramKind.CoachNetwork)
            .Select(e => new { e.Cohort.Name, e.CoachCapacity }).SingleOrDefaultAsync(ct);
        if (mine is null)
            return null;
        var profile = await db.NetworkProfiles.Where(p => p.Enrollment.CohortId == cohortId && p.Enrollment.PersonId == coachId)
            .Select(p => new { p.Title, p.Organisation, p.City, p.Region, p.ContactForms, p.Bio, p.IsAvailable, p.PausedByDirector,
                Areas = p.Areas.Select(a => a.Id).ToList() })
            .SingleOrDefaultAsync(ct);
        var details = profile is null
            ? new ProfileDetails("", "", "", null, ContactForms.None, [], "", mine.CoachCapacity, true)
            : new ProfileDetails(profile.Title, profile.Organisation, profile.City, profile.Region, profile.ContactForms, profile.Areas,
                profile.Bio, mine.CoachCapacity, profile.IsAvailable);
        return new CoachProfileForm(cohortId, mine.Name, profile is not null, details, profile?.PausedByDirector ?? false, await AreasAsync(cohortId, ct));
    }

    public async Task<IReadOnlyList<AreaOption>> AreasAsync(int cohortId, CancellationToken ct = default) =>
        await db.ExperienceAreas.Where(a => a.CohortId == cohortId).OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new AreaOption(a.Id, a.Name)).ToListAsync(ct);

    private IQueryable<NetworkProfile> Coaches(int cohortId) =>
        db.NetworkProfiles.Where(p => p.Enrollment.CohortId == cohortId && p.Enrollment.Role == EnrollmentRole.Coach);

    /// <summary>One page of coaches, most places left first (or by name), with their areas: three queries whatever the page holds.</summary>
    private async Task<PagedList<NetworkCoachRow>> PageAsync(int cohortId, IQueryable<NetworkProfile> coaches, int page, int pageSize,
        CancellationToken ct, bool byName = false)
    {
        page = PagedList<NetworkCoachRow>.Clamp(page);
        var open = db.Matches.Where(m => m.CohortId == cohortId && MatchStatuses.Open.Contains(m.Status));
        var rows = coaches.Select(p => new
        {
            p.Id, p.Enrollment.PersonId, p.Enrollment.Person.FullName, p.Enrollment.Person.Email, p.Title, p.Organisation, p.City, p.Region,
            p.ContactForms, p.Bio, p.Enrollment.CoachCapacity, p.IsAvailable, p.PausedByDirector,
            Left = p.Enrollment.CoachCapacity - open.Count(m => m.CoachId == p.Enrollment.PersonId),
        });
        var total = await rows.CountAsync(ct);
        var ordered = byName ? rows.OrderBy(r => r.FullName) : rows.OrderByDescending(r => r.Left > 0).ThenByDescending(r => r.Left).ThenBy(r => r.FullName);
        var items = await ordered.ThenBy(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var ids = items.Select(r => r.Id).ToList();
        var areas = (await db.NetworkProfiles.Where(p => ids.Contains(p.Id))
                .SelectMany(p => p.Areas, (p, a) => new { ProfileId = p.Id, a.Name }).ToListAsync(ct))
            .ToLookup(a => a.ProfileId, a => a.Name);
        var list = items.Select(r => new NetworkCoachRow(r.Id, r.PersonId, r.FullName, r.Email, r.Title, r.Organisation, r.City, r.Region,
            r.ContactForms, r.Bio, r.CoachCapacity, Math.Max(0, r.Left), r.IsAvailable, r.PausedByDirector)
        {
            Areas = areas[r.Id].Order().ToList(),
        }).ToList();
        return new PagedList<NetworkCoachRow>(list, page, pageSize, total);
    }
}
