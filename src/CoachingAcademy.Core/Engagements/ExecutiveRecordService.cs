using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Engagements;

/// <summary>
/// Seed 003's record of an executive engagement, where its cohort's rules have one: outcomes with benchmarks, the 360°
/// interview list, the development plan in versions with the leader's and sponsors' commitments. Its coach, leader and
/// sponsors read it (a sponsor only the number of interviews); only the coach writes it; to anyone else, directors
/// included, it does not exist (404).
/// </summary>
public sealed class ExecutiveRecordService(IAppDbContext db, EmailOutbox outbox, TimeProvider clock, IOptions<ProgramOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The engagement, if the actor is its coach, leader or a sponsor and its cohort's kind keeps this record. One query.</summary>
    public async Task<ExecutiveEngagement> OpenAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var found = await db.Matches
            .Where(m => m.Id == matchId && m.Members.Any(x => x.PersonId == actor.PersonId
                && (x.Role == MemberRole.Coach || x.Role == MemberRole.Coachee || x.Role == MemberRole.Sponsor)))
            .Where(m => db.Cohorts.Any(c => c.Id == m.CohortId && c.Rules.OutcomesAndPlan))
            .Select(m => new
            {
                m.Status,
                TimeZoneId = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => c.TimeZoneId).Single(),
                Cycle = db.EngagementSchedules.Where(s => s.MatchId == m.Id).Select(s => (int?)s.Cycle).FirstOrDefault() ?? 1,
                Members = m.Members.OrderBy(x => x.Role).ThenBy(x => x.Id).Select(x => new { x.PersonId, x.Person.FullName, x.Role }).ToList(),
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        var role = found.Members.First(x => x.PersonId == actor.PersonId && x.Role is MemberRole.Coach or MemberRole.Coachee or MemberRole.Sponsor).Role;
        return new ExecutiveEngagement(matchId, found.Status, found.TimeZoneId, actor.PersonId, role,
            found.Members.Where(x => x.Role == MemberRole.Coach).Select(x => x.FullName).FirstOrDefault() ?? "",
            found.Members.Where(x => x.Role == MemberRole.Coachee).Select(x => x.FullName).FirstOrDefault() ?? "",
            found.Members.Where(x => x.Role is MemberRole.Coachee or MemberRole.Sponsor).Select(x => new Committer(x.PersonId, x.FullName, x.Role)).ToList(),
            found.Cycle);
    }

    // Outcomes and benchmarks (step 1).

    public async Task<OutcomesPage> OutcomesAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var engagement = await OpenAsync(actor, matchId, ct);
        var outcomes = await Outcomes(matchId, engagement.Cycle).ToListAsync(ct);
        return new OutcomesPage(engagement, outcomes, await PlanCommittedAsync(matchId, engagement.Cycle, ct));
    }

    public async Task<(ExecutiveEngagement Engagement, ProgramOutcome Outcome)> OutcomeAsync(Actor actor, int matchId, int outcomeId, CancellationToken ct = default)
    {
        var engagement = await OpenAsync(actor, matchId, ct);
        return (engagement, await OwnOutcomeAsync(engagement, outcomeId, ct));
    }

    /// <summary>Adds an outcome at the end of the list; the same one again adds nothing (a double submit adds once).</summary>
    public async Task<bool> AddOutcomeAsync(Actor actor, int matchId, string text, string benchmark, CancellationToken ct = default)
    {
        var engagement = await OpenForCoachAsync(actor, matchId, ct);
        var outcomes = await db.ProgramOutcomes.Where(o => o.MatchId == matchId && o.Cycle == engagement.Cycle).ToListAsync(ct);
        if (outcomes.Any(o => o.Same(text, benchmark)))
            return false;
        if (outcomes.Count >= ProgramOutcome.MaxOutcomes)
            throw new DomainException($"A program has at most {ProgramOutcome.MaxOutcomes} outcomes: change or remove one.", "Text");
        db.ProgramOutcomes.Add(new ProgramOutcome(matchId, text, benchmark, outcomes.Select(o => o.Position).DefaultIfEmpty(0).Max() + 1, Now,
            engagement.Cycle));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task ChangeOutcomeAsync(Actor actor, int matchId, int outcomeId, string text, string benchmark, CancellationToken ct = default)
    {
        var engagement = await OpenForCoachAsync(actor, matchId, ct);
        (await OwnOutcomeAsync(engagement, outcomeId, ct)).Change(text, benchmark);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An outcome is removed only while nobody has committed to a plan written against it.</summary>
    public async Task RemoveOutcomeAsync(Actor actor, int matchId, int outcomeId, CancellationToken ct = default)
    {
        var engagement = await OpenForCoachAsync(actor, matchId, ct);
        var outcome = await OwnOutcomeAsync(engagement, outcomeId, ct);
        if (await PlanCommittedAsync(matchId, engagement.Cycle, ct))
            throw new DomainException("The leader or a sponsor has committed to a plan written against these outcomes: change the outcome instead of removing it.");
        db.ProgramOutcomes.Remove(outcome);
        await db.SaveChangesAsync(ct);
    }

    // The 360° interview list (step 3).

    public async Task<InterviewsPage> InterviewsAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var engagement = await OpenAsync(actor, matchId, ct);
        // A sponsor learns the count alone: the names are not even read for them.
        var interviews = engagement.ViewerIsSponsor ? [] : await db.Interviews360.AsNoTracking().Where(i => i.MatchId == matchId)
            .OrderBy(i => i.DoneOn != null).ThenBy(i => i.DoneOn).ThenBy(i => i.Id).ToListAsync(ct);
        return new InterviewsPage(engagement, interviews, await InterviewCountAsync(matchId, ct));
    }

    /// <summary>Adds a person to interview; the same person again adds nothing (a double submit adds once).</summary>
    public async Task<bool> AddInterviewAsync(Actor actor, int matchId, string name, InterviewRelationship relationship, CancellationToken ct = default)
    {
        await OpenForCoachAsync(actor, matchId, ct);
        var interviews = await db.Interviews360.Where(i => i.MatchId == matchId).ToListAsync(ct);
        if (interviews.Any(i => i.SamePerson(name, relationship)))
            return false;
        if (interviews.Count >= Interview360.MaxInterviews)
            throw new DomainException($"The list has at most {Interview360.MaxInterviews} people.", "Name");
        db.Interviews360.Add(new Interview360(matchId, name, relationship, Now));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task MarkInterviewAsync(Actor actor, int matchId, int interviewId, bool done, CancellationToken ct = default)
    {
        var engagement = await OpenForCoachAsync(actor, matchId, ct);
        (await OwnInterviewAsync(matchId, interviewId, ct)).Mark(done, ProgramTime.Today(clock, engagement.TimeZoneId));
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveInterviewAsync(Actor actor, int matchId, int interviewId, CancellationToken ct = default)
    {
        await OpenForCoachAsync(actor, matchId, ct);
        db.Interviews360.Remove(await OwnInterviewAsync(matchId, interviewId, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>How many interviews, how many done: all a sponsor learns of them. One query.</summary>
    public Task<InterviewCount> InterviewCountAsync(int matchId, CancellationToken ct = default) =>
        db.Matches.Where(m => m.Id == matchId)
            .Select(m => new InterviewCount(db.Interviews360.Count(i => i.MatchId == m.Id), db.Interviews360.Count(i => i.MatchId == m.Id && i.DoneOn != null)))
            .SingleAsync(ct);

    // The development plan and the commitments to it (steps 4 and 5).

    /// <summary>The plan page: version <paramref name="version"/>, or the current one; every version's number. Four queries.</summary>
    public async Task<PlanPage> PlanAsync(Actor actor, int matchId, int? version = null, CancellationToken ct = default)
    {
        var engagement = await OpenAsync(actor, matchId, ct);
        var versions = await db.DevelopmentPlanVersions.Where(v => v.MatchId == matchId).OrderByDescending(v => v.Version)
            .Select(v => new PlanVersionRow(v.Version, v.WrittenAtUtc, v.Commitments.Count, v.Cycle)).ToListAsync(ct);
        var wanted = version ?? versions.Where(v => v.Cycle == engagement.Cycle).Select(v => (int?)v.Version).FirstOrDefault();
        if (version is int asked && versions.All(v => v.Version != asked))
            throw new NotFoundException();
        var shown = wanted is int w
            ? await db.DevelopmentPlanVersions.AsNoTracking().Include(v => v.Commitments).SingleAsync(v => v.MatchId == matchId && v.Version == w, ct)
            : null;
        return new PlanPage(engagement, versions, shown, await Outcomes(matchId, shown?.Cycle ?? engagement.Cycle).ToListAsync(ct));
    }

    /// <summary>
    /// Saves the coach's plan as a new version, and asks the leader and the sponsors by email to read it and commit; the
    /// same words as the current version save nothing (null).
    /// </summary>
    public async Task<int?> SavePlanAsync(Actor actor, int matchId, PlanText text, CancellationToken ct = default)
    {
        var engagement = await OpenForCoachAsync(actor, matchId, ct);
        if (!await db.ProgramOutcomes.AnyAsync(o => o.MatchId == matchId && o.Cycle == engagement.Cycle, ct))
            throw new DomainException("Record the program's outcomes first: the plan is written against them.");
        var latest = await db.DevelopmentPlanVersions.Where(v => v.MatchId == matchId).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        var next = DevelopmentPlanVersion.Revise(latest, matchId, text, actor.PersonId, Now, engagement.Cycle);
        if (next is null)
            return null;
        db.DevelopmentPlanVersions.Add(next);
        var committers = engagement.Committers.Select(c => c.PersonId).ToList();
        var recipients = await db.People.Where(p => committers.Contains(p.Id)).Select(p => p.Email).ToListAsync(ct);
        if (recipients.Count > 0)
            outbox.Add(new PlanToCommitEmail(recipients, engagement.CoachName, engagement.LeaderName, next.Version,
                options.Value.Link($"/Engagements/{matchId}/Plan")));
        await db.SaveChangesAsync(ct);
        return next.Version;
    }

    /// <summary>
    /// The signed-in leader or sponsor commits to version <paramref name="version"/>, in their own name; it must be the
    /// current one. Committing twice keeps the first commitment (false).
    /// </summary>
    public async Task<bool> CommitAsync(Actor actor, int matchId, int version, CancellationToken ct = default)
    {
        var engagement = await OpenAsync(actor, matchId, ct);
        if (!engagement.IsOpenForWork)
            throw new DomainException("This engagement is not active: its plan stays as it was.");
        var current = await CurrentPlan(matchId, engagement.Cycle).Include(v => v.Commitments).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (current.Version != version)
        {
            if (!await db.DevelopmentPlanVersions.AnyAsync(v => v.MatchId == matchId && v.Version == version, ct))
                throw new NotFoundException();
            throw new DomainException($"The coach has revised the plan since: read version {current.Version} before you commit to it.");
        }
        var name = engagement.Committers.Where(c => c.PersonId == actor.PersonId).Select(c => c.Name).FirstOrDefault() ?? actor.Name;
        if (!current.Commit(actor.PersonId, name, engagement.ViewerRole, Now))
            return false;
        await db.SaveChangesAsync(ct);
        return true;
    }

    // Reviews (steps 7 and 8).

    /// <summary>
    /// The outcomes of a cycle (the current one unless <paramref name="cycle"/> names an earlier one) and their standings at
    /// the reviews. Three queries; a sponsor is not given the comments.
    /// </summary>
    public async Task<ReviewsPage> ReviewsAsync(Actor actor, int matchId, int? cycle = null, CancellationToken ct = default)
    {
        var engagement = await OpenAsync(actor, matchId, ct);
        var shown = cycle ?? engagement.Cycle;
        if (shown < 1 || shown > engagement.Cycle)
            throw new NotFoundException();
        var outcomes = await Outcomes(matchId, shown).ToListAsync(ct);
        var reviews = await db.OutcomeReviews.AsNoTracking().Where(r => db.ProgramOutcomes.Any(o => o.Id == r.OutcomeId && o.MatchId == matchId)).ToListAsync(ct);
        if (engagement.ViewerIsSponsor)
            reviews = reviews.Select(r => new OutcomeReview(r.OutcomeId, r.Stage, r.Standing, null, r.RecordedById, r.RecordedAtUtc)).ToList();
        return new ReviewsPage(engagement, outcomes, reviews) { Cycle = shown };
    }

    /// <summary>The coach records where an outcome stands at a review; recording it again replaces it.</summary>
    public async Task<bool> RecordReviewAsync(Actor actor, int matchId, int outcomeId, ReviewStage stage, OutcomeStanding standing, string? comment,
        CancellationToken ct = default)
    {
        var engagement = await OpenForCoachAsync(actor, matchId, ct);
        await OwnOutcomeAsync(engagement, outcomeId, ct);
        var review = await db.OutcomeReviews.SingleOrDefaultAsync(r => r.OutcomeId == outcomeId && r.Stage == stage, ct);
        if (review is null)
            db.OutcomeReviews.Add(new OutcomeReview(outcomeId, stage, standing, comment, actor.PersonId, Now));
        else if (!review.Record(standing, comment, actor.PersonId, Now))
            return false;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The outcomes of one cycle of the engagement, in their order.</summary>
    internal IQueryable<ProgramOutcome> Outcomes(int matchId, int cycle) =>
        db.ProgramOutcomes.AsNoTracking().Where(o => o.MatchId == matchId && o.Cycle == cycle).OrderBy(o => o.Position).ThenBy(o => o.Id);

    private IQueryable<DevelopmentPlanVersion> CurrentPlan(int matchId, int cycle) =>
        db.DevelopmentPlanVersions.Where(v => v.MatchId == matchId && v.Cycle == cycle).OrderByDescending(v => v.Version);

    private Task<bool> PlanCommittedAsync(int matchId, int cycle, CancellationToken ct) =>
        db.DevelopmentPlanVersions.AnyAsync(v => v.MatchId == matchId && v.Cycle == cycle && v.Commitments.Any(), ct);

    internal async Task<ExecutiveEngagement> OpenForCoachAsync(Actor actor, int matchId, CancellationToken ct)
    {
        var engagement = await OpenAsync(actor, matchId, ct);
        if (!engagement.ViewerIsCoach)
            throw new DomainException("The coach keeps the program's record; you read it here.");
        if (!engagement.IsOpenForWork)
            throw new DomainException("This engagement is not active: its record stays as it was.");
        return engagement;
    }

    /// <summary>An outcome of the engagement's current cycle: an earlier cycle's are kept as they were.</summary>
    private async Task<ProgramOutcome> OwnOutcomeAsync(ExecutiveEngagement engagement, int outcomeId, CancellationToken ct) =>
        await db.ProgramOutcomes.SingleOrDefaultAsync(o => o.Id == outcomeId && o.MatchId == engagement.MatchId && o.Cycle == engagement.Cycle, ct)
        ?? throw new NotFoundException();

    private async Task<Interview360> OwnInterviewAsync(int matchId, int interviewId, CancellationToken ct) =>
        await db.Interviews360.SingleOrDefaultAsync(i => i.Id == interviewId && i.MatchId == matchId, ct) ?? throw new NotFoundException();
}
