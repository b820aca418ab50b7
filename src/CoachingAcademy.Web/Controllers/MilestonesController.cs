using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Cohorts;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Directors add, edit, reorder and delete the steps of a cohort's schedule (the academy's milestones).</summary>
[Authorize(Roles = Roles.Director)]
public sealed class MilestonesController(CohortService cohorts, CohortQueries queries, AppDbContext db, IValidator<MilestoneInput> validator)
    : Controller
{
    [HttpGet("/Cohorts/{cohortId:int}/Milestones/Add")]
    public async Task<IActionResult> Add(int cohortId, CancellationToken ct) =>
        await ShowAsync(cohortId, null, new MilestoneInput { Kind = StepKind.Conversation }, ct);

    [HttpPost("/Cohorts/{cohortId:int}/Milestones/Add")]
    public Task<IActionResult> Add(int cohortId, MilestoneInput input, CancellationToken ct) =>
        this.SubmitAsync(validator, input, async () =>
        {
            await cohorts.AddMilestoneAsync(cohortId, input.Name!, input.Description ?? "", input.Due, input.StepKind, ct);
            TempData["Status"] = $"{input.Name!.Trim()} is added at the end of the schedule.";
            return RedirectToAction("Details", "Cohorts", new { id = cohortId });
        }, () => ShowAsync(cohortId, null, input, ct));

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var milestone = await db.Milestones.Where(m => m.Id == id)
            .Select(m => new { m.CohortId, Input = new MilestoneInput { Name = m.Name, Description = m.Description, Kind = m.Kind, DueDate = m.DueDate, DaysAfterStart = m.DaysAfterStart, AfterStepId = m.AfterStepId } })
            .SingleOrDefaultAsync(ct);
        return milestone is null ? NotFound() : await ShowAsync(milestone.CohortId, id, milestone.Input, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, MilestoneInput input, CancellationToken ct)
    {
        var cohortId = await CohortOfAsync(id, ct);
        return await this.SubmitAsync(validator, input, async () =>
        {
            await cohorts.UpdateMilestoneAsync(id, input.Name!, input.Description ?? "", input.Due, input.StepKind, ct);
            TempData["Status"] = $"{input.Name!.Trim()} is saved.";
            return RedirectToAction("Details", "Cohorts", new { id = cohortId });
        }, () => ShowAsync(cohortId, id, input, ct));
    }

    /// <summary>Moves a milestone one place up (by = -1) or down (by = 1).</summary>
    [HttpPost]
    public async Task<IActionResult> Move(int id, int by, CancellationToken ct)
    {
        var cohortId = await CohortOfAsync(id, ct);
        await ReportAsync(() => cohorts.MoveMilestoneAsync(id, by, ct), by < 0 ? "The milestone moved up." : "The milestone moved down.");
        return RedirectToAction("Details", "Cohorts", new { id = cohortId });
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var cohortId = await CohortOfAsync(id, ct);
        await ReportAsync(() => cohorts.RemoveMilestoneAsync(id, ct), "The milestone is deleted. Sessions logged for it stay, without a milestone.");
        return RedirectToAction("Details", "Cohorts", new { id = cohortId });
    }

    private async Task ReportAsync(Func<Task> change, string done)
    {
        try
        {
            await change();
            TempData["Status"] = done;
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
    }

    private async Task<int> CohortOfAsync(int milestoneId, CancellationToken ct) =>
        await db.Milestones.Where(m => m.Id == milestoneId).Select(m => (int?)m.CohortId).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

    private async Task<IActionResult> ShowAsync(int cohortId, int? milestoneId, MilestoneInput input, CancellationToken ct)
    {
        var cohort = await queries.HeaderAsync(cohortId, ct);
        if (cohort is null)
            return NotFound();
        ViewData["Cohort"] = cohort;
        ViewData["MilestoneId"] = milestoneId;
        var steps = await db.Milestones.Where(m => m.CohortId == cohortId && m.Id != milestoneId).OrderBy(m => m.Order)
            .Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        ViewData["Steps"] = steps.Select(s => (s.Id, s.Name)).ToList();
        // The cohort's rules say how new steps are dated; a step keeps the way it was dated when it is edited.
        ViewData["Relative"] = input.DaysAfterStart is not null
            || (input.DueDate is null && await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Rules.StepDates).SingleAsync(ct) == StepDates.FromEngagementStart);
        return View("Form", input);
    }
}
