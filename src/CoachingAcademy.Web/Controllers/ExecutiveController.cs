using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Engagements;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// Seed 003's record of an executive engagement: outcomes and benchmarks, the 360° interview list and the development plan
/// with its commitments. Its coach, leader and sponsors reach it by role; the service answers 404 to anyone who is not a
/// member (directors are left out: the record is the three parties'). The record changed always comes from the route, and
/// whoever commits is the signed-in person.
/// </summary>
[Authorize(Roles = Roles.Coach + "," + Roles.Participant + "," + Roles.Sponsor)]
[Route("Engagements/{matchId:int}")]
public sealed class ExecutiveController(
    CurrentUser currentUser, ExecutiveRecordService record, IValidator<OutcomeInput> outcomeValidator,
    IValidator<InterviewInput> interviewValidator, IValidator<PlanInput> planValidator, IValidator<ReviewInput> reviewValidator,
    ExecutiveScheduleService schedule, IValidator<ScheduleInput> scheduleValidator, IValidator<CloseCycleInput> closeValidator) : Controller
{
    [HttpGet("Outcomes")]
    public async Task<IActionResult> Outcomes(int matchId, CancellationToken ct) => await OutcomesPage(matchId, new OutcomeInput(), ct);

    [HttpPost("Outcomes")]
    public async Task<IActionResult> AddOutcome(int matchId, OutcomeInput input, CancellationToken ct) =>
        await this.SubmitAsync(outcomeValidator, input, async () =>
        {
            var added = await record.AddOutcomeAsync(await currentUser.ActorAsync(), matchId, input.Text!, input.Benchmark!, ct);
            TempData["Status"] = added ? "The outcome is added." : "This outcome is on the list already.";
            return RedirectToAction(nameof(Outcomes), new { matchId });
        }, () => OutcomesPage(matchId, input, ct));

    [HttpGet("Outcomes/{outcomeId:int}/Edit")]
    public async Task<IActionResult> EditOutcome(int matchId, int outcomeId, CancellationToken ct)
    {
        var (engagement, outcome) = await record.OutcomeAsync(await currentUser.ActorAsync(), matchId, outcomeId, ct);
        return OutcomeForm(engagement, outcome, new OutcomeInput { Text = outcome.Text, Benchmark = outcome.Benchmark });
    }

    [HttpPost("Outcomes/{outcomeId:int}/Edit")]
    public async Task<IActionResult> EditOutcome(int matchId, int outcomeId, OutcomeInput input, CancellationToken ct)
    {
        var actor = await currentUser.ActorAsync();
        var (engagement, outcome) = await record.OutcomeAsync(actor, matchId, outcomeId, ct);
        return await this.SubmitAsync(outcomeValidator, input, async () =>
        {
            await record.ChangeOutcomeAsync(actor, matchId, outcomeId, input.Text!, input.Benchmark!, ct);
            TempData["Status"] = "The outcome is changed.";
            return RedirectToAction(nameof(Outcomes), new { matchId });
        }, () => OutcomeForm(engagement, outcome, input));
    }

    [HttpPost("Outcomes/{outcomeId:int}/Remove")]
    public Task<IActionResult> RemoveOutcome(int matchId, int outcomeId, CancellationToken ct) =>
        Act(matchId, nameof(Outcomes), async actor =>
        {
            await record.RemoveOutcomeAsync(actor, matchId, outcomeId, ct);
            return "The outcome is removed.";
        });

    [HttpGet("Interviews")]
    public async Task<IActionResult> Interviews(int matchId, CancellationToken ct) => await InterviewsPage(matchId, new InterviewInput(), ct);

    [HttpPost("Interviews")]
    public async Task<IActionResult> AddInterview(int matchId, InterviewInput input, CancellationToken ct) =>
        await this.SubmitAsync(interviewValidator, input, async () =>
        {
            var added = await record.AddInterviewAsync(await currentUser.ActorAsync(), matchId, input.Name!, input.Relationship!.Value, ct);
            TempData["Status"] = added ? "The person is added to the interview list." : "This person is on the list already.";
            return RedirectToAction(nameof(Interviews), new { matchId });
        }, () => InterviewsPage(matchId, input, ct));

    [HttpPost("Interviews/{interviewId:int}/Mark")]
    public Task<IActionResult> MarkInterview(int matchId, int interviewId, bool done, CancellationToken ct) =>
        Act(matchId, nameof(Interviews), async actor =>
        {
            await record.MarkInterviewAsync(actor, matchId, interviewId, done, ct);
            return done ? "The interview is marked done." : "The interview is to do again.";
        });

    [HttpPost("Interviews/{interviewId:int}/Remove")]
    public Task<IActionResult> RemoveInterview(int matchId, int interviewId, CancellationToken ct) =>
        Act(matchId, nameof(Interviews), async actor =>
        {
            await record.RemoveInterviewAsync(actor, matchId, interviewId, ct);
            return "The person is removed from the interview list.";
        });

    [HttpGet("Plan")]
    public async Task<IActionResult> Plan(int matchId, CancellationToken ct) => await PlanPage(matchId, null, null, ct);

    [HttpGet("Plan/{version:int}")]
    public async Task<IActionResult> PlanVersion(int matchId, int version, CancellationToken ct) => await PlanPage(matchId, version, null, ct);

    [HttpPost("Plan")]
    public async Task<IActionResult> SavePlan(int matchId, PlanInput input, CancellationToken ct) =>
        await this.SubmitAsync(planValidator, input, async () =>
        {
            var version = await record.SavePlanAsync(await currentUser.ActorAsync(), matchId, input.ToText(), ct);
            TempData["Status"] = version is int v ? $"The plan is saved as version {v}. The leader and the sponsors commit to it on this page."
                : "The plan has not changed: the current version stands.";
            return RedirectToAction(nameof(Plan), new { matchId });
        }, () => PlanPage(matchId, null, input, ct));

    [HttpPost("Plan/{version:int}/Commit")]
    public Task<IActionResult> Commit(int matchId, int version, CancellationToken ct) =>
        Act(matchId, nameof(Plan), async actor =>
            await record.CommitAsync(actor, matchId, version, ct)
                ? $"Your commitment to version {version} of the plan is recorded."
                : $"You have committed to version {version} already; your first commitment stands.");

    /// <summary>The current cycle's reviews, or (<paramref name="cycle"/>) an earlier cycle's as they were.</summary>
    [HttpGet("Reviews")]
    public async Task<IActionResult> Reviews(int matchId, int? cycle, CancellationToken ct) => await ReviewsPage(matchId, null, new ReviewInput(), ct, cycle);

    [HttpPost("Reviews/{outcomeId:int}")]
    public async Task<IActionResult> RecordReview(int matchId, int outcomeId, ReviewInput input, CancellationToken ct) =>
        await this.SubmitAsync(reviewValidator, input, async () =>
        {
            var changed = await record.RecordReviewAsync(await currentUser.ActorAsync(), matchId, outcomeId, input.Stage!.Value, input.Standing!.Value,
                input.Comment, ct);
            TempData["Status"] = changed ? $"The {input.Stage!.Value.DisplayName().ToLowerInvariant()} of the outcome is recorded." : "This standing is recorded already.";
            return RedirectToAction(nameof(Reviews), new { matchId });
        }, () => ReviewsPage(matchId, outcomeId, input, ct));

    /// <summary>The engagement's calendar: steps with their dates, hours a month against the plan, and its cycles.</summary>
    [HttpGet("Schedule")]
    public async Task<IActionResult> Schedule(int matchId, CancellationToken ct) => await SchedulePage(matchId, null, null, ct);

    [HttpPost("Schedule")]
    public async Task<IActionResult> ChangeSchedule(int matchId, ScheduleInput input, CancellationToken ct) =>
        await this.SubmitAsync(scheduleValidator, input, async () =>
        {
            await schedule.ChangeAsync(await currentUser.ActorAsync(), matchId, input.StartsOn!.Value, input.HoursPerMonth!.Value,
                input.MeetingsAfterDays!.Value, input.StepDays(), ct);
            TempData["Status"] = "The engagement's calendar is saved; every step's date follows from its start.";
            return RedirectToAction(nameof(Schedule), new { matchId });
        }, () => SchedulePage(matchId, input, null, ct));

    /// <summary>The end-of-program review closes the cycle named in the route: the leader continues alone, or it renews.</summary>
    [HttpPost("Schedule/Cycles/{cycle:int}/Close")]
    public async Task<IActionResult> CloseCycle(int matchId, int cycle, CloseCycleInput input, CancellationToken ct) =>
        await this.SubmitAsync(closeValidator, input, async () =>
        {
            var closed = await schedule.CloseCycleAsync(await currentUser.ActorAsync(), matchId, cycle, input.Decision!.Value, input.Summary, ct);
            TempData["Status"] = !closed ? "This cycle is closed already; its first closing stands."
                : input.Decision == CycleDecision.Renew
                    ? $"The engagement renews: cycle {cycle + 1} starts today. Define its outcomes with the leader and the sponsors."
                    : "The engagement is complete: the leader continues alone. Its record stays readable.";
            return RedirectToAction(nameof(Schedule), new { matchId });
        }, () => SchedulePage(matchId, null, input, ct));

    private async Task<IActionResult> SchedulePage(int matchId, ScheduleInput? input, CloseCycleInput? close, CancellationToken ct)
    {
        var page = await schedule.PageAsync(await currentUser.ActorAsync(), matchId, ct);
        ViewData["Page"] = page;
        ViewData["Close"] = close ?? new CloseCycleInput();
        return View("Schedule", input ?? new ScheduleInput
        {
            StartsOn = page.Schedule.StartsOn, HoursPerMonth = page.Schedule.HoursPerMonth, MeetingsAfterDays = page.Schedule.MeetingsAfterDays,
            Steps = page.Steps.Where(s => s.DaysAfterStart is not null && s.Movable).Select(s => new StepDaysInput { MilestoneId = s.MilestoneId, Days = s.DaysAfterStart }).ToList(),
        });
    }

    private async Task<IActionResult> ReviewsPage(int matchId, int? failedOutcome, ReviewInput input, CancellationToken ct, int? cycle = null)
    {
        ViewData["Page"] = await record.ReviewsAsync(await currentUser.ActorAsync(), matchId, cycle, ct);
        ViewData["FailedOutcome"] = failedOutcome;
        return View("Reviews", input);
    }

    private async Task<IActionResult> OutcomesPage(int matchId, OutcomeInput input, CancellationToken ct)
    {
        ViewData["Page"] = await record.OutcomesAsync(await currentUser.ActorAsync(), matchId, ct);
        return View("Outcomes", input);
    }

    private ViewResult OutcomeForm(ExecutiveEngagement engagement, ProgramOutcome outcome, OutcomeInput input)
    {
        ViewData["Engagement"] = engagement;
        ViewData["Outcome"] = outcome;
        return View("EditOutcome", input);
    }

    private async Task<IActionResult> InterviewsPage(int matchId, InterviewInput input, CancellationToken ct)
    {
        ViewData["Page"] = await record.InterviewsAsync(await currentUser.ActorAsync(), matchId, ct);
        return View("Interviews", input);
    }

    private async Task<IActionResult> PlanPage(int matchId, int? version, PlanInput? input, CancellationToken ct)
    {
        var page = await record.PlanAsync(await currentUser.ActorAsync(), matchId, version, ct);
        ViewData["Page"] = page;
        var current = page.ShowsCurrent ? page.Shown : null;
        return View("Plan", input ?? new PlanInput
        {
            Themes = current?.Themes, Practices = current?.Practices, Exercises = current?.Exercises, Reading = current?.Reading,
        });
    }

    /// <summary>A button's change, then back to the page with what happened, or the broken rule in words.</summary>
    private async Task<IActionResult> Act(int matchId, string page, Func<Actor, Task<string>> change)
    {
        try
        {
            TempData["Status"] = await change(await currentUser.ActorAsync());
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction(page, new { matchId });
    }
}
