using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Certificates;

/// <summary>
/// Seed 004's certificates of completion: who in a peer cohort's teams qualifies and why not (for the program office), each
/// member's own standing, and the certificate itself, a PDF with the member's name, the program, the dates of the team's
/// meetings and the signing official. A fixed number of queries, whatever the number of teams, members or meetings.
/// </summary>
public sealed class CertificateService(IAppDbContext db, ICertificateRenderer renderer, Email.EmailOutbox emails, TimeProvider clock)
{
    /// <summary>
    /// Tells the supervisor of each member of the cohort's finished teams, from the member's accepted application, whether they
    /// completed the program; each supervisor once per member (a second press, or two at once, tells nobody twice). Returns how
    /// many were told.
    /// </summary>
    public async Task<int> TellSupervisorsAsync(int cohortId, CancellationToken ct = default)
    {
        var cohort = await CohortAsync(cohortId, ct) ?? throw new NotFoundException();
        if (cohort.Rules.MaxMissedMeetings is null)
            throw new DomainException("This program gives no certificates of completion.");
        var finished = (await CompletionsAsync(cohort, null, ct)).Where(m => m.TeamFinished).ToDictionary(m => m.PersonId);
        var personIds = finished.Keys.ToList();
        var applications = await db.CircleApplications
            .Where(a => a.CohortId == cohortId && personIds.Contains(a.PersonId) && a.Stage == Applications.ApplicationStage.Accepted && a.CompletionToldAtUtc == null)
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var application in applications.Where(a => a.TellCompletion(now)))
        {
            var member = finished[application.PersonId];
            emails.Add(new Applications.CompletionToSupervisorEmail(application.SupervisorEmail, application.SupervisorName, member.Name, cohort.Name,
                member.Qualifies, member.Attended, member.Meetings), cohortId);
        }
        if (applications.Count == 0)
            return 0;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ClearChanges();
            return 0;   // another send told them at the same moment
        }
        return applications.Count;
    }

    private sealed record CohortFacts(int Id, string Name, string TimeZoneId, CohortRules Rules, string? SignerName, string? SignerTitle);

    /// <summary>The director's page: every member of the cohort's teams, qualifying ones first. Null: no such peer cohort.</summary>
    public async Task<CertificatesPage?> PageAsync(int cohortId, int page, int pageSize = 25, CancellationToken ct = default)
    {
        var cohort = await CohortAsync(cohortId, ct);
        if (cohort is null)
            return null;
        var members = await CompletionsAsync(cohort, null, ct);
        page = PagedList<MemberCompletion>.Clamp(page);
        var ordered = members.OrderByDescending(m => m.Qualifies).ThenBy(m => m.Team).ThenBy(m => m.Name).ToList();
        return new CertificatesPage(cohort.Id, cohort.Name, cohort.SignerName, cohort.SignerTitle, cohort.Rules.MaxMissedMeetings,
            new PagedList<MemberCompletion>(ordered.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, ordered.Count),
            members.Count(m => m.Qualifies));
    }

    /// <summary>The director names who signs the cohort's certificates.</summary>
    public async Task NameSignerAsync(int cohortId, string? name, string? title, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId && c.Rules.Shape == EngagementShape.PeerTeam, ct) ?? throw new NotFoundException();
        cohort.NameCertificateSigner(name, title);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A member's own standing in their team (<paramref name="personId"/> must be one of its peers), with the signer.</summary>
    public async Task<(MemberCompletion Completion, bool SignerNamed, bool CertificatesGiven)> StandingAsync(int matchId, int personId, CancellationToken ct = default)
    {
        var cohortId = await db.Matches.Where(m => m.Id == matchId && m.Members.Any(x => x.PersonId == personId && x.Role == MemberRole.Peer))
            .Select(m => (int?)m.CohortId).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        var cohort = await CohortAsync(cohortId, ct) ?? throw new NotFoundException();
        var completion = (await CompletionsAsync(cohort, matchId, ct)).SingleOrDefault(m => m.PersonId == personId) ?? throw new NotFoundException();
        return (completion, cohort.SignerName is not null, cohort.Rules.MaxMissedMeetings is not null);
    }

    /// <summary>
    /// The certificate of one member of a team of the cohort (a director's request, <paramref name="cohortId"/> given) or of
    /// the signed-in member themselves. Refused in words while the member does not qualify or nobody signs yet.
    /// </summary>
    public async Task<(Certificate Certificate, byte[] Pdf)> IssueAsync(int? cohortId, int matchId, int personId, CancellationToken ct = default)
    {
        var teamCohort = await db.Matches.Where(m => m.Id == matchId && m.Members.Any(x => x.PersonId == personId && x.Role == MemberRole.Peer))
            .Select(m => (int?)m.CohortId).SingleOrDefaultAsync(ct);
        if (teamCohort is null || (cohortId is int asked && asked != teamCohort))
            throw new NotFoundException();
        var cohort = await CohortAsync(teamCohort.Value, ct) ?? throw new NotFoundException();
        var member = (await CompletionsAsync(cohort, matchId, ct)).Single(m => m.PersonId == personId);
        if (cohort.Rules.MaxMissedMeetings is null)
            throw new DomainException("This program gives no certificates of completion.");
        if (!member.Qualifies)
            throw new DomainException($"No certificate for {member.Name} yet. {member.Standing}");
        if (cohort.SignerName is null || cohort.SignerTitle is null)
            throw new DomainException("The program office has not named the official who signs the certificates yet.");
        var certificate = new Certificate(member.Name, cohort.Name, member.FirstMeetingOn!.Value, member.LastMeetingOn!.Value, cohort.SignerName, cohort.SignerTitle);
        return (certificate, renderer.Render(certificate));
    }

    private Task<CohortFacts?> CohortAsync(int cohortId, CancellationToken ct) =>
        db.Cohorts.Where(c => c.Id == cohortId && c.Rules.Shape == EngagementShape.PeerTeam)
            .Select(c => new CohortFacts(c.Id, c.Name, c.TimeZoneId, c.Rules, c.CertificateSignerName, c.CertificateSignerTitle))
            .SingleOrDefaultAsync(ct);

    /// <summary>Each member of the cohort's teams (or of one team) against the attendance rule. Three queries.</summary>
    private async Task<List<MemberCompletion>> CompletionsAsync(CohortFacts cohort, int? matchId, CancellationToken ct)
    {
        var steps = await db.Milestones.Where(m => m.CohortId == cohort.Id).OrderBy(m => m.Order).Select(m => m.Id).ToListAsync(ct);
        var teams = await db.Matches
            .Where(m => m.CohortId == cohort.Id && m.ParticipantId == null && (m.Status == MatchStatus.Active || m.Status == MatchStatus.Ended)
                && (matchId == null || m.Id == matchId))
            .Select(m => new
            {
                m.Id,
                Members = m.Members.Where(x => x.Role == MemberRole.Peer).OrderBy(x => x.Person.FullName).Select(x => new { x.PersonId, x.Person.FullName }).ToList(),
            })
            .ToListAsync(ct);
        var teamIds = teams.Select(t => t.Id).ToList();
        var held = await db.CoachingSessions
            .Where(s => teamIds.Contains(s.MatchId) && s.Status == SessionStatus.Held && s.MilestoneId != null)
            .Select(s => new { s.MatchId, Step = s.MilestoneId!.Value, s.StartsAtUtc, Present = s.Attendance.Where(a => a.Attended).Select(a => a.PersonId).ToList() })
            .ToListAsync(ct);
        var allowed = cohort.Rules.MaxMissedMeetings ?? 0;
        var final = steps.Count == 0 ? (int?)null : steps[^1];
        return teams.SelectMany(team =>
        {
            var meetings = held.Where(s => s.MatchId == team.Id && steps.Contains(s.Step)).ToList();
            var finished = final is int last && meetings.Any(s => s.Step == last);
            var name = string.Join(", ", team.Members.Select(x => x.FullName));
            DateOnly? first = meetings.Count == 0 ? null : ProgramTime.DayOf(meetings.Min(s => s.StartsAtUtc), cohort.TimeZoneId);
            DateOnly? lastOn = meetings.Count == 0 ? null : ProgramTime.DayOf(meetings.Max(s => s.StartsAtUtc), cohort.TimeZoneId);
            return team.Members.Select(x => new MemberCompletion(team.Id, x.PersonId, x.FullName, name, steps.Count,
                meetings.Where(s => s.Present.Contains(x.PersonId)).Select(s => s.Step).Distinct().Count(), allowed, finished, first, lastOn));
        }).ToList();
    }
}
