using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Reminders;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Each cohort's reminder policy (the reminders themselves are in the outbox).</summary>
[Authorize(Roles = Roles.Director)]
public sealed class RemindersController(ReminderQueries reminders, IValidator<PolicyInput> validator) : Controller
{
    [HttpGet("/Reminders/Policy/{cohortId:int}")]
    public async Task<IActionResult> Policy(int cohortId, CancellationToken ct)
    {
        var policy = await reminders.PolicyAsync(cohortId, ct);
        if (policy is null)
            return NotFound();
        ViewData["CohortId"] = cohortId;
        return View(PolicyInput.From(policy));
    }

    [HttpPost("/Reminders/Policy/{cohortId:int}")]
    public async Task<IActionResult> Policy(int cohortId, PolicyInput input, CancellationToken ct)
    {
        ViewData["CohortId"] = cohortId;
        if (!await validator.ValidateIntoAsync(input, ModelState))
            return View(input);
        try
        {
            await reminders.SavePolicyAsync(cohortId, input.FirstMilestoneReminderDays!.Value, input.SecondMilestoneReminderDays!.Value,
                input.OverdueNoticeDays!.Value, input.SessionReminderHours!.Value, input.DigestDay!.Value, input.OrientationReminderDays!.Value, ct);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return View(input);
        }
        TempData["Status"] = "The reminder policy is saved. The next scan, within five minutes, follows it.";
        return RedirectToAction(nameof(Policy), new { cohortId });
    }
}
