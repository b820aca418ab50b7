using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Engagements;

/// <summary>
/// Seed 002's goals and assignments of one engagement, where its cohort's rules have them. Only the engagement's coach and
/// client read or change them; to anyone else, the director and the organisation's approver included, they do not exist
/// (404). Those two see the counts alone (<see cref="GoalCountAsync"/>).
/// </summary>
public sealed class EngagementWorkService(IAppDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The engagement, if the actor is its coach or client and its cohort's kind has goals and assignments.</summary>
    public async Task<PairEngagement> OpenAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var found = await db.Matches
            .Where(m => m.Id == matchId && m.Members.Any(x => x.PersonId == actor.PersonId && (x.Role == MemberRole.Coach || x.Role == MemberRole.Coachee)))
            .Where(m => db.Cohorts.Any(c => c.Id == m.CohortId && c.Rules.GoalsAndAssignments))
            .Select(m => new
            {
                m.Status,
                TimeZoneId = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => c.TimeZoneId).Single(),
                Role = m.Members.Where(x => x.PersonId == actor.PersonId).Select(x => x.Role).First(),
                Coach = m.Coach!.FullName,
                Client = m.Participant!.FullName,
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        return new PairEngagement(matchId, found.Status, found.TimeZoneId, found.Role, found.Coach, found.Client);
    }

    public async Task<GoalsPage> GoalsAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var engagement = await OpenAsync(actor, matchId, ct);
        var challenge = await db.EngagementChallenges.Where(c => c.MatchId == matchId).Select(c => c.Text).SingleOrDefaultAsync(ct);
        var goals = await db.EngagementGoals.AsNoTracking().Where(g => g.MatchId == matchId).OrderBy(g => g.Position).ThenBy(g => g.Id).ToListAsync(ct);
        return new GoalsPage(engagement, challenge, goals);
    }

    public async Task<(PairEngagement Engagement, EngagementGoal Goal)> GoalAsync(Actor actor, int matchId, int goalId, CancellationToken ct = default)
    {
        var engagement = await OpenAsync(actor, matchId, ct);
        var goal = await db.EngagementGoals.SingleOrDefaultAsync(g => g.Id == goalId && g.MatchId == matchId, ct) ?? throw new NotFoundException();
        return (engagement, goal);
    }

    public async Task SetChallengeAsync(Actor actor, int matchId, string text, CancellationToken ct = default)
    {
        await OpenForClientAsync(actor, matchId, ct);
        var challenge = await db.EngagementChallenges.SingleOrDefaultAsync(c => c.MatchId == matchId, ct);
        if (challenge is null)
            db.EngagementChallenges.Add(new EngagementChallenge(matchId, text, Now));
        else
            challenge.Change(text, Now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds a goal at the end of the list; the same words again add nothing (a double submit adds once).</summary>
    public async Task<bool> AddGoalAsync(Actor actor, int matchId, string text, CancellationToken ct = default)
    {
        await OpenForClientAsync(actor, matchId, ct);
        var goals = await db.EngagementGoals.Where(g => g.MatchId == matchId).ToListAsync(ct);
        if (goals.Any(g => g.SameWords(text)))
            return false;
        if (goals.Count >= EngagementGoal.MaxGoals)
            throw new DomainException($"An engagement has at most {EngagementGoal.MaxGoals} goals: remove one or rewrite it.", "Text");
        db.EngagementGoals.Add(new EngagementGoal(matchId, text, goals.Select(g => g.Position).DefaultIfEmpty(0).Max() + 1, Now));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task RewriteGoalAsync(Actor actor, int matchId, int goalId, string text, CancellationToken ct = default)
    {
        await OpenForClientAsync(actor, matchId, ct);
        var goal = await OwnGoalAsync(matchId, goalId, ct);
        goal.Rewrite(text);
        if (await db.EngagementGoals.Where(g => g.MatchId == matchId && g.Id != goalId).AnyAsync(g => g.Text == goal.Text, ct))
            throw new DomainException("Another goal has these words already.", "Text");
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveGoalAsync(Actor actor, int matchId, int goalId, CancellationToken ct = default)
    {
        await OpenForClientAsync(actor, matchId, ct);
        var goal = await OwnGoalAsync(matchId, goalId, ct);
        goal.EnsureRemovable();
        db.EngagementGoals.Remove(goal);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Coach or client marks a goal met, or not met again.</summary>
    public async Task MarkGoalAsync(Actor actor, int matchId, int goalId, bool met, CancellationToken ct = default)
    {
        await OpenForWorkAsync(actor, matchId, ct);
        (await OwnGoalAsync(matchId, goalId, ct)).Mark(met, Now);
        await db.SaveChangesAsync(ct);
    }

    public async Task<AssignmentsPage> AssignmentsAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var engagement = await OpenAsync(actor, matchId, ct);
        var assignments = await db.EngagementAssignments.AsNoTracking().Where(a => a.MatchId == matchId)
            .OrderBy(a => a.DoneAtUtc != null).ThenBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(ct);
        var sessions = await db.CoachingSessions.Where(s => s.MatchId == matchId && s.Status != Sessions.SessionStatus.Cancelled)
            .OrderBy(s => s.StartsAtUtc).Select(s => new SessionOption(s.Id, s.StartsAtUtc)).ToListAsync(ct);
        return new AssignmentsPage(engagement, ProgramTime.Today(clock, engagement.TimeZoneId), assignments, sessions);
    }

    /// <summary>Adds an assignment agreed in a session; the same one again adds nothing (a double submit adds once).</summary>
    public async Task<bool> AddAssignmentAsync(Actor actor, int matchId, string text, DateOnly dueOn, int? sessionId, CancellationToken ct = default)
    {
        var engagement = await OpenForWorkAsync(actor, matchId, ct);
        if (sessionId is int id && !await db.CoachingSessions.AnyAsync(s => s.Id == id && s.MatchId == matchId, ct))
            throw new DomainException("Choose one of your sessions, or none.", "SessionId");
        var existing = await db.EngagementAssignments.Where(a => a.MatchId == matchId && a.DueOn == dueOn).ToListAsync(ct);
        if (existing.Any(a => a.Same(text, dueOn, sessionId)))
            return false;
        db.EngagementAssignments.Add(new EngagementAssignment(matchId, sessionId, text, dueOn, ProgramTime.Today(clock, engagement.TimeZoneId),
            actor.PersonId, Now));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task MarkAssignmentAsync(Actor actor, int matchId, int assignmentId, bool done, CancellationToken ct = default)
    {
        await OpenForWorkAsync(actor, matchId, ct);
        (await OwnAssignmentAsync(matchId, assignmentId, ct)).Mark(done, Now);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveAssignmentAsync(Actor actor, int matchId, int assignmentId, CancellationToken ct = default)
    {
        await OpenForWorkAsync(actor, matchId, ct);
        db.EngagementAssignments.Remove(await OwnAssignmentAsync(matchId, assignmentId, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The hub page's summary for the pair; null for anyone else or a kind without goals. Two queries.</summary>
    public async Task<WorkSummary?> SummaryAsync(int viewerPersonId, int matchId, string timeZoneId, CancellationToken ct = default)
    {
        var counts = await db.Matches
            .Where(m => m.Id == matchId && m.Members.Any(x => x.PersonId == viewerPersonId && (x.Role == MemberRole.Coach || x.Role == MemberRole.Coachee)))
            .Where(m => db.Cohorts.Any(c => c.Id == m.CohortId && c.Rules.GoalsAndAssignments))
            .Select(m => new GoalCount(db.EngagementGoals.Count(g => g.MatchId == m.Id), db.EngagementGoals.Count(g => g.MatchId == m.Id && g.MetAtUtc != null)))
            .SingleOrDefaultAsync(ct);
        if (counts is null)
            return null;
        var open = await db.EngagementAssignments.AsNoTracking().Where(a => a.MatchId == matchId && a.DoneAtUtc == null)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(ct);
        return new WorkSummary(matchId, counts, ProgramTime.Today(clock, timeZoneId), open);
    }

    /// <summary>How many goals, how many met: all the director and the organisation's approver learn of them. One query.</summary>
    public Task<GoalCount> GoalCountAsync(int matchId, CancellationToken ct = default) =>
        db.Matches.Where(m => m.Id == matchId)
            .Select(m => new GoalCount(db.EngagementGoals.Count(g => g.MatchId == m.Id), db.EngagementGoals.Count(g => g.MatchId == m.Id && g.MetAtUtc != null)))
            .SingleAsync(ct);

    private async Task<PairEngagement> OpenForWorkAsync(Actor actor, int matchId, CancellationToken ct)
    {
        var engagement = await OpenAsync(actor, matchId, ct);
        if (!engagement.IsOpenForWork)
            throw new DomainException("This engagement is not active: its goals and assignments stay as they were.");
        return engagement;
    }

    private async Task OpenForClientAsync(Actor actor, int matchId, CancellationToken ct)
    {
        var engagement = await OpenForWorkAsync(actor, matchId, ct);
        if (!engagement.ViewerIsClient)
            throw new DomainException("The client sets the challenge and the goals; the coach marks progress.");
    }

    private async Task<EngagementGoal> OwnGoalAsync(int matchId, int goalId, CancellationToken ct) =>
        await db.EngagementGoals.SingleOrDefaultAsync(g => g.Id == goalId && g.MatchId == matchId, ct) ?? throw new NotFoundException();

    private async Task<EngagementAssignment> OwnAssignmentAsync(int matchId, int assignmentId, CancellationToken ct) =>
        await db.EngagementAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.MatchId == matchId, ct) ?? throw new NotFoundException();
}
