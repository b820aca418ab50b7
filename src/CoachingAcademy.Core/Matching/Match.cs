using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.Core.Matching;

/// <summary>An engagement of one cohort, from proposal to ending: one coach paired with one participant (with sponsors and
/// others where the kind has them), or a peer team of equals (seed 004) with no coach. History is kept: an ended,
/// rejected or declined match stays as it was and the participant can be matched again. Its people are its
/// <see cref="Members"/>; <see cref="CoachId"/> and <see cref="ParticipantId"/> name the pair, and a team has neither.</summary>
public class Match
{
    private readonly List<EngagementMember> _members = [];

    private Match() { }

    /// <summary>A participant's request waits for the coach when <paramref name="coachAccepts"/> (the cohort's rule); a proposal waits for a decision.</summary>
    public Match(int cohortId, Person participant, Person coach, MatchSource source, int? proposedById, DateTime nowUtc, bool coachAccepts = true)
    {
        if (ReferenceEquals(participant, coach) || (participant.Id != 0 && participant.Id == coach.Id))
            throw new DomainException("A participant cannot coach themselves.");
        CohortId = cohortId;
        Participant = participant;
        ParticipantId = participant.Id;
        Coach = coach;
        CoachId = coach.Id;
        Source = source;
        ProposedById = proposedById;
        ProposedAtUtc = nowUtc;
        Status = source == MatchSource.ParticipantRequest && coachAccepts ? MatchStatus.AwaitingCoach : MatchStatus.Proposed;
        ConcurrencyToken = Guid.NewGuid();
        _members.Add(new EngagementMember(coach, MemberRole.Coach, nowUtc));
        _members.Add(new EngagementMember(participant, MemberRole.Coachee, nowUtc));
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int? ParticipantId { get; private set; }
    public Person? Participant { get; private set; }
    public int? CoachId { get; private set; }
    public Person? Coach { get; private set; }
    public MatchStatus Status { get; private set; }
    public MatchSource Source { get; private set; }
    public int? ProposedById { get; private set; }
    public DateTime ProposedAtUtc { get; private set; }
    public DateTime? CoachAnsweredAtUtc { get; private set; }
    /// <summary>Seed 001: the player's short message with their request, for the coach (and the player) alone.</summary>
    public string? RequestMessage { get; private set; }

    public const int MaxRequestMessageLength = 1000;
    public int? DecidedById { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    /// <summary>When the engagement became active; steps due "days after the start" count from its day in the cohort's zone.</summary>
    public DateTime? StartedAtUtc { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateTime? EndedAtUtc { get; private set; }
    public MatchParty? EndedBy { get; private set; }
    public int? EndedById { get; private set; }
    /// <summary>Private to whoever ended the match.</summary>
    public string? EndReason { get; private set; }
    public MatchAgreement? Agreement { get; private set; }
    /// <summary>Seed 001: the pair first hold an exploratory call (a session of its own kind); the relationship (the
    /// statement, regular sessions) begins only once both choose to go on after it.</summary>
    public bool StartsWithExploratoryCall { get; private set; }
    /// <summary>When the coach chose to go on after the exploratory call.</summary>
    public DateTime? CoachGoesOnAtUtc { get; private set; }
    /// <summary>When the participant chose to go on after the exploratory call.</summary>
    public DateTime? ParticipantGoesOnAtUtc { get; private set; }
    /// <summary>When the coaching relationship began: at the start without an exploratory call, else when both chose to go on.</summary>
    public DateTime? RelationshipBeganAtUtc { get; private set; }
    public IReadOnlyCollection<EngagementMember> Members => _members;
    /// <summary>Changes on every decision, so two directors acting at once cannot both win.</summary>
    public Guid ConcurrencyToken { get; private set; }

    public bool IsOpen => MatchStatuses.Open.Contains(Status);

    /// <summary>Active, and the pair are still exploring the fit: only the exploratory call is scheduled, no statement yet.</summary>
    public bool IsExploring => Status == MatchStatus.Active && StartsWithExploratoryCall && RelationshipBeganAtUtc is null;

    /// <summary>A team of peers (seed 004): members all equal, no coach, no coachee.</summary>
    public bool IsPeerTeam => ParticipantId is null && Participant is null;

    /// <summary>The coach of a pair, for the one-to-one rules (proposals, approvals, capacity); a peer team has none.</summary>
    public int PairCoachId => CoachId ?? throw new InvalidOperationException($"Engagement {Id} is a peer team; it has no coach.");
    public int PairParticipantId => ParticipantId ?? throw new InvalidOperationException($"Engagement {Id} is a peer team; it has no participant.");

    /// <summary>
    /// Seed 004: a director composes a team of peers from the cohort's participants; it forms when every member has
    /// consented (<see cref="Consent"/>). The cohort's rules on team size are checked by the caller.
    /// </summary>
    public static Match PeerTeam(int cohortId, IReadOnlyList<Person> peers, int directorId, DateTime nowUtc)
    {
        if (peers.Select(p => p.Id).Distinct().Count() != peers.Count)
            throw new DomainException("Choose each member of the team once.");
        var team = new Match
        {
            CohortId = cohortId, Source = MatchSource.Director, ProposedById = directorId, ProposedAtUtc = nowUtc,
            Status = MatchStatus.Proposed, ConcurrencyToken = Guid.NewGuid(),
        };
        foreach (var peer in peers)
            team._members.Add(new EngagementMember(peer, MemberRole.Peer, nowUtc));
        return team;
    }

    /// <summary>
    /// A proposed team's member consents; when the last one does, the team forms and starts (true). Consenting again
    /// changes nothing.
    /// </summary>
    public bool Consent(int personId, DateTime nowUtc)
    {
        var member = _members.SingleOrDefault(x => x.PersonId == personId && x.Role == MemberRole.Peer)
            ?? throw new DomainException("Only the team's members consent to it.");
        if (Status == MatchStatus.Active)
            return false;
        Require(MatchStatus.Proposed, "formed");
        if (!member.Consent(nowUtc))
            return false;
        if (_members.Any(x => x.Role == MemberRole.Peer && x.ConsentedAtUtc is null))
        {
            Touch();
            return false;
        }
        Status = MatchStatus.Active;
        DecidedAtUtc = nowUtc;
        StartedAtUtc = nowUtc;
        Touch();
        return true;
    }

    /// <summary>A proposed team's member declines: the team does not form, and its members are free for another.</summary>
    public void DeclineTeam(int personId, string name, DateTime nowUtc)
    {
        if (_members.All(x => x.PersonId != personId || x.Role != MemberRole.Peer))
            throw new DomainException("Only the team's members answer for it.");
        Require(MatchStatus.Proposed, "declined");
        Status = MatchStatus.Rejected;
        RejectionReason = $"{name} declined to join the team.";
        DecidedAtUtc = nowUtc;
        Touch();
    }

    /// <summary>The player's short message to the coach they ask; empty: none.</summary>
    public void SayWithRequest(string? message)
    {
        var text = message?.Trim();
        if (text?.Length > MaxRequestMessageLength)
            throw new DomainException($"A message to the coach has at most {MaxRequestMessageLength:N0} characters.", "message");
        RequestMessage = string.IsNullOrEmpty(text) ? null : text;
    }

    public void CoachAccepts(DateTime nowUtc)
    {
        Require(MatchStatus.AwaitingCoach, "accepted");
        Status = MatchStatus.Proposed;
        CoachAnsweredAtUtc = nowUtc;
        Touch();
    }

    public void CoachDeclines(DateTime nowUtc)
    {
        Require(MatchStatus.AwaitingCoach, "declined");
        Status = MatchStatus.DeclinedByCoach;
        CoachAnsweredAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Activates the match: a director's approval, or (null) the cohort's rules when they ask for none.
    /// <paramref name="problems"/> are the rules it breaks now; any one stops the approval. With
    /// <paramref name="exploratoryCall"/> (the cohort's rule) the pair explore the fit first (<see cref="GoOn"/>).</summary>
    public void Approve(int? directorId, IReadOnlyList<string> problems, DateTime nowUtc, bool exploratoryCall = false)
    {
        Require(MatchStatus.Proposed, "approved");
        if (problems.Count > 0)
            throw new DomainException("This match cannot be approved: " + string.Join(" ", problems));
        Status = MatchStatus.Active;
        DecidedById = directorId;
        DecidedAtUtc = nowUtc;
        StartedAtUtc = nowUtc;
        StartsWithExploratoryCall = exploratoryCall && !IsPeerTeam;
        if (!StartsWithExploratoryCall)
            Begin(nowUtc);
        Touch();
    }

    /// <summary>
    /// Seed 001: after the exploratory call is held (<paramref name="callHeld"/>), the coach or the participant chooses to
    /// go on; once both have, the relationship begins and the statement opens (true). Either may part instead, no fault
    /// (<see cref="End"/>).
    /// </summary>
    public bool GoOn(MatchParty party, bool callHeld, DateTime nowUtc)
    {
        Require(MatchStatus.Active, "continued");
        if (!IsExploring)
            throw new DomainException("The relationship has already begun.");
        if (!callHeld)
            throw new DomainException("Hold the exploratory call first: schedule it, and log it as held once you have talked.");
        switch (party)
        {
            case MatchParty.Coach: CoachGoesOnAtUtc ??= nowUtc; break;
            case MatchParty.Participant: ParticipantGoesOnAtUtc ??= nowUtc; break;
            default: throw new DomainException("Only the coach and the participant decide whether to go on.");
        }
        Touch();
        if (CoachGoesOnAtUtc is null || ParticipantGoesOnAtUtc is null)
            return false;
        Begin(nowUtc);
        return true;
    }

    private void Begin(DateTime nowUtc)
    {
        RelationshipBeganAtUtc = nowUtc;
        // The statement of mutual understanding is the pair's; a team's commitments are its members' own.
        Agreement = IsPeerTeam ? null : new MatchAgreement();
    }

    public void Reject(int directorId, string reason, DateTime nowUtc)
    {
        if (Status is not (MatchStatus.Proposed or MatchStatus.AwaitingCoach))
            throw new DomainException($"This match is {Status.DisplayName().ToLowerInvariant()} and can no longer be rejected.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Give a reason for the rejection.");
        Status = MatchStatus.Rejected;
        RejectionReason = reason.Trim();
        DecidedById = directorId;
        DecidedAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Either side, or a director, ends an active match at any time, no fault (seed 001).</summary>
    public void End(MatchParty by, int byPersonId, string? reason, DateTime nowUtc)
    {
        Require(MatchStatus.Active, "ended");
        Status = MatchStatus.Ended;
        EndedBy = by;
        EndedById = byPersonId;
        EndedAtUtc = nowUtc;
        EndReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Touch();
    }

    /// <summary>Seed 002: the planned sessions are all held, so the engagement closes; nobody ended it.</summary>
    public void Complete(DateTime nowUtc)
    {
        Require(MatchStatus.Active, "completed");
        Status = MatchStatus.Ended;
        EndedBy = MatchParty.Program;
        EndedAtUtc = nowUtc;
        Touch();
    }

    /// <summary>Adds a sponsor, an organisation approver or a guest; the coach and the coachee come with the match.</summary>
    public EngagementMember AddMember(Person person, MemberRole role, DateTime nowUtc)
    {
        if (role is MemberRole.Coach or MemberRole.Coachee)
            throw new DomainException("A match has one coach and one coachee, named when it is proposed.");
        if (Status is not (MatchStatus.Proposed or MatchStatus.AwaitingCoach or MatchStatus.Active))
            throw new DomainException($"This match is {Status.DisplayName().ToLowerInvariant()}; nobody joins it now.");
        if (_members.Any(m => ReferenceEquals(m.Person, person) || (person.Id != 0 && m.PersonId == person.Id)))
            throw new DomainException($"{person.FullName} is already a member of this engagement.");
        var member = new EngagementMember(person, role, nowUtc);
        _members.Add(member);
        return member;
    }

    private void Require(MatchStatus expected, string verb)
    {
        if (Status != expected)
            throw new DomainException($"This match is {Status.DisplayName().ToLowerInvariant()}, so it cannot be {verb}.");
    }

    private void Touch() => ConcurrencyToken = Guid.NewGuid();
}
