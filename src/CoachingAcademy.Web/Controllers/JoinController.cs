using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Network;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Network;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// Seed 001: volunteer coaches and players register themselves with a coach network. The sign-up emails a one-time link
/// (it works once, for <see cref="NetworkSignUp.ValidHours"/> hours); following it, they choose a password and are in.
/// </summary>
[AllowAnonymous]
public sealed class JoinController(NetworkSignUpService signUps, SignInManager<ApplicationUser> signIn, IValidator<SignUpInput> validator,
    IValidator<ConfirmSignUpInput> passwordValidator) : Controller
{
    [HttpGet("/Join/{cohortId:int}")]
    public async Task<IActionResult> Index(int cohortId, CancellationToken ct)
    {
        ViewData["Cohort"] = await signUps.CohortAsync(cohortId, ct);
        return View(new SignUpInput());
    }

    [HttpPost("/Join/{cohortId:int}")]
    public async Task<IActionResult> Index(int cohortId, SignUpInput input, CancellationToken ct)
    {
        var cohort = await signUps.CohortAsync(cohortId, ct);
        ViewData["Cohort"] = cohort;
        return await this.SubmitAsync(validator, input, async () =>
        {
            var role = input.JoinAs == SignUpInput.Coach ? EnrollmentRole.Coach : EnrollmentRole.Participant;
            await signUps.SignUpAsync(cohortId, role, input.FullName!, input.Email!, input.Region!, ct);
            TempData["SignUpEmail"] = input.Email!.Trim();
            return Redirect($"/Join/{cohortId}/Sent");
        }, () => View(input));
    }

    /// <summary>Where a sign-up lands: the same words whether the address was new or already had an account.</summary>
    [HttpGet("/Join/{cohortId:int}/Sent")]
    public async Task<IActionResult> Sent(int cohortId, CancellationToken ct)
    {
        ViewData["Cohort"] = await signUps.CohortAsync(cohortId, ct);
        ViewData["Email"] = TempData["SignUpEmail"] as string ?? "you";
        return View("CheckYourEmail");
    }

    [HttpGet("/Join/Confirm")]
    public async Task<IActionResult> Confirm([FromQuery] string? token, CancellationToken ct)
    {
        try
        {
            ViewData["SignUp"] = await signUps.OpenAsync(token, ct);
            return View(new ConfirmSignUpInput());
        }
        catch (DomainException ex)
        {
            return Refused(ex.Message);
        }
    }

    [HttpPost("/Join/Confirm")]
    public async Task<IActionResult> Confirm([FromQuery] string? token, ConfirmSignUpInput input, CancellationToken ct)
    {
        try
        {
            var opened = await signUps.OpenAsync(token, ct);
            ViewData["SignUp"] = opened;
            if (!await passwordValidator.ValidateIntoAsync(input, ModelState))
                return View(input);
            var problems = await signUps.PasswordProblemsAsync(opened.Email, input.Password!, ct);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                    ModelState.AddModelError(nameof(ConfirmSignUpInput.Password), problem);
                return View(input);
            }
            var confirmed = await signUps.ConfirmAsync(token, input.Password!, ct);
            await signIn.SignOutAsync();
            if (await signIn.UserManager.FindByNameAsync(confirmed.Email) is { } user)
                await signIn.SignInAsync(user, isPersistent: false);
            if (confirmed.Role == EnrollmentRole.Coach)
            {
                TempData["Status"] = $"Welcome to {opened.CohortName}: your email is confirmed and you are signed in. Fill in your profile so that players can find you.";
                return Redirect($"/Network/{confirmed.CohortId}/Profile");
            }
            TempData["Status"] = $"Welcome to {opened.CohortName}: your email is confirmed and you are signed in. Find a coach in the directory.";
            return Redirect($"/CoachRequests?cohortId={confirmed.CohortId}");
        }
        catch (DomainException ex)
        {
            return Refused(ex.Message);
        }
    }

    private ViewResult Refused(string why)
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        ViewData["Why"] = why;
        return View("Refused");
    }
}
