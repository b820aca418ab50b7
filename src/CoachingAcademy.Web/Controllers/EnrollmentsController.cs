using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Cohorts;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>A cohort's people: enrolling one person, or a CSV file checked whole before anything is imported.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class EnrollmentsController(
    EnrollmentService enrollment, CohortQueries queries, IAccounts accounts,
    IValidator<EnrollInput> enrollValidator, IValidator<EnrollmentUpload> uploadValidator, IValidator<EnrollmentConfirm> confirmValidator)
    : Controller
{
    [HttpGet("/Cohorts/{cohortId:int}/People")]
    public async Task<IActionResult> Index(int cohortId, EnrollmentRole? role, int page = 1, CancellationToken ct = default) =>
        await ListAsync(cohortId, role, page, new EnrollInput { Role = EnrollmentRole.Participant }, ct);

    [HttpPost("/Cohorts/{cohortId:int}/People/Enroll")]
    public async Task<IActionResult> Enroll(int cohortId, EnrollInput input, CancellationToken ct)
    {
        if (!await enrollValidator.ValidateIntoAsync(input, ModelState))
            return await ListAsync(cohortId, null, 1, input, ct);
        try
        {
            var name = await enrollment.EnrollAsync(cohortId, input.Email!, input.Role!.Value, ct);
            TempData["Status"] = $"{name} is enrolled as a {input.Role.Value.ToString().ToLowerInvariant()}.";
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(EnrollInput.Email), ex.Message);
            return await ListAsync(cohortId, null, 1, input, ct);
        }
        return RedirectToAction(nameof(Index), new { cohortId });
    }

    [HttpPost("/Cohorts/{cohortId:int}/People/{personId:int}/Withdraw")]
    public async Task<IActionResult> Withdraw(int cohortId, int personId, CancellationToken ct)
    {
        try
        {
            TempData["Status"] = $"{await enrollment.WithdrawAsync(cohortId, personId, ct)} is no longer enrolled in this cohort.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction(nameof(Index), new { cohortId });
    }

    /// <summary>Checks a file and shows every line with its errors; nothing is saved.</summary>
    [HttpPost("/Cohorts/{cohortId:int}/People/Upload")]
    public async Task<IActionResult> Upload(int cohortId, EnrollmentUpload input, CancellationToken ct)
    {
        if (!await uploadValidator.ValidateIntoAsync(input, ModelState))
            return await ListAsync(cohortId, null, 1, new EnrollInput { Role = EnrollmentRole.Participant }, ct);
        using var bytes = new MemoryStream();
        await input.File!.CopyToAsync(bytes, ct);
        string csv;
        try
        {
            csv = EnrollmentFile.Decode(bytes.ToArray());
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(EnrollmentUpload.File), ex.Message);
            return await ListAsync(cohortId, null, 1, new EnrollInput { Role = EnrollmentRole.Participant }, ct);
        }
        return await PreviewAsync(cohortId, csv, ct);
    }

    /// <summary>Imports the checked file: all of it, after checking it again, or nothing.</summary>
    [HttpPost("/Cohorts/{cohortId:int}/People/Import")]
    public async Task<IActionResult> Import(int cohortId, EnrollmentConfirm input, CancellationToken ct)
    {
        // The file travels in a hidden field: its errors are shown above the forms, not next to a field the page lacks.
        if (!await confirmValidator.ValidateIntoAsync(input, ModelState, prefix: "", fieldless: true))
            return await ListAsync(cohortId, null, 1, new EnrollInput { Role = EnrollmentRole.Participant }, ct);
        try
        {
            var count = await enrollment.ImportAsync(cohortId, input.Csv!, ct);
            TempData["Status"] = $"{count} {(count == 1 ? "person is" : "people are")} enrolled. Everyone new gets an invitation to set their password.";
            return RedirectToAction(nameof(Index), new { cohortId });
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return await PreviewAsync(cohortId, input.Csv!, ct);
        }
    }

    private async Task<IActionResult> PreviewAsync(int cohortId, string csv, CancellationToken ct)
    {
        var cohort = await queries.HeaderAsync(cohortId, ct);
        if (cohort is null)
            return NotFound();
        ViewData["Cohort"] = cohort;
        try
        {
            var preview = await enrollment.PreviewAsync(cohortId, csv, ct);
            if (!preview.IsValid)
                ModelState.AddModelError("", $"{preview.ErrorCount} error(s) in the file: correct them and upload it again. Nothing was imported.");
            ViewData["Csv"] = csv;
            return View("Preview", preview);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(EnrollmentUpload.File), ex.Message);
            return await ListAsync(cohortId, null, 1, new EnrollInput { Role = EnrollmentRole.Participant }, ct);
        }
    }

    private async Task<IActionResult> ListAsync(int cohortId, EnrollmentRole? role, int page, EnrollInput input, CancellationToken ct)
    {
        var cohort = await queries.HeaderAsync(cohortId, ct);
        if (cohort is null)
            return NotFound();
        var people = await queries.EnrollmentsAsync(cohortId, role is not null && Enum.IsDefined(role.Value) ? role : null, page, ct: ct);
        ViewData["Cohort"] = cohort;
        ViewData["Role"] = role;
        ViewData["Pending"] = await accounts.PendingInvitationsAsync(people.Items.Select(p => p.PersonId).ToList(), ct);
        ViewData["Enroll"] = input;
        return View("Index", people);
    }
}
