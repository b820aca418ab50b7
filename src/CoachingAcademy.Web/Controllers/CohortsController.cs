using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Cohorts;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Directors create a cohort of a kind, change its dates and rules, archive or reopen it; its page shows the whole schedule.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class CohortsController(CohortService cohorts, CohortQueries queries, IValidator<CohortInput> validator,
    IValidator<RulesInput> rulesValidator) : Controller
{
    [HttpGet]
    public IActionResult Create() => View("Form", new CohortInput());

    [HttpPost]
    public Task<IActionResult> Create(CohortInput input, CancellationToken ct) =>
        this.SubmitAsync(validator, input, async () =>
        {
            var id = await cohorts.CreateAsync(input.ToPlan(), input.Kind!.Value, ct);
            TempData["Status"] = $"{input.Name!.Trim()} is created ({input.Kind.Value.DisplayName()}), with its rules and steps prefilled. Adjust them below.";
            return RedirectToAction(nameof(Details), new { id });
        }, () => View("Form", input));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await queries.DetailsAsync(id, ct) is { } cohort ? View(cohort) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var cohort = await queries.DetailsAsync(id, ct);
        if (cohort is null)
            return NotFound();
        ViewData["CohortId"] = id;
        return View("Form", CohortInput.From(cohort));
    }

    [HttpPost]
    public Task<IActionResult> Edit(int id, CohortInput input, CancellationToken ct)
    {
        ViewData["CohortId"] = id;
        return this.SubmitAsync(validator, input, async () =>
        {
            await cohorts.UpdateAsync(id, input.ToPlan(), ct);
            TempData["Status"] = "The cohort's dates are saved.";
            return RedirectToAction(nameof(Details), new { id });
        }, () => View("Form", input));
    }

    [HttpGet]
    public async Task<IActionResult> Rules(int id, CancellationToken ct)
    {
        var cohort = await queries.DetailsAsync(id, ct);
        if (cohort is null)
            return NotFound();
        ViewData["Cohort"] = cohort;
        return View(RulesInput.From(cohort.Rules));
    }

    [HttpPost]
    public Task<IActionResult> Rules(int id, RulesInput input, CancellationToken ct) =>
        this.SubmitAsync(rulesValidator, input, async () =>
        {
            await cohorts.ChangeRulesAsync(id, input.ApplyTo, ct);
            TempData["Status"] = "The cohort's rules are saved. Every check from now on follows them; matches already active stay as they are.";
            return RedirectToAction(nameof(Details), new { id });
        }, async () =>
        {
            var cohort = await queries.DetailsAsync(id, ct);
            if (cohort is null)
                return NotFound();
            ViewData["Cohort"] = cohort;
            return View(input);
        });

    [HttpPost]
    public async Task<IActionResult> Archive(int id, CancellationToken ct)
    {
        await cohorts.SetArchivedAsync(id, true, ct);
        TempData["Status"] = "The cohort is archived. Its records stay; reopen it to change them.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Reopen(int id, CancellationToken ct)
    {
        await cohorts.SetArchivedAsync(id, false, ct);
        TempData["Status"] = "The cohort is open again.";
        return RedirectToAction(nameof(Details), new { id });
    }
}
