using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Applications;

/// <summary>One month's status of a member's project.</summary>
public sealed record ProjectStatus(DateOnly Month, string Text, DateTime WrittenAtUtc);

/// <summary>A member's division project, from their accepted application (null when the team was formed without one), and
/// its statuses, newest month first.</summary>
public sealed record MemberProject(int PersonId, string Name, string? Division, SmartProject? Project, IReadOnlyList<ProjectStatus> Statuses);

/// <summary>A peer team's projects as its members and the program office read them.</summary>
public sealed record TeamProjectsPage(int MatchId, int CohortId, string CohortName, string TimeZoneId, MatchStatus Status, DateOnly ThisMonth,
    int? ViewerId, IReadOnlyList<MemberProject> Members)
{
    /// <summary>The viewer is a member of an active team: they write this month's status of their own project.</summary>
    public bool ViewerWrites => ViewerId is not null && Status == MatchStatus.Active;

    public string? ViewerThisMonth => Members.SingleOrDefault(m => m.PersonId == ViewerId)?.Statuses
        .SingleOrDefault(s => s.Month == ThisMonth)?.Text;
}

/// <summary>
/// Seed 004's projects: each member's project with its SMART goal (from the application their division director concurred
/// with) and a short status each month, visible to the team and the program office; nobody else finds the page. Three
/// queries, whatever the number of months.
/// </summary>
public sealed class TeamProjects(IAppDbContext db, TimeProvider clock)
{
    /// <remarks><see cref="ViewerIsMember"/>: the viewer is one of its peers (else a director).</remarks>
    private sealed record Team(int Id, int CohortId, string CohortName, string TimeZoneId, MatchStatus Status, bool ViewerIsMember);

    /// <summary>The page for a director or a peer of the team; anyone else finds no such team.</summary>
    public async Task<TeamProjectsPage> PageAsync(Actor viewer, int matchId, CancellationToken ct = default)
    {
        var team = await TeamAsync(viewer, matchId, ct);
        var members = await db.EngagementMembers.Where(x => x.MatchId == matchId && x.Role == MemberRole.Peer)
            .OrderBy(x => x.Person.FullName).ThenBy(x => x.PersonId)
            .Select(x => new
            {
                x.PersonId, x.Person.FullName,
                Application = db.CircleApplications.Where(a => a.CohortId == team.CohortId && a.PersonId == x.PersonId && a.Stage == ApplicationStage.Accepted)
                    .Select(a => new { a.Division, a.Specific, a.Measurable, a.Achievable, a.Realistic, a.Timely }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var statuses = (await db.ProjectUpdates.Where(u => u.MatchId == matchId).OrderByDescending(u => u.Month).ToListAsync(ct))
            .ToLookup(u => u.PersonId);
        return new TeamProjectsPage(team.Id, team.CohortId, team.CohortName, team.TimeZoneId, team.Status, ThisMonth(team.TimeZoneId),
            team.ViewerIsMember ? viewer.PersonId : null,
            members.Select(m => new MemberProject(m.PersonId, m.FullName, m.Application?.Division,
                m.Application is { } a ? new SmartProject(a.Specific, a.Measurable, a.Achievable, a.Realistic, a.Timely) : null,
                statuses[m.PersonId].Select(u => new ProjectStatus(u.Month, u.Text, u.WrittenAtUtc)).ToList())).ToList());
    }

    /// <summary>The member writes (or rewrites) this month's status of their own project, while the team meets. A double
    /// submit of a first status keeps the first (the unique member-and-month key refuses the second).</summary>
    public async Task WriteAsync(Actor member, int matchId, string text, CancellationToken ct = default)
    {
        var team = await TeamAsync(member, matchId, ct);
        if (!team.ViewerIsMember)
            throw new AccessDeniedException("Only the team's members write the status of their own projects.");
        if (team.Status != MatchStatus.Active)
            throw new DomainException("The team does not meet now: its projects' statuses stay as they were written.");
        var month = ThisMonth(team.TimeZoneId);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.ProjectUpdates.SingleOrDefaultAsync(u => u.MatchId == matchId && u.PersonId == member.PersonId && u.Month == month, ct);
        if (existing is not null)
        {
            if (existing.Rewrite(text, now))
                await db.SaveChangesAsync(ct);
            return;
        }
        db.ProjectUpdates.Add(new ProjectUpdate(matchId, member.PersonId, month, text, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ClearChanges();
        }
    }

    private async Task<Team> TeamAsync(Actor viewer, int matchId, CancellationToken ct) =>
        await db.Matches.Where(m => m.Id == matchId && m.ParticipantId == null && (m.Status == MatchStatus.Active || m.Status == MatchStatus.Ended)
                && m.Members.Any(x => x.Role == MemberRole.Peer)
                && (viewer.IsDirector || m.Members.Any(x => x.PersonId == viewer.PersonId && x.Role == MemberRole.Peer)))
            .Join(db.Cohorts, m => m.CohortId, c => c.Id, (m, c) => new Team(m.Id, c.Id, c.Name, c.TimeZoneId, m.Status,
                m.Members.Any(x => x.PersonId == viewer.PersonId && x.Role == MemberRole.Peer)))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

    private DateOnly ThisMonth(string timeZoneId) => Insight.ProgramMonths.MonthOf(clock.GetUtcNow().UtcDateTime, timeZoneId);
}
