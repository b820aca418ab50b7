using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Engagements;

/// <summary>One of the engagement's steps on its own calendar: its days after the start, its date and where it stands.</summary>
/// <remarks><see cref="OwnDays"/>: the engagement counts this step by its own days, not the cohort's.</remarks>
public sealed record ScheduleStep(int MilestoneId, string Name, StepKind Kind, int? DaysAfterStart, bool OwnDays, DateOnly? DueOn, MilestoneStatus Status,
    bool Movable);

/// <summary>The schedule page: the cycle's start and steps, the hours held a month against the plan, and the finished cycles.</summary>
public sealed record SchedulePage(ExecutiveEngagement Engagement, EngagementSchedule Schedule, IReadOnlyList<ScheduleStep> Steps,
    IReadOnlyList<MonthHours> Hours, bool EndReviewRecorded)
{
    /// <summary>The coach may close the cycle once every outcome has its end-of-program standing.</summary>
    public bool MayClose => Engagement.ViewerIsCoach && Engagement.IsOpenForWork && EndReviewRecorded;
}

/// <summary>
/// Seed 003: an executive engagement's calendar and cycles. Coach, leader and sponsors read it (the hours too: the sponsor
/// sees hours, never content); the coach changes the dates and the planned hours, and closes a cycle at the end-of-program
/// review: the leader continues alone (the engagement completes), or it renews into a new cycle that keeps the history.
/// </summary>
public sealed class ExecutiveScheduleService(
    IAppDbContext db, ExecutiveRecordService record, ProgressQueries progress, EmailOutbox outbox, TimeProvider clock, IOptions<ProgramOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<SchedulePage> PageAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var engagement = await record.OpenAsync(actor, matchId, ct);
        var schedule = await ScheduleAsync(matchId, engagement.TimeZoneId, tracked: false, ct);
        var cells = (await progress.ForMatchesAsync([matchId], ct))[matchId].Milestones;
        var steps = cells.Select(c => new ScheduleStep(c.MilestoneId, c.Name, c.Kind, c.Due.DaysAfterStart, schedule.DaysFor(c.MilestoneId) is not null,
            c.DueDate, c.Status, c.Due.IsRelative && c.Due.AfterStepId is null)).ToList();
        var cycleStart = schedule.CycleStartedAtUtc ?? DateTime.MinValue;
        var held = await db.CoachingSessions.Where(s => s.MatchId == matchId && s.Status == SessionStatus.Held && s.StartsAtUtc >= cycleStart)
            .Select(s => new { s.StartsAtUtc, s.DurationMinutes }).ToListAsync(ct);
        var hours = CoachingHours.ByMonth(schedule.StartsOn, schedule.MeetingsFrom, schedule.HoursPerMonth,
            held.Select(s => (s.StartsAtUtc, s.DurationMinutes)), engagement.TimeZoneId, ProgramTime.Today(clock, engagement.TimeZoneId));
        return new SchedulePage(engagement, schedule, steps, hours, await EndReviewRecordedAsync(engagement, ct));
    }

    /// <summary>
    /// The coach changes the start, the planned hours and each step's days after the start (<paramref name="stepDays"/>, by
    /// step; only the cohort's steps counted from the start can be moved). Every date moves with the start.
    /// </summary>
    public async Task ChangeAsync(Actor actor, int matchId, DateOnly startsOn, int hoursPerMonth, int meetingsAfterDays,
        IReadOnlyDictionary<int, int> stepDays, CancellationToken ct = default)
    {
        var engagement = await record.OpenForCoachAsync(actor, matchId, ct);
        var relative = await db.Milestones
            .Where(x => db.Matches.Any(m => m.Id == matchId && m.CohortId == x.CohortId) && x.DaysAfterStart != null && x.AfterStepId == null)
            .Select(x => x.Id).ToListAsync(ct);
        if (stepDays.Keys.Any(id => !relative.Contains(id)))
            throw new DomainException("Only the program's steps counted from the start can be moved here.", "Steps");
        var schedule = await ScheduleAsync(matchId, engagement.TimeZoneId, tracked: true, ct);
        schedule.Change(startsOn, hoursPerMonth, meetingsAfterDays, stepDays);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The end-of-program review closes the cycle: every outcome has its end-of-program standing first. The leader continuing
    /// alone completes the engagement; a renewal starts a new cycle today, with new outcomes and a new plan to come.
    /// Leader and sponsors are told by email. A second close of the same cycle finds it closed and changes nothing (false).
    /// </summary>
    public async Task<bool> CloseCycleAsync(Actor actor, int matchId, int cycle, CycleDecision decision, string? summary, CancellationToken ct = default)
    {
        var engagement = await record.OpenAsync(actor, matchId, ct);
        if (!engagement.ViewerIsCoach)
            throw new DomainException("The coach records the end-of-program review; you read it here.");
        var schedule = await ScheduleAsync(matchId, engagement.TimeZoneId, tracked: true, ct);
        if (cycle != engagement.Cycle || schedule.Closings.Any(c => c.Cycle == cycle))
            return false;   // closed already: the first close stands
        if (!engagement.IsOpenForWork)
            throw new DomainException("This engagement is not active: its record stays as it was.");
        if (!await EndReviewRecordedAsync(engagement, ct))
            throw new DomainException("Record the end-of-program review of every outcome first: the summary closes that comparison.");
        schedule.Close(decision, summary, actor.PersonId, ProgramTime.Today(clock, engagement.TimeZoneId), Now);
        var match = await db.Matches.SingleAsync(m => m.Id == matchId, ct);
        if (decision == CycleDecision.ContinueAlone)
            match.Complete(Now);
        var parties = engagement.Committers.Select(c => c.PersonId).ToList();
        var recipients = await db.People.Where(p => parties.Contains(p.Id)).Select(p => p.Email).ToListAsync(ct);
        outbox.Add(new CycleClosedEmail(recipients, engagement.CoachName, engagement.LeaderName, cycle, decision,
            options.Value.Link($"/Engagements/{matchId}/Schedule")), match.CohortId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ClearChanges();   // the same cycle closed by another request at the same moment: the first stands
            return false;
        }
        return true;
    }

    private async Task<bool> EndReviewRecordedAsync(ExecutiveEngagement engagement, CancellationToken ct)
    {
        var outcomes = record.Outcomes(engagement.MatchId, engagement.Cycle);
        return await outcomes.AnyAsync(ct)
            && await outcomes.AllAsync(o => db.OutcomeReviews.Any(r => r.OutcomeId == o.Id && r.Stage == ReviewStage.EndOfProgram), ct);
    }

    /// <summary>The engagement's calendar; none stored yet: cycle 1 from the day it started (added when <paramref name="tracked"/>).</summary>
    private async Task<EngagementSchedule> ScheduleAsync(int matchId, string timeZoneId, bool tracked, CancellationToken ct)
    {
        var query = tracked ? db.EngagementSchedules : db.EngagementSchedules.AsNoTracking();
        if (await query.SingleOrDefaultAsync(s => s.MatchId == matchId, ct) is { } stored)
            return stored;
        var started = await db.Matches.Where(m => m.Id == matchId).Select(m => m.StartedAtUtc).SingleAsync(ct);
        var schedule = new EngagementSchedule(matchId, ProgramTime.DayOf(started ?? Now, timeZoneId));
        if (tracked)
            db.EngagementSchedules.Add(schedule);
        return schedule;
    }
}

/// <summary>Seed 003, step 8: the end-of-program review closed a cycle; leader and sponsors learn what comes next.</summary>
public sealed class CycleClosedEmail(IReadOnlyList<string> recipients, string coachName, string leaderName, int cycle, CycleDecision decision, string link)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"End-of-program review: {leaderName}'s coaching {(decision == CycleDecision.Renew ? "renews" : "is complete")}";

    private string What => decision == CycleDecision.Renew
        ? $"{coachName} recorded the end-of-program review of cycle {cycle}. The engagement renews: a new cycle starts today, with new outcomes to define together. The earlier cycle's record stays readable."
        : $"{coachName} recorded the end-of-program review of cycle {cycle}. {leaderName} continues alone from here, so the engagement is complete. Thank you all.";

    protected override string Text() => $"""
        {What}

        The closing summary and the engagement's calendar: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>{H(What)}</p>
        <p><a href="{H(link)}">The closing summary and the engagement's calendar</a></p>
        """;
}
