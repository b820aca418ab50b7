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
/// Seed 002's goals and assignments of one engagement, for its coach and client only. The organisation's approver may
/// ask, and like anyone who is not one of the pair gets 404: the service checks membership on every request, and the
/// record changed always comes from the route.
/// </summary>
[Authorize(Roles = Roles.Coach + "," + Roles.Participant + "," + Roles.OrganisationApprover)]
[Route("Engagements/{matchId:int}")]
public sealed class EngagementWorkController(
    CurrentUser currentUser, EngagementWorkService work, IValidator<ChallengeInput> challengeValidator,
    IValidator<GoalInput> goalValidator, IValidator<AssignmentInput> assignmentValidator) : Controller
{
    [HttpGet("Goals")]
    public async Task<IActionResult> Goals(int matchId, CancellationToken ct) => await GoalsPage(matchId, null, ct);

    [HttpPost("Goals/Challenge")]
    public async Task<IActionResult> Challenge(int matchId, ChallengeInput input, CancellationToken ct) =>
        await this.SubmitAsync(challengeValidator, input, async () =>
        {
            await work.SetChallengeAsync(await currentUser.ActorAsync(), matchId, input.Challenge!, ct);
            TempData["Status"] = "Your challenge is saved.";
            return RedirectToAction(nameof(Goals), new { matchId });
        }, () => GoalsPage(matchId, new GoalsForm { Challenge = input.Challenge }, ct));

    [HttpPost("Goals")]
    public async Task<IActionResult> AddGoal(int matchId, GoalInput input, CancellationToken ct) =>
        await this.SubmitAsync(goalValidator, input, async () =>
        {
            var added = await work.AddGoalAsync(await currentUser.ActorAsync(), matchId, input.Text!, ct);
            TempData["Status"] = added ? "The goal is added." : "This goal is on your list already.";
            return RedirectToAction(nameof(Goals), new { matchId });
        }, () => GoalsPage(matchId, new GoalsForm { Text = input.Text }, ct));

    [HttpGet("Goals/{goalId:int}/Edit")]
    public async Task<IActionResult> EditGoal(int matchId, int goalId, CancellationToken ct)
    {
        var (engagement, goal) = await work.GoalAsync(await currentUser.ActorAsync(), matchId, goalId, ct);
        return GoalForm(engagement, goal, new GoalInput { Text = goal.Text });
    }

    [HttpPost("Goals/{goalId:int}/Edit")]
    public async Task<IActionResult> EditGoal(int matchId, int goalId, GoalInput input, CancellationToken ct)
    {
        var actor = await currentUser.ActorAsync();
        var (engagement, goal) = await work.GoalAsync(actor, matchId, goalId, ct);
        return await this.SubmitAsync(goalValidator, input, async () =>
        {
            await work.RewriteGoalAsync(actor, matchId, goalId, input.Text!, ct);
            TempData["Status"] = "The goal is changed.";
            return RedirectToAction(nameof(Goals), new { matchId });
        }, () => GoalForm(engagement, goal, input));
    }

    [HttpPost("Goals/{goalId:int}/Mark")]
    public Task<IActionResult> MarkGoal(int matchId, int goalId, bool met, CancellationToken ct) =>
        Act(matchId, nameof(Goals), async actor =>
        {
            await work.MarkGoalAsync(actor, matchId, goalId, met, ct);
            return met ? "The goal is marked met." : "The goal is marked not met.";
        });

    [HttpPost("Goals/{goalId:int}/Remove")]
    public Task<IActionResult> RemoveGoal(int matchId, int goalId, CancellationToken ct) =>
        Act(matchId, nameof(Goals), async actor =>
        {
            await work.RemoveGoalAsync(actor, matchId, goalId, ct);
            return "The goal is removed.";
        });

    [HttpGet("Assignments")]
    public async Task<IActionResult> Assignments(int matchId, CancellationToken ct) =>
        await AssignmentsPage(matchId, new AssignmentInput(), ct);

    [HttpPost("Assignments")]
    public async Task<IActionResult> AddAssignment(int matchId, AssignmentInput input, CancellationToken ct) =>
        await this.SubmitAsync(assignmentValidator, input, async () =>
        {
            var added = await work.AddAssignmentAsync(await currentUser.ActorAsync(), matchId, input.Text!, input.DueOn!.Value, input.SessionId, ct);
            TempData["Status"] = added ? "The assignment is added." : "This assignment is on your list already.";
            return RedirectToAction(nameof(Assignments), new { matchId });
        }, () => AssignmentsPage(matchId, input, ct));

    [HttpPost("Assignments/{assignmentId:int}/Mark")]
    public Task<IActionResult> MarkAssignment(int matchId, int assignmentId, bool done, CancellationToken ct) =>
        Act(matchId, nameof(Assignments), async actor =>
        {
            await work.MarkAssignmentAsync(actor, matchId, assignmentId, done, ct);
            return done ? "The assignment is marked done." : "The assignment is open again.";
        });

    [HttpPost("Assignments/{assignmentId:int}/Remove")]
    public Task<IActionResult> RemoveAssignment(int matchId, int assignmentId, CancellationToken ct) =>
        Act(matchId, nameof(Assignments), async actor =>
        {
            await work.RemoveAssignmentAsync(actor, matchId, assignmentId, ct);
            return "The assignment is removed.";
        });

    private async Task<IActionResult> GoalsPage(int matchId, GoalsForm? form, CancellationToken ct)
    {
        var page = await work.GoalsAsync(await currentUser.ActorAsync(), matchId, ct);
        ViewData["Page"] = page;
        form ??= new GoalsForm();
        form.Challenge ??= page.Challenge;
        return View("Goals", form);
    }

    private ViewResult GoalForm(PairEngagement engagement, EngagementGoal goal, GoalInput input)
    {
        ViewData["Engagement"] = engagement;
        ViewData["Goal"] = goal;
        return View("EditGoal", input);
    }

    private async Task<IActionResult> AssignmentsPage(int matchId, AssignmentInput input, CancellationToken ct)
    {
        ViewData["Page"] = await work.AssignmentsAsync(await currentUser.ActorAsync(), matchId, ct);
        return View("Assignments", input);
    }

    /// <summary>A button's change, then back to the list with what happened, or the broken rule in words.</summary>
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
