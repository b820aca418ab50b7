using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Engagements;

/// <summary>An outline opened through an approver's one-time link: the plan, never the sessions' content.</summary>
public sealed record LinkedOutline(int MatchId, string ClientName, string CoachName, string CohortName, string ApproverName, OutlineView Outline,
    EngagementPlan Plan, DateOnly Today);

/// <summary>
/// Seed 002's written approval: the coach submits the outline of further sessions, the organisation's approver approves or
/// declines it (signed in, or through a one-time emailed link), and the engagement closes when the planned sessions are held.
/// </summary>
public sealed class OutlineService(IAppDbContext db, PlanQueries plans, EmailOutbox emails, TimeProvider clock, IOptions<ProgramOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The coach submits an outline once the initial sessions are held; a change is a new version, and the organisation's
    /// approvers each get a one-time link. The same outline sent twice (a double click) is the first.
    /// </summary>
    public async Task<SessionOutline> SubmitAsync(Actor coach, int matchId, int additionalSessions, int periodWeeks, string reason,
        CancellationToken ct = default)
    {
        var match = await db.Matches.Include(m => m.Members).ThenInclude(x => x.Person)
            .SingleOrDefaultAsync(m => m.Id == matchId && m.Members.Any(x => x.PersonId == coach.PersonId && x.Role == MemberRole.Coach), ct)
            ?? throw new NotFoundException();
        var plan = await plans.ForMatchAsync(matchId, ct) ?? throw new NotFoundException();
        if (match.Status != MatchStatus.Active)
            throw new DomainException("The engagement is not active; its plan no longer changes.");
        if (plan.LastInitialHeldUtc is null)
            throw new DomainException($"The outline follows the initial {plan.InitialSessions} sessions: log the {Cohorts.CohortRules.Ordinal(plan.InitialSessions)} as held first.");
        var outlines = await db.SessionOutlines.Where(o => o.MatchId == matchId).OrderByDescending(o => o.Version).ToListAsync(ct);
        if (outlines.FirstOrDefault() is { Decision: OutlineDecision.Pending } pending && pending.HasSamePlanAs(additionalSessions, periodWeeks, reason))
            return pending;
        var approvers = match.Members.Where(x => x.Role == MemberRole.OrganisationApprover).Select(x => x.Person).ToList();
        if (approvers.Count == 0)
            throw new DomainException("The organisation has no approver named yet: ask the program's director to name one, then submit the outline.");
        var outline = new SessionOutline(matchId, (outlines.FirstOrDefault()?.Version ?? 0) + 1, additionalSessions, periodWeeks, reason, coach.PersonId, Now);
        foreach (var earlier in outlines)
            earlier.Replace();
        db.SessionOutlines.Add(outline);
        var (client, coachName, cohortName) = await NamesAsync(match, ct);
        foreach (var approver in approvers)
        {
            var (link, token) = ApprovalLink.Issue(outline, approver.Id, Now);
            db.ApprovalLinks.Add(link);
            emails.Add(new OutlineSubmittedEmail(approver.Email, approver.FullName, client, coachName, cohortName, outline.AdditionalSessions,
                outline.PeriodWeeks, outline.Reason, options.Value.Link($"/Outline/Review?token={token}")), match.CohortId);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: one version per number (a unique index), and the first stands.
            db.ClearChanges();
            var first = await db.SessionOutlines.Where(o => o.MatchId == matchId).OrderByDescending(o => o.Version).FirstAsync(ct);
            if (!first.HasSamePlanAs(additionalSessions, periodWeeks, reason))
                throw;
            return first;
        }
        return outline;
    }

    /// <summary>An approver of the engagement, signed in, decides on its newest outline; anyone else finds nothing.</summary>
    public async Task<SessionOutline> DecideAsync(Actor approver, int matchId, int outlineId, bool approve, string? comment, CancellationToken ct = default)
    {
        var isApprover = await db.EngagementMembers.AnyAsync(x => x.MatchId == matchId && x.PersonId == approver.PersonId && x.Role == MemberRole.OrganisationApprover, ct);
        var outline = isApprover ? await db.SessionOutlines.SingleOrDefaultAsync(o => o.Id == outlineId && o.MatchId == matchId, ct) : null;
        if (outline is null)
            throw new NotFoundException();
        if (SameDecisionAgain(outline, approver.PersonId, approve))
            return outline;
        await DecideAndSaveAsync(outline, approver.PersonId, approve, comment, throughLink: false, link: null, ct);
        return outline;
    }

    /// <summary>What a one-time link opens; a used, expired or replaced link is refused in words, an unknown one is not found.</summary>
    public async Task<LinkedOutline> OpenLinkAsync(string? token, CancellationToken ct = default)
    {
        var link = await LinkAsync(token, ct);
        var outline = link.Outline;
        if ((link.Refusal(Now) ?? outline.Closed) is string refusal)
            throw new DomainException(refusal);
        var facts = await db.Matches.Where(m => m.Id == outline.MatchId)
            .Select(m => new
            {
                Client = m.Participant!.FullName, Coach = m.Coach!.FullName,
                Cohort = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => new { c.Name, c.TimeZoneId }).Single(),
                Approver = db.People.Where(p => p.Id == link.PersonId).Select(p => p.FullName).Single(),
            }).SingleAsync(ct);
        var plan = await plans.ForMatchAsync(outline.MatchId, ct) ?? throw new NotFoundException();
        return new LinkedOutline(outline.MatchId, facts.Client, facts.Coach, facts.Cohort.Name, facts.Approver,
            plan.Outlines.Single(o => o.Id == outline.Id), plan, ProgramTime.Today(clock, facts.Cohort.TimeZoneId));
    }

    /// <summary>The approver decides through their one-time link, which is then spent.</summary>
    public async Task<SessionOutline> DecideByLinkAsync(string? token, bool approve, string? comment, CancellationToken ct = default)
    {
        var link = await LinkAsync(token, ct);
        link.Use(Now);
        await DecideAndSaveAsync(link.Outline, link.PersonId, approve, comment, throughLink: true, link, ct);
        return link.Outline;
    }

    /// <summary>Closes an engagement whose planned sessions are all held (after its last session is logged, or an outline
    /// approved); the survey of the engagement's end then asks for the assessment. Returns whether it closed.</summary>
    public async Task<bool> CompleteIfDoneAsync(int matchId, CancellationToken ct = default)
    {
        if (await plans.ForMatchAsync(matchId, ct) is not { IsComplete: true } plan)
            return false;
        var match = await db.Matches.Include(m => m.Members).ThenInclude(x => x.Person).SingleAsync(m => m.Id == matchId, ct);
        if (match.Status != MatchStatus.Active)
            return false;
        match.Complete(Now);
        var meeting = match.Members.Where(x => x.Role.Meets()).Select(x => x.Person).ToList();
        emails.Add(new EngagementCompletedEmail(meeting.Select(p => p.Email).ToList(), Words.List(meeting.Select(p => p.FullName)),
            await db.Cohorts.Where(c => c.Id == match.CohortId).Select(c => c.Name).SingleAsync(ct), plan.Held), match.CohortId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ClearChanges();   // closed by another request at the same moment
            return false;
        }
        return true;
    }

    private static bool SameDecisionAgain(SessionOutline outline, int personId, bool approve) =>
        outline.DecidedById == personId && outline.Decision == (approve ? OutlineDecision.Approved : OutlineDecision.Declined);

    private async Task DecideAndSaveAsync(SessionOutline outline, int personId, bool approve, string? comment, bool throughLink, ApprovalLink? link,
        CancellationToken ct)
    {
        var person = await db.People.Where(p => p.Id == personId).Select(p => p.FullName).SingleAsync(ct);
        outline.Decide(approve, personId, person, comment, throughLink, Now);
        var match = await db.Matches.Include(m => m.Members).ThenInclude(x => x.Person).SingleAsync(m => m.Id == outline.MatchId, ct);
        if (match.Status != MatchStatus.Active)
            throw new DomainException("The engagement is no longer active; its outline is not decided any more.");
        var plan = await plans.ForMatchAsync(match.Id, ct) ?? throw new NotFoundException();
        var planned = plan.InitialSessions + (approve ? outline.AdditionalSessions : plan.Approved?.AdditionalSessions ?? 0);
        var meeting = match.Members.Where(x => x.Role.Meets()).Select(x => x.Person).ToList();
        emails.Add(new OutlineDecidedEmail(meeting.Select(p => p.Email).ToList(), Words.List(meeting.Select(p => p.FullName)),
            await db.Cohorts.Where(c => c.Id == match.CohortId).Select(c => c.Name).SingleAsync(ct), approve, person, outline.Comment, planned,
            options.Value.Link($"/Engagements/{match.Id}/Outline")), match.CohortId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another approver, or the same one in another tab, decided first: their decision stands.
            db.ClearChanges();
            var first = await db.SessionOutlines.AsNoTracking().SingleAsync(o => o.Id == outline.Id, ct);
            throw new DomainException($"This outline was already {first.Decision.ToString().ToLowerInvariant()} by {first.DecidedByName}.");
        }
        if (approve)
            await CompleteIfDoneAsync(match.Id, ct);
    }

    private async Task<ApprovalLink> LinkAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
            throw new NotFoundException();
        var hash = ApprovalLink.Hash(token.Trim());
        return await db.ApprovalLinks.Include(l => l.Outline).SingleOrDefaultAsync(l => l.TokenHash == hash, ct) ?? throw new NotFoundException();
    }

    private async Task<(string Client, string Coach, string Cohort)> NamesAsync(Match match, CancellationToken ct) =>
        (match.Members.Single(x => x.Role == MemberRole.Coachee).Person.FullName, match.Members.Single(x => x.Role == MemberRole.Coach).Person.FullName,
            await db.Cohorts.Where(c => c.Id == match.CohortId).Select(c => c.Name).SingleAsync(ct));
}
