using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Matching;

public sealed record PersonSummary(int Id, string Name, string Email, string Title, string? Agency);

public sealed record MatchRow(
    int Id, PersonSummary Participant, PersonSummary Coach, MatchStatus Status, MatchSource Source,
    DateTime ProposedAtUtc, Guid ConcurrencyToken, bool AgreementSigned)
{
    public IReadOnlyList<string> Problems { get; init; } = [];
    public int Sponsors { get; init; }
    /// <summary>The reader's role in the match, where the list is someone's own (their home page).</summary>
    public MemberRole? ViewerRole { get; init; }
}

/// <summary>A member of an engagement as its page lists them.</summary>
public sealed record MemberSummary(int PersonId, string Name, string Email, string Title, MemberRole Role);

public sealed record MatchList(int CohortId, string CohortName, string TimeZoneId, MatchStatus? Status, PagedList<MatchRow> Matches);

public sealed record MatchDetails(
    MatchRow Match, int CohortId, string CohortName, string TimeZoneId, CohortRules Rules, DateTime? DecidedAtUtc, string? RejectionReason,
    DateTime? EndedAtUtc, MatchParty? EndedBy, string? EndReason, MatchAgreement? Agreement, bool ViewerIsCoach,
    bool ViewerIsParticipant, IReadOnlyList<MemberSummary> Members)
{
    public int ViewerPersonId { get; init; }
    /// <summary>The viewer's role in the engagement, if they are a member.</summary>
    public MemberRole? ViewerRole { get; init; }
    /// <summary>The cohort's kind: it names the pair's agreement.</summary>
    public ProgramKind Kind { get; init; }
    /// <summary>Seed 001: the exploratory call and who chose to go on after it; null where the match has none.</summary>
    public ExploratoryStage? Exploration { get; init; }
    /// <summary>Seed 001: the player's message with their request; only the pair read it.</summary>
    public string? RequestMessage { get; init; }
}

/// <summary>Seed 001: an accepted connection's exploratory call (its latest, not cancelled), and each side's choice to go on.</summary>
public sealed record ExploratoryStage(DateTime? CallAtUtc, Sessions.SessionStatus? CallStatus, DateTime? CoachGoesOnAtUtc,
    DateTime? ParticipantGoesOnAtUtc, DateTime? BeganAtUtc)
{
    public bool Exploring => BeganAtUtc is null;
    public bool CallHeld => CallStatus == Sessions.SessionStatus.Held;
}

/// <summary>
/// An engagement as its sessions pages show it, whatever its shape (a pair, a pair with sponsors, a peer team): its
/// cohort and rules, its members, and the viewer's role in it.
/// </summary>
public sealed record EngagementView(
    int MatchId, int CohortId, string CohortName, string TimeZoneId, CohortRules Rules, MatchStatus Status,
    IReadOnlyList<MemberSummary> Members, int ViewerPersonId)
{
    public MemberRole? ViewerRole => Members.FirstOrDefault(m => m.PersonId == ViewerPersonId)?.Role;
    /// <summary>Whoever meets in the engagement (coach, coachee, peer) schedules and logs its sessions; a sponsor follows them.</summary>
    public bool ViewerMeets => ViewerRole is MemberRole r && r.Meets();
    public bool IsPeerTeam => Members.Count > 0 && Members.All(m => m.Role != MemberRole.Coach && m.Role != MemberRole.Coachee);
    /// <summary>The members who meet, in words: "Grace Okafor and Marcus Webb", or a team's "A, B, C and D".</summary>
    public string WhoMeets => Words.List(Members.Where(m => m.Role.Meets()).Select(m => m.Name));
    /// <summary>The others the viewer meets with.</summary>
    public string OthersWhoMeet => Words.List(Members.Where(m => m.Role.Meets() && m.PersonId != ViewerPersonId).Select(m => m.Name));
}

/// <summary>Seed 004: a peer team of a cohort, with its members and the meetings it has held.</summary>
public sealed record TeamConsentMember(int PersonId, string Name, DateTime? ConsentedAtUtc);

/// <summary>A proposed (or formed, or declined) team as a member sees it on the consent page.</summary>
public sealed record TeamConsent(int MatchId, MatchStatus Status, string CohortName, string TimeZoneId, int ViewerId,
    IReadOnlyList<TeamConsentMember> Members, string? DeclinedBecause)
{
    public bool ViewerConsented => Members.Any(m => m.PersonId == ViewerId && m.ConsentedAtUtc is not null);
    public bool MayAnswer => Status == MatchStatus.Proposed && !ViewerConsented;
}

/// <remarks><see cref="Waiting"/>: a proposed team's members who have not consented yet.</remarks>
public sealed record TeamRow(int Id, MatchStatus Status, IReadOnlyList<string> Members, DateTime? StartedAtUtc, int HeldSessions, IReadOnlyList<string> Waiting)
{
    /// <summary>The meetings (not cancelled) the cohort's guest is invited to.</summary>
    public int GuestMeetings { get; init; }
    /// <summary>The guest is invited to the team's last meeting (seed 004: the Branch Deputy attends at least the last).</summary>
    public bool GuestAtLast { get; init; }
}

/// <summary>A cohort's peer teams, a page at a time, and the participants not yet in an open team.</summary>
public sealed record TeamList(int CohortId, string CohortName, string TimeZoneId, CohortRules Rules, PagedList<TeamRow> Teams,
    IReadOnlyList<PersonSummary> Available)
{
    /// <summary>Seed 004: the waiting participants split into teams that mix divisions and job classifications.</summary>
    public IReadOnlyList<IReadOnlyList<TeamCandidate>> Suggested { get; init; } = [];
    /// <summary>The meetings' guest (seed 004's Branch Deputy), when named.</summary>
    public string? GuestName { get; init; }
    public string? GuestTitle { get; init; }
    public string? GuestEmail { get; init; }
}

public sealed record CoachOption(int Id, string Name, string Title, string? Agency, int SeatsLeft);

public sealed class MatchQueries(IAppDbContext db, EligibilityLoader eligibility)
{
    /// <summary>A cohort's matches, open ones first, each with the rules it breaks now. A coordinator sees only their
    /// agency's participants. Query count is fixed: list, count, eligibility (three).</summary>
    public async Task<MatchList?> ListAsync(Actor actor, int cohortId, MatchStatus? status, int page, int pageSize = 25,
        CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => new { c.Name, c.TimeZoneId }).SingleOrDefaultAsync(ct);
        if (cohort is null)
            return null;
        var matches = Visible(actor).Where(m => m.CohortId == cohortId);
        if (status is not null)
            matches = matches.Where(m => m.Status == status);
        page = PagedList<MatchRow>.Clamp(page);
        var total = await matches.CountAsync(ct);
        var rows = await Rows(matches
                .OrderBy(m => m.Status == MatchStatus.Proposed ? 0 : m.Status == MatchStatus.AwaitingCoach ? 1 : m.Status == MatchStatus.Active ? 2 : 3)
                .ThenBy(m => m.ProposedAtUtc).ThenBy(m => m.Id)
                .Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(ct);
        rows = await WithProblemsAsync(cohortId, rows, ct);
        return new MatchList(cohortId, cohort.Name, cohort.TimeZoneId, status, new PagedList<MatchRow>(rows, page, pageSize, total));
    }

    /// <summary>One match as the viewer may see it: the end reason only to whoever wrote it, the agreement's terms
    /// only to the pair (directors and coordinators see whether it is signed).</summary>
    public async Task<MatchDetails> DetailsAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var match = await Visible(actor).Where(m => m.Id == matchId)
            .Select(m => new
            {
                m.CohortId, CohortName = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => c.Name).Single(),
                TimeZoneId = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => c.TimeZoneId).Single(),
                Rules = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => c.Rules).Single(),
                Kind = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => c.Kind).Single(),
                m.DecidedAtUtc, m.RejectionReason, m.EndedAtUtc, m.EndedBy, m.EndedById, m.EndReason, m.Agreement,
                m.CoachId, m.ParticipantId, m.RequestMessage,
                Exploration = m.StartsWithExploratoryCall
                    ? new ExploratoryStage(
                        db.CoachingSessions.Where(s => s.MatchId == m.Id && s.Kind == Sessions.SessionKind.ExploratoryCall && s.Status != Sessions.SessionStatus.Cancelled)
                            .OrderByDescending(s => s.StartsAtUtc).Select(s => (DateTime?)s.StartsAtUtc).FirstOrDefault(),
                        db.CoachingSessions.Where(s => s.MatchId == m.Id && s.Kind == Sessions.SessionKind.ExploratoryCall && s.Status != Sessions.SessionStatus.Cancelled)
                            .OrderByDescending(s => s.StartsAtUtc).Select(s => (Sessions.SessionStatus?)s.Status).FirstOrDefault(),
                        m.CoachGoesOnAtUtc, m.ParticipantGoesOnAtUtc, m.RelationshipBeganAtUtc)
                    : null,
                Members = m.Members.OrderBy(x => x.Role).ThenBy(x => x.Id)
                    .Select(x => new MemberSummary(x.PersonId, x.Person.FullName, x.Person.Email, x.Person.Title, x.Role)).ToList(),
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        var row = await Rows(db.Matches.Where(m => m.Id == matchId)).SingleAsync(ct);
        row = (await WithProblemsAsync(match.CohortId, [row], ct))[0];
        var isPair = actor.PersonId == match.CoachId || actor.PersonId == match.ParticipantId;
        return new MatchDetails(row, match.CohortId, match.CohortName, match.TimeZoneId, match.Rules, match.DecidedAtUtc, match.RejectionReason,
            match.EndedAtUtc, match.EndedBy, match.EndedById == actor.PersonId ? match.EndReason : null,
            isPair ? match.Agreement : null, actor.PersonId == match.CoachId, actor.PersonId == match.ParticipantId, match.Members)
        {
            ViewerPersonId = actor.PersonId,
            ViewerRole = match.Members.Where(x => x.PersonId == actor.PersonId).Select(x => (MemberRole?)x.Role).FirstOrDefault(),
            Kind = match.Kind,
            Exploration = match.Exploration,
            RequestMessage = isPair ? match.RequestMessage : null,
        };
    }

    /// <summary>The engagement, for one of its members (any role), or a director where <paramref name="directorsToo"/>;
    /// otherwise it does not exist for them.</summary>
    public async Task<EngagementView> EngagementAsync(Actor actor, int matchId, CancellationToken ct = default, bool directorsToo = false)
    {
        var director = directorsToo && actor.IsDirector;
        var e = await db.Matches.Where(m => m.Id == matchId && (director || m.Members.Any(x => x.PersonId == actor.PersonId)))
            .Select(m => new
            {
                m.CohortId, m.Status,
                Cohort = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => new { c.Name, c.TimeZoneId, c.Rules }).Single(),
                Members = m.Members.OrderBy(x => x.Role).ThenBy(x => x.Id)
                    .Select(x => new MemberSummary(x.PersonId, x.Person.FullName, x.Person.Email, x.Person.Title, x.Role)).ToList(),
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        return new EngagementView(matchId, e.CohortId, e.Cohort.Name, e.Cohort.TimeZoneId, e.Cohort.Rules, e.Status, e.Members, actor.PersonId);
    }

    /// <summary>A cohort's peer teams, active first, and who of its participants is in no open team yet (at most 200,
    /// by name), with a suggestion of teams for them. Five queries whatever the number of teams.</summary>
    public async Task<TeamList?> TeamsAsync(int cohortId, int page, int pageSize = 25, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => new { c.Name, c.TimeZoneId, c.Rules, c.GuestName, c.GuestTitle, c.GuestEmail })
            .SingleOrDefaultAsync(ct);
        if (cohort is null)
            return null;
        var teams = db.Matches.Where(m => m.CohortId == cohortId && m.ParticipantId == null);
        page = PagedList<TeamRow>.Clamp(page);
        var total = await teams.CountAsync(ct);
        var rows = await TeamRows(teams.OrderBy(m => m.Status == MatchStatus.Active ? 0 : 1).ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        // Those not in an open team of the cohort and, where it asks for applications, accepted (seed 004).
        var applicationRequired = cohort.Rules.ApplicationRequired;
        var available = await Summaries(db.Enrollments.Where(e => e.CohortId == cohortId && e.Role == EnrollmentRole.Participant).Select(e => e.Person)
                .Where(p => !db.EngagementMembers.Any(x => x.PersonId == p.Id
                    && db.Matches.Any(m => m.Id == x.MatchId && m.CohortId == cohortId && MatchStatuses.Open.Contains(m.Status))))
                .Where(p => !applicationRequired || db.CircleApplications.Any(a => a.CohortId == cohortId && a.PersonId == p.Id
                    && a.Stage == Applications.ApplicationStage.Accepted)))
            .Take(200).ToListAsync(ct);
        var availableIds = available.Select(p => p.Id).ToList();
        var backgrounds = await db.CircleApplications
            .Where(a => a.CohortId == cohortId && availableIds.Contains(a.PersonId) && a.Stage == Applications.ApplicationStage.Accepted)
            .ToDictionaryAsync(a => a.PersonId, a => new { a.Division, a.JobClassification }, ct);
        var candidates = available.Select(p => backgrounds.GetValueOrDefault(p.Id) is { } b
            ? new TeamCandidate(p.Id, p.Name, b.Division, b.JobClassification) : new TeamCandidate(p.Id, p.Name, null, p.Title)).ToList();
        return new TeamList(cohortId, cohort.Name, cohort.TimeZoneId, cohort.Rules, new PagedList<TeamRow>(rows, page, pageSize, total), available)
        {
            Suggested = cohort.Rules.Shape == EngagementShape.PeerTeam ? TeamSuggestion.Compose(candidates, cohort.Rules.TeamSizeMin, cohort.Rules.TeamSizeMax) : [],
            GuestName = cohort.GuestName, GuestTitle = cohort.GuestTitle, GuestEmail = cohort.GuestEmail,
        };
    }

    /// <summary>A team as one of its peers sees it to consent (seed 004): its members and who has consented. Null for anyone else.</summary>
    public Task<TeamConsent?> TeamConsentAsync(int personId, int matchId, CancellationToken ct = default) =>
        db.Matches.Where(m => m.Id == matchId && m.ParticipantId == null && m.Members.Any(x => x.PersonId == personId && x.Role == MemberRole.Peer))
            .Select(m => new TeamConsent(m.Id, m.Status, db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => c.Name).Single(),
                db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => c.TimeZoneId).Single(), personId,
                m.Members.Where(x => x.Role == MemberRole.Peer).OrderBy(x => x.Person.FullName)
                    .Select(x => new TeamConsentMember(x.PersonId, x.Person.FullName, x.ConsentedAtUtc)).ToList(), m.RejectionReason))
            .SingleOrDefaultAsync(ct);

    /// <summary>The open peer teams a person is a member of.</summary>
    public Task<List<TeamRow>> OpenTeamsForPersonAsync(int personId, CancellationToken ct = default) =>
        TeamRows(db.Matches.Where(m => m.ParticipantId == null && m.Members.Any(x => x.PersonId == personId) && MatchStatuses.Open.Contains(m.Status))
            .OrderBy(m => m.Id)).ToListAsync(ct);

    private IQueryable<TeamRow> TeamRows(IQueryable<Match> teams) => teams.Select(m => new TeamRow(m.Id, m.Status,
        m.Members.OrderBy(x => x.Person.FullName).Select(x => x.Person.FullName).ToList(), m.StartedAtUtc,
        db.CoachingSessions.Count(s => s.MatchId == m.Id && s.Status == Sessions.SessionStatus.Held),
        m.Members.Where(x => x.Role == MemberRole.Peer && x.ConsentedAtUtc == null).OrderBy(x => x.Person.FullName).Select(x => x.Person.FullName).ToList())
    {
        GuestMeetings = db.CoachingSessions.Count(s => s.MatchId == m.Id && s.Status != Sessions.SessionStatus.Cancelled && s.GuestInvitedAtUtc != null),
        GuestAtLast = db.CoachingSessions.Where(s => s.MatchId == m.Id && s.Status != Sessions.SessionStatus.Cancelled)
            .OrderByDescending(s => s.StartsAtUtc).Select(s => s.GuestInvitedAtUtc != null).FirstOrDefault(),
    });

    /// <summary>The open pairs (waiting or active) a person is a member of: coach, coachee or sponsor. Peer teams are
    /// listed by <see cref="OpenTeamsForPersonAsync"/>.</summary>
    public async Task<List<MatchRow>> OpenForPersonAsync(int personId, CancellationToken ct = default)
    {
        var mine = db.Matches.Where(m => m.ParticipantId != null && m.Members.Any(x => x.PersonId == personId) && MatchStatuses.Open.Contains(m.Status))
            .OrderBy(m => m.ProposedAtUtc);
        var rows = await Rows(mine).ToListAsync(ct);
        var roles = await db.EngagementMembers.Where(x => x.PersonId == personId && mine.Any(m => m.Id == x.MatchId))
            .ToDictionaryAsync(x => x.MatchId, x => x.Role, ct);
        return rows.Select(r => r with { ViewerRole = roles.GetValueOrDefault(r.Id) }).ToList();
    }

    /// <summary>The newest cohort a person takes part in as a participant, if any.</summary>
    public Task<int?> ParticipantCohortIdAsync(int personId, CancellationToken ct = default) =>
        db.Enrollments.Where(e => e.PersonId == personId && e.Role == EnrollmentRole.Participant && !e.Cohort.IsArchived)
            .OrderByDescending(e => e.Cohort.GraduationDate).Select(e => (int?)e.CohortId).FirstOrDefaultAsync(ct);

    /// <summary>Seed 001's directory: the coaches of the cohort a participant may ask, with the seats they have left.</summary>
    public async Task<IReadOnlyList<CoachOption>> EligibleCoachesAsync(int participantId, int cohortId, CancellationToken ct = default)
    {
        var context = await eligibility.LoadAsync(cohortId, null, ct);
        if (context is null || !context.Participants.TryGetValue(participantId, out var me) || !me.EnrolledAsParticipant)
            return [];
        var agencies = await db.Agencies.Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return context.Coaches.Values
            .Where(c => c.EnrolledAsCoach && context.Check(participantId, c.Id, MatchStage.Proposal).Count == 0)
            .OrderBy(c => c.Name)
            .Select(c => new CoachOption(c.Id, c.Name, c.Title, c.AgencyId is int a ? agencies.GetValueOrDefault(a) : null, Math.Max(0, c.Capacity - c.SeatsHeld)))
            .ToList();
    }

    /// <summary>For the proposal form: the cohort's participants the actor may propose for, and its coaches.</summary>
    public async Task<(IReadOnlyList<PersonSummary> Participants, IReadOnlyList<PersonSummary> Coaches)> ProposalChoicesAsync(
        Actor actor, int cohortId, CancellationToken ct = default)
    {
        var enrolled = db.Enrollments.Where(e => e.CohortId == cohortId);
        var participants = await Summaries(enrolled.Where(e => e.Role == EnrollmentRole.Participant).Select(e => e.Person)
            .Where(p => actor.IsDirector || p.AgencyId == actor.AgencyId)).ToListAsync(ct);
        var coaches = await Summaries(enrolled.Where(e => e.Role == EnrollmentRole.Coach).Select(e => e.Person)
            .Where(p => actor.IsDirector || p.AgencyId == actor.AgencyId || db.Cohorts.Any(c => c.Id == cohortId && c.Rules.CrossAgency)))
            .ToListAsync(ct);
        return (participants, coaches);
    }

    /// <summary>The pairs the actor may see. A peer team has no match page: its page is its sessions (<see cref="EngagementAsync"/>).</summary>
    private IQueryable<Match> Visible(Actor actor)
    {
        var pairs = db.Matches.Where(m => m.ParticipantId != null);
        return actor.IsDirector
            ? pairs
            : pairs.Where(m => m.Members.Any(x => x.PersonId == actor.PersonId)
                || (actor.IsCoordinator && m.Participant!.AgencyId == actor.AgencyId));
    }

    private static IQueryable<PersonSummary> Summaries(IQueryable<Person> people) => people
        .OrderBy(p => p.FullName).ThenBy(p => p.Id)
        .Select(p => new PersonSummary(p.Id, p.FullName, p.Email, p.Title, p.Agency == null ? null : p.Agency.Name));

    private static IQueryable<MatchRow> Rows(IQueryable<Match> matches) => matches.Select(m => new MatchRow(
        m.Id,
        new PersonSummary(m.Participant!.Id, m.Participant.FullName, m.Participant.Email, m.Participant.Title,
            m.Participant.Agency == null ? null : m.Participant.Agency.Name),
        new PersonSummary(m.Coach!.Id, m.Coach.FullName, m.Coach.Email, m.Coach.Title, m.Coach.Agency == null ? null : m.Coach.Agency.Name),
        m.Status, m.Source, m.ProposedAtUtc, m.ConcurrencyToken,
        m.Agreement != null && m.Agreement.CoachAcknowledgedAtUtc != null && m.Agreement.ParticipantAcknowledgedAtUtc != null)
    {
        Sponsors = m.Members.Count(x => x.Role == MemberRole.Sponsor),
    });

    private async Task<List<MatchRow>> WithProblemsAsync(int cohortId, List<MatchRow> rows, CancellationToken ct)
    {
        // Loaded even when nothing is undecided, so that the page costs the same queries whatever its rows are.
        var undecided = rows.Where(r => r.Status is MatchStatus.Proposed or MatchStatus.AwaitingCoach).ToList();
        var context = await eligibility.LoadAsync(cohortId, undecided.SelectMany(r => new[] { r.Participant.Id, r.Coach.Id }).Distinct().ToList(), ct);
        return rows.Select(r => r.Status is MatchStatus.Proposed or MatchStatus.AwaitingCoach && context is not null
            ? r with { Problems = [.. context.Check(r.Participant.Id, r.Coach.Id, MatchStage.Approval), .. context.Rules.MissingMembers(r.Sponsors)] }
            : r).ToList();
    }
}
