using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Matching;

/// <summary>Everything that changes a match: proposing, a coach's answer, a director's decision, the ending.</summary>
public sealed class MatchingService(
    IAppDbContext db, EligibilityLoader eligibility, EmailOutbox emails, IAccounts accounts, TimeProvider clock, IOptions<ProgramOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A coordinator (for their agency's participants) or a director proposes a pair. Broken rules do not stop a
    /// proposal (they are shown to the director) but they stop its approval.</summary>
    public async Task<Match> ProposeAsync(Actor actor, int cohortId, int participantId, int coachId, MatchSource source, CancellationToken ct = default)
    {
        var participant = await FindPersonAsync(participantId, ct);
        if (!actor.ActsFor(participant.AgencyId))
            throw new AccessDeniedException("You can propose matches only for your own agency's participants.");
        var coach = await FindPersonAsync(coachId, ct);
        await EnsureOpenCohortAsync(cohortId, ct);
        var rules = await RulesAsync(cohortId, ct);
        if (rules.Shape == EngagementShape.PeerTeam)
            throw new DomainException("This cohort's engagements are peer teams, formed on its Peer teams page; nobody is matched with a coach.");
        if (!actor.IsDirector && !rules.CoordinatorsMayPropose)
            throw new AccessDeniedException("In this cohort, matches are proposed by the program's directors.");
        var (match, added) = await AddOnceAsync(new Match(cohortId, participant, coach, source, actor.PersonId, Now), ct);
        if (added && await StartUnlessApprovalNeededAsync(match, rules, ct))
            await db.SaveChangesAsync(ct);
        return match;
    }

    /// <summary>Seed 001: a participant asks an eligible coach of their cohort, who then accepts or declines.</summary>
    public async Task<Match> RequestCoachAsync(Actor participantActor, int cohortId, int coachId, CancellationToken ct = default, string? message = null)
    {
        var rules = await RulesAsync(cohortId, ct);
        if (!rules.ParticipantsMayAsk || rules.Shape == EngagementShape.PeerTeam)
            throw new DomainException("In this cohort, coaches are matched by the program; ask your coordinator or a director.");
        var context = await eligibility.LoadAsync(cohortId, [participantActor.PersonId, coachId], ct) ?? throw new NotFoundException();
        var problems = context.Check(participantActor.PersonId, coachId, MatchStage.Proposal);
        if (problems.Count > 0)
            throw new DomainException(string.Join(" ", problems));
        await EnsureOpenCohortAsync(cohortId, ct);
        // Seed 001: a network coach whose profile is paused, by them or by a director, takes no new player.
        if (await db.NetworkProfiles.AnyAsync(p => p.Enrollment.CohortId == cohortId && p.Enrollment.PersonId == coachId
                && (!p.IsAvailable || p.PausedByDirector), ct))
            throw new DomainException("This coach is not taking new players right now; choose another from the directory.");

        var participant = await FindPersonAsync(participantActor.PersonId, ct);
        var coach = await FindPersonAsync(coachId, ct);
        var cohortName = await CohortNameAsync(cohortId, ct);
        Match match = null!;
        // The email links to the new match, so it is saved right after it, in the same transaction; a request sent
        // again finds the first and sends nothing.
        await db.InTransactionAsync(async () =>
        {
            var request = new Match(cohortId, participant, coach, MatchSource.ParticipantRequest, participant.Id, Now, rules.CoachAccepts);
            request.SayWithRequest(message);
            (match, var added) = await AddOnceAsync(request, ct);
            if (!added)
                return;
            if (match.Status == MatchStatus.AwaitingCoach)
                emails.Add(new CoachRequestedEmail(coach.Email, coach.FullName, participant.FullName, participant.Title, cohortName,
                    options.Value.Link($"/Matches/Respond/{match.Id}"), match.RequestMessage, rules.DirectorApproves), cohortId);
            else
                await StartUnlessApprovalNeededAsync(match, rules, ct);
            await db.SaveChangesAsync(ct);
        }, ct);
        return match;
    }

    public async Task<Match> RespondAsync(Actor coachActor, int matchId, bool accept, CancellationToken ct = default)
    {
        var match = await db.Matches.SingleOrDefaultAsync(m => m.Id == matchId && m.CoachId == coachActor.PersonId, ct)
            ?? throw new NotFoundException();
        var started = false;
        if (accept)
        {
            match.CoachAccepts(Now);
            started = await StartUnlessApprovalNeededAsync(match, await RulesAsync(match.CohortId, ct), ct);
        }
        else
            match.CoachDeclines(Now);
        // A match that started is announced with its next steps; otherwise the participant hears the coach's answer.
        if (!started && match.ParticipantId is int participantId)
        {
            var participant = await db.People.Where(p => p.Id == participantId).Select(p => new { p.Email, p.FullName }).SingleAsync(ct);
            var coachName = await db.People.Where(p => p.Id == match.CoachId).Select(p => p.FullName).SingleAsync(ct);
            emails.Add(new CoachAnsweredEmail(participant.Email, participant.FullName, coachName, await CohortNameAsync(match.CohortId, ct), accept,
                options.Value.Link($"/CoachRequests?cohortId={match.CohortId}")), match.CohortId);
        }
        await db.SaveChangesAsync(ct);
        return match;
    }

    /// <summary>Approves a proposal shown with <paramref name="token"/>; if another director decided first, says so.</summary>
    public async Task<Match> ApproveAsync(Actor director, int matchId, Guid token, CancellationToken ct = default)
    {
        try
        {
            return await TryApproveAsync(director, matchId, token, ct);
        }
        catch (ConcurrencyConflictException)
        {
            // The save failed but nobody decided (the database was busy with the other director's write): once more.
            if (!await db.Matches.AsNoTracking().AnyAsync(m => m.Id == matchId && m.ConcurrencyToken == token, ct))
                throw;
            db.ClearChanges();
            return await TryApproveAsync(director, matchId, token, ct);
        }
    }

    private async Task<Match> TryApproveAsync(Actor director, int matchId, Guid token, CancellationToken ct)
    {
        var match = await LoadForDecisionAsync(director, matchId, token, ct);
        var context = await eligibility.LoadAsync(match.CohortId, [match.PairParticipantId, match.PairCoachId], ct) ?? throw new NotFoundException();
        var problems = context.Check(match.PairParticipantId, match.PairCoachId, MatchStage.Approval)
            .Concat(context.Rules.MissingMembers(await SponsorsAsync(matchId, ct))).ToList();
        // The rules were read after the match: if another director approved it in between, its own activation is what
        // breaks them, and that director's decision is the news.
        if (problems.Count > 0 && await db.Matches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == matchId && m.ConcurrencyToken != token, ct) is { } decided)
            throw Conflict(decided);
        match.Approve(director.PersonId, problems, Now, context.Rules.ExploratoryCall);
        await AnnounceApprovalsAsync([match], ct);
        await SaveDecisionAsync(match, ct);
        return match;
    }

    public async Task<Match> RejectAsync(Actor director, int matchId, Guid token, string reason, CancellationToken ct = default)
    {
        var match = await LoadForDecisionAsync(director, matchId, token, ct);
        match.Reject(director.PersonId, reason, Now);
        var participant = await db.People.Where(p => p.Id == match.ParticipantId)
            .Select(p => new { p.FullName, p.Email, Contact = p.Agency == null ? null : p.Agency.ContactEmail }).SingleAsync(ct);
        var coachName = await db.People.Where(p => p.Id == match.CoachId).Select(p => p.FullName).SingleAsync(ct);
        var recipients = new List<string>();
        if (participant.Contact is not null) recipients.Add(participant.Contact);
        if (match.Source == MatchSource.ParticipantRequest) recipients.Add(participant.Email);
        if (recipients.Count > 0)
            emails.Add(new MatchRejectedEmail(recipients, coachName, participant.FullName, await CohortNameAsync(match.CohortId, ct), match.RejectionReason!),
                match.CohortId);
        await SaveDecisionAsync(match, ct);
        return match;
    }

    /// <summary>Approves, oldest first, every proposal of the cohort that breaks no rule, counting each approval against
    /// the coach's capacity and the participant's one active match before checking the next.</summary>
    public async Task<(int Approved, int Skipped)> ApproveAllEligibleAsync(Actor director, int cohortId, CancellationToken ct = default)
    {
        RequireDirector(director);
        var proposals = await db.Matches.Where(m => m.CohortId == cohortId && m.Status == MatchStatus.Proposed && m.ParticipantId != null)
            .OrderBy(m => m.ProposedAtUtc).ThenBy(m => m.Id).ToListAsync(ct);
        var people = proposals.SelectMany(m => new[] { m.PairParticipantId, m.PairCoachId }).Distinct().ToList();
        var context = await eligibility.LoadAsync(cohortId, people, ct) ?? throw new NotFoundException();

        var ids = proposals.Select(m => m.Id).ToList();
        var sponsored = (await db.EngagementMembers.Where(x => ids.Contains(x.MatchId) && x.Role == MemberRole.Sponsor)
            .Select(x => x.MatchId).Distinct().ToListAsync(ct)).ToHashSet();
        var approved = new List<Match>();
        foreach (var match in proposals)
        {
            if (context.Check(match.PairParticipantId, match.PairCoachId, MatchStage.Approval).Count > 0
                || context.Rules.MissingMembers(sponsored.Contains(match.Id) ? 1 : 0).Count > 0)
                continue;
            match.Approve(director.PersonId, [], Now, context.Rules.ExploratoryCall);
            context.RecordActivation(match.PairParticipantId, match.PairCoachId);
            approved.Add(match);
        }
        await AnnounceApprovalsAsync(approved, ct);
        await SaveDecisionAsync(null, ct);
        return (approved.Count, proposals.Count - approved.Count);
    }

    /// <summary>
    /// Seed 001: after their exploratory call is held, the coach or the participant chooses to go on; once both have, the
    /// relationship begins (true) and both are told. To part instead, either ends the match (<see cref="EndAsync"/>).
    /// </summary>
    public async Task<bool> GoOnAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var match = await db.Matches.SingleOrDefaultAsync(m => m.Id == matchId && (m.CoachId == actor.PersonId || m.ParticipantId == actor.PersonId), ct)
            ?? throw new NotFoundException();
        var callHeld = await db.CoachingSessions.AnyAsync(s => s.MatchId == matchId && s.Kind == SessionKind.ExploratoryCall && s.Status == SessionStatus.Held, ct);
        var began = match.GoOn(match.CoachId == actor.PersonId ? MatchParty.Coach : MatchParty.Participant, callHeld, Now);
        if (began)
        {
            var pair = await db.People.Where(p => p.Id == match.CoachId || p.Id == match.ParticipantId).Select(p => p.Email).ToListAsync(ct);
            emails.Add(new RelationshipBeganEmail(pair, await CohortNameAsync(match.CohortId, ct), options.Value.Link($"/Matches/{match.Id}/Agreement")),
                match.CohortId);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ClearChanges();
            throw new ConcurrencyConflictException("The other side answered at the same moment: look at the match again and answer once more.");
        }
        return began;
    }

    /// <summary>Seed 001: the coach, the participant or a director ends an active match, no fault; history is kept. The coach
    /// or the participant may leave the other a <paramref name="thankYou"/> note, which is emailed to them.</summary>
    public async Task<Match> EndAsync(Actor actor, int matchId, string? reason, CancellationToken ct = default, string? thankYou = null)
    {
        var match = await db.Matches.Include(m => m.Coach).Include(m => m.Participant).Include(m => m.Members).ThenInclude(x => x.Person)
            .SingleOrDefaultAsync(m => m.Id == matchId, ct) ?? throw new NotFoundException();
        var party = actor.PersonId == match.CoachId ? MatchParty.Coach
            : actor.PersonId == match.ParticipantId ? MatchParty.Participant
            : actor.IsDirector ? MatchParty.Director
            : throw new NotFoundException();
        match.End(party, actor.PersonId, reason, Now);
        var meeting = match.Members.Where(x => x.Role.Meets()).Select(x => x.Person).ToList();
        var cohortName = await CohortNameAsync(match.CohortId, ct);
        emails.Add(new MatchEndedEmail(meeting.Select(p => p.Email).ToList(), Words.List(meeting.Select(p => p.FullName)), cohortName), match.CohortId);
        if (!string.IsNullOrWhiteSpace(thankYou) && party != MatchParty.Director)
        {
            var (from, to) = party == MatchParty.Coach ? (match.Coach!, match.Participant!) : (match.Participant!, match.Coach!);
            emails.Add(new ThankYouEmail(to.Email, to.FullName, from.FullName, cohortName, thankYou.Trim()), match.CohortId);
        }
        await db.SaveChangesAsync(ct);
        return match;
    }

    /// <summary>
    /// A director names a sponsor (seed 003, cohorts whose engagements have sponsors) or the client organisation's approver
    /// (seed 002, cohorts whose organisation approves in writing); someone new to the program is added as a person, of the
    /// client's agency for an approver, and invited to sign in. They are told by email. Naming the same person twice (a
    /// form sent twice) leaves the first.
    /// </summary>
    public async Task NameMemberAsync(Actor director, int matchId, MemberRole role, string fullName, string email, string title, CancellationToken ct = default)
    {
        RequireDirector(director);
        var match = await db.Matches.Include(m => m.Members).Include(m => m.Coach).Include(m => m.Participant)
            .SingleOrDefaultAsync(m => m.Id == matchId, ct) ?? throw new NotFoundException();
        var rules = await RulesAsync(match.CohortId, ct);
        if (match.IsPeerTeam || role switch
            {
                MemberRole.Sponsor => rules.Shape != EngagementShape.WithSponsors,
                MemberRole.OrganisationApprover => !rules.OrganisationApproves,
                _ => true,
            })
            throw new DomainException($"Engagements of this cohort have no {role.DisplayName()}; a director can change that in the cohort's rules.");
        var address = email.Trim().ToLowerInvariant();
        var person = await db.People.SingleOrDefaultAsync(p => p.Email == address, ct);
        if (person is not null && match.Members.Any(x => x.PersonId == person.Id && x.Role == role))
            return;
        var agency = role == MemberRole.OrganisationApprover && match.Participant!.AgencyId is int agencyId
            ? await db.Agencies.SingleAsync(a => a.Id == agencyId, ct) : null;
        person ??= db.People.Add(new Person(fullName, address, title, PositionLevel.Other, agency)).Entity;
        match.AddMember(person, role, Now);
        var cohortName = await CohortNameAsync(match.CohortId, ct);
        emails.Add(role == MemberRole.Sponsor
            ? new SponsorNamedEmail(person.Email, person.FullName, match.Participant!.FullName, match.Coach!.FullName, cohortName,
                options.Value.Link($"/Sessions?matchId={match.Id}"))
            : new ApproverNamedEmail(person.Email, person.FullName, match.Participant!.FullName, match.Coach!.FullName, cohortName,
                options.Value.Link($"/Engagements/{match.Id}/Outline")), match.CohortId);
        try
        {
            // The membership, the email and the login (with its invitation) land together.
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(ct);
                await accounts.GrantAsync([person], role == MemberRole.Sponsor ? AccountRole.Sponsor : AccountRole.OrganisationApprover, cohortName, ct);
            }, ct);
        }
        catch (DbUpdateException)
        {
            // The same form, sent twice at once: the first one named them (one membership per person, a unique index).
            db.ClearChanges();
            if (!await db.EngagementMembers.AnyAsync(x => x.MatchId == matchId && x.Person.Email == address && x.Role == role, ct))
                throw;
            return;
        }
        // Where no director approves, a proposal that waited only for its sponsor starts now.
        if (match.Status == MatchStatus.Proposed && await StartUnlessApprovalNeededAsync(match, rules, ct))
            await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Seed 004: a director forms a team of peers from the cohort's participants, of the size the cohort's rules allow,
    /// each in one open team of the cohort; it starts at once and every member is told by email. The same team formed
    /// again (a form sent twice) is the first one.
    /// </summary>
    /// <summary>
    /// Seed 004: a member of a proposed team consents to it. When the last member consents the team forms: its meetings
    /// are prefilled and every member is told (true). Consenting twice, or to a formed team, changes nothing (false).
    /// </summary>
    public async Task<bool> ConsentToTeamAsync(Actor member, int matchId, CancellationToken ct = default)
    {
        var team = await TeamOfMemberAsync(member, matchId, ct);
        if (!team.Consent(member.PersonId, Now))
        {
            await SaveTeamAsync(ct);
            return false;
        }
        var rules = await RulesAsync(team.CohortId, ct);
        var peers = team.Members.Where(x => x.Role == MemberRole.Peer).Select(x => x.Person).OrderBy(p => p.FullName).ThenBy(p => p.Id).ToList();
        await PrefillTeamCalendarAsync(team, team.CohortId, peers, rules, team.ProposedById ?? member.PersonId, ct);
        emails.Add(new PeerTeamFormedEmail(peers.Select(p => p.Email).ToList(), string.Join(", ", peers.Select(p => p.FullName)),
            await CohortNameAsync(team.CohortId, ct), options.Value.Link($"/Sessions?matchId={team.Id}")), team.CohortId);
        await SaveTeamAsync(ct);
        return true;
    }

    /// <summary>A member of a proposed team declines it: the team does not form; the others are told, and a director composes another.</summary>
    public async Task DeclineTeamAsync(Actor member, int matchId, CancellationToken ct = default)
    {
        var team = await TeamOfMemberAsync(member, matchId, ct);
        var name = team.Members.Single(x => x.PersonId == member.PersonId && x.Role == MemberRole.Peer).Person.FullName;
        team.DeclineTeam(member.PersonId, name, Now);
        emails.Add(new PeerTeamDeclinedEmail(team.Members.Where(x => x.Role == MemberRole.Peer && x.PersonId != member.PersonId).Select(x => x.Person.Email).ToList(),
            name, await CohortNameAsync(team.CohortId, ct)), team.CohortId);
        await SaveTeamAsync(ct);
    }

    /// <summary>The team <paramref name="matchId"/> if the actor is one of its peers; anyone else finds nothing.</summary>
    private async Task<Match> TeamOfMemberAsync(Actor member, int matchId, CancellationToken ct) =>
        await db.Matches.Include(m => m.Members).ThenInclude(x => x.Person)
            .SingleOrDefaultAsync(m => m.Id == matchId && m.ParticipantId == null && m.Members.Any(x => x.PersonId == member.PersonId && x.Role == MemberRole.Peer), ct)
        ?? throw new NotFoundException();

    /// <summary>Saves a team's answer; two answers at the same moment: the second is told to look again.</summary>
    private async Task SaveTeamAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ClearChanges();
            throw new ConcurrencyConflictException("Another member answered at the same moment: look at the team again and answer once more.");
        }
    }

    /// <summary>
    /// Seed 004: a new team's meetings, one for each topic still ahead, on the cohort's day for it (the third Wednesday of
    /// its month) at two in the afternoon, each facilitated by the members in turn. The team may move or change any.
    /// </summary>
    private async Task PrefillTeamCalendarAsync(Match team, int cohortId, IReadOnlyList<Person> peers, CohortRules rules, int directorId, CancellationToken ct)
    {
        var zone = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.TimeZoneId).SingleAsync(ct);
        var today = ProgramTime.Today(clock, zone);
        var topics = await db.Milestones.Where(m => m.CohortId == cohortId && m.DueDate != null && m.DueDate > today)
            .OrderBy(m => m.Order).Select(m => new { m.Id, Day = m.DueDate!.Value }).ToListAsync(ct);
        for (var i = 0; i < topics.Count; i++)
        {
            var meeting = new CoachingSession(team.Id, ProgramTime.ToUtc(topics[i].Day.ToDateTime(PeerCalendar.MeetingTime), zone), rules.SessionMinutes,
                SessionForm.InPerson, "To be agreed by the team", topics[i].Id, directorId, Now);
            meeting.Facilitate(PeerCalendar.Facilitator(peers, i).Id);
            db.CoachingSessions.Add(meeting);
        }
    }

    public async Task<Match> FormPeerTeamAsync(Actor director, int cohortId, IReadOnlyCollection<int> peerIds, CancellationToken ct = default)
    {
        RequireDirector(director);
        await EnsureOpenCohortAsync(cohortId, ct);
        var rules = await RulesAsync(cohortId, ct);
        if (rules.Shape != EngagementShape.PeerTeam)
            throw new DomainException("Engagements of this cohort are not peer teams; a director can change that in the cohort's rules.");
        var ids = peerIds.Distinct().ToList();
        if (ids.Count < rules.TeamSizeMin || ids.Count > rules.TeamSizeMax)
            throw new DomainException($"A team has {rules.TeamSizeMin} to {rules.TeamSizeMax} members; {ids.Count} are chosen.", "PeerIds");
        var peers = await db.Enrollments.Where(e => e.CohortId == cohortId && e.Role == EnrollmentRole.Participant && ids.Contains(e.PersonId))
            .Select(e => e.Person).OrderBy(p => p.FullName).ThenBy(p => p.Id).ToListAsync(ct);
        if (peers.Count != ids.Count)
            throw new DomainException("Choose participants of this cohort.", "PeerIds");
        if (!rules.CrossAgency && peers.Select(p => p.AgencyId).Distinct().Count() > 1)
            throw new DomainException("In this cohort a team's members come from one agency; choose people of the same agency.", "PeerIds");
        var cohortName = await CohortNameAsync(cohortId, ct);
        Match team = null!;
        // Checked and saved under the cohort's row lock (a no-op update), so that two forms sent at once form one team: the
        // second finds the first. The email links to the new team, so it is saved with it.
        await db.InTransactionAsync(async () =>
        {
            await db.Cohorts.Where(c => c.Id == cohortId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Name, x => x.Name), ct);
            var teamsOfThese = await db.EngagementMembers
                .Where(x => ids.Contains(x.PersonId) && db.Matches.Any(m => m.Id == x.MatchId && m.CohortId == cohortId && MatchStatuses.Open.Contains(m.Status)))
                .Select(x => new { x.MatchId, x.PersonId, x.Person.FullName }).ToListAsync(ct);
            if (teamsOfThese.Count > 0)
            {
                var first = teamsOfThese[0].MatchId;
                if (teamsOfThese.Count == ids.Count && teamsOfThese.All(x => x.MatchId == first)
                    && await db.EngagementMembers.CountAsync(x => x.MatchId == first, ct) == ids.Count)
                {
                    team = await db.Matches.SingleAsync(m => m.Id == first, ct);
                    return;
                }
                throw new DomainException($"Already in a team of this cohort: {string.Join(", ", teamsOfThese.Select(x => x.FullName).Distinct())}.", "PeerIds");
            }
            // Seed 004: the director composes teams from accepted applicants, where the cohort asks for applications.
            if (rules.ApplicationRequired)
            {
                var accepted = await db.CircleApplications
                    .Where(a => a.CohortId == cohortId && ids.Contains(a.PersonId) && a.Stage == Applications.ApplicationStage.Accepted)
                    .Select(a => a.PersonId).ToListAsync(ct);
                var notYet = peers.Where(p => !accepted.Contains(p.Id)).Select(p => p.FullName).ToList();
                if (notYet.Count > 0)
                    throw new DomainException($"A team is composed of accepted applicants; not accepted yet: {string.Join(", ", notYet)}.", "PeerIds");
            }
            team = Match.PeerTeam(cohortId, peers, director.PersonId, Now);
            db.Matches.Add(team);
            await db.SaveChangesAsync(ct);
            emails.Add(new PeerTeamProposedEmail(peers.Select(p => p.Email).ToList(), string.Join(", ", peers.Select(p => p.FullName)),
                cohortName, options.Value.Link($"/Teams/{team.Id}/Consent")), cohortId);
            await db.SaveChangesAsync(ct);
        }, ct);
        return team;
    }

    private Task<int> SponsorsAsync(int matchId, CancellationToken ct) =>
        db.EngagementMembers.CountAsync(x => x.MatchId == matchId && x.Role == MemberRole.Sponsor, ct);

    private async Task<Match> LoadForDecisionAsync(Actor director, int matchId, Guid token, CancellationToken ct)
    {
        RequireDirector(director);
        var match = await db.Matches.SingleOrDefaultAsync(m => m.Id == matchId, ct) ?? throw new NotFoundException();
        if (match.ConcurrencyToken != token)
            throw Conflict(match);
        // Compare against what the director saw, so a concurrent decision is caught at save time too.
        db.Entry(match).Property(m => m.ConcurrencyToken).OriginalValue = token;
        return match;
    }

    private async Task SaveDecisionAsync(Match? match, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || match is not null)
        {
            var current = match is null ? null : await db.Matches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == match.Id, ct);
            throw current is null
                ? new ConcurrencyConflictException("Another director changed these proposals at the same time. Reload the page and try again.")
                : Conflict(current);
        }
    }

    private static ConcurrencyConflictException Conflict(Match current) =>
        new($"Another director acted on this proposal first: it is now {current.Status.DisplayName().ToLowerInvariant()}.");

    private async Task AnnounceApprovalsAsync(IReadOnlyList<Match> matches, CancellationToken ct)
    {
        if (matches.Count == 0)
            return;
        var ids = matches.SelectMany(m => new[] { m.PairParticipantId, m.PairCoachId }).Distinct().ToList();
        var people = await db.People.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName, p.Email, Contact = p.Agency == null ? null : p.Agency.ContactEmail })
            .ToDictionaryAsync(p => p.Id, ct);
        var cohortName = await CohortNameAsync(matches[0].CohortId, ct);
        foreach (var match in matches)
        {
            var (coach, participant) = (people[match.PairCoachId], people[match.PairParticipantId]);
            var recipients = new[] { coach.Email, participant.Email, participant.Contact, coach.Contact }
                .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            emails.Add(new MatchApprovedEmail(recipients, coach.FullName, coach.Email, participant.FullName, participant.Email,
                cohortName, options.Value.Link($"/Matches/Details/{match.Id}"), match.IsExploring), match.CohortId);
        }
    }

    /// <summary>
    /// Where the cohort's rules ask for no director's approval, a proposed match that breaks no rule starts at once (its
    /// approval email is added for the caller's save); one that breaks a rule waits for a director. True when it started.
    /// </summary>
    private async Task<bool> StartUnlessApprovalNeededAsync(Match match, CohortRules rules, CancellationToken ct)
    {
        if (rules.DirectorApproves || match.Status != MatchStatus.Proposed)
            return false;
        var context = await eligibility.LoadAsync(match.CohortId, [match.PairParticipantId, match.PairCoachId], ct) ?? throw new NotFoundException();
        if (context.Check(match.PairParticipantId, match.PairCoachId, MatchStage.Approval).Count > 0
            || rules.MissingMembers(await SponsorsAsync(match.Id, ct)).Count > 0)
            return false;
        match.Approve(null, [], Now, rules.ExploratoryCall);
        await AnnounceApprovalsAsync([match], ct);
        return true;
    }

    private async Task<CohortRules> RulesAsync(int cohortId, CancellationToken ct) =>
        await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Rules).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

    private async Task EnsureOpenCohortAsync(int cohortId, CancellationToken ct)
    {
        if (!await db.Cohorts.AnyAsync(c => c.Id == cohortId && !c.IsArchived, ct))
            throw new NotFoundException("There is no such cohort, or it is archived.");
    }

    /// <summary>
    /// Records a new match unless its pair already has an open one (a unique index holds this even when two submits race).
    /// The same person's proposal sent twice gets the first back, unchanged, and no second email; anyone else is told.
    /// </summary>
    private async Task<(Match Match, bool Added)> AddOnceAsync(Match match, CancellationToken ct)
    {
        if (await OpenMatchOfPairAsync(match, ct) is { } first)
            return (SameProposal(first, match), false);
        db.Matches.Add(match);
        try
        {
            await db.SaveChangesAsync(ct);
            return (match, true);
        }
        catch (DbUpdateException)
        {
            db.ClearChanges();
            var winner = await OpenMatchOfPairAsync(match, ct);
            if (winner is null)
                throw;
            return (SameProposal(winner, match), false);
        }
    }

    private Task<Match?> OpenMatchOfPairAsync(Match match, CancellationToken ct) =>
        db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.CohortId == match.CohortId && m.ParticipantId == match.ParticipantId
            && m.CoachId == match.CoachId && MatchStatuses.Open.Contains(m.Status), ct);

    private static Match SameProposal(Match first, Match again) =>
        first.ProposedById == again.ProposedById && first.Status == again.Status
            ? first
            : throw new DomainException("This coach and participant are already matched or proposed in this cohort.");

    private async Task<Person> FindPersonAsync(int id, CancellationToken ct) =>
        await db.People.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("There is no such person.");

    private Task<string> CohortNameAsync(int cohortId, CancellationToken ct) =>
        db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Name).SingleAsync(ct);

    private static void RequireDirector(Actor actor)
    {
        if (!actor.IsDirector)
            throw new AccessDeniedException("Only the academy directors decide on matches.");
    }
}
