using CoachingAcademy.Core.Applications;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Applications;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// Seed 004: a participant of a peer coaching circle applies on the program's form (once); the program office (directors) sees
/// every application of the cohort with its stage and accepts or declines those both approvers have approved.
/// </summary>
[Authorize(Roles = Roles.Director + "," + Roles.Participant)]
public sealed class ApplicationsController(CurrentUser currentUser, ApplicationService applications, IValidator<ApplicationInput> validator)
    : Controller
{
    [HttpGet("/Cohorts/{cohortId:int}/Application"), Authorize(Roles = Roles.Participant)]
    public async Task<IActionResult> Mine(int cohortId, CancellationToken ct)
    {
        var page = await applications.ForApplicantAsync(await currentUser.ActorAsync(), cohortId, ct);
        var input = new ApplicationInput { SupervisorName = page.SupervisorName, SupervisorEmail = page.SupervisorEmail };
        return Show(page, input);
    }

    [HttpPost("/Cohorts/{cohortId:int}/Application"), Authorize(Roles = Roles.Participant)]
    public async Task<IActionResult> Mine(int cohortId, ApplicationInput input, CancellationToken ct)
    {
        var actor = await currentUser.ActorAsync();
        var page = await applications.ForApplicantAsync(actor, cohortId, ct);
        if (page.Application is not null)
            return Redirect($"/Cohorts/{cohortId}/Application");   // sent already: the first stands
        return await this.SubmitAsync(validator, input, async () =>
        {
            await applications.SubmitAsync(actor, cohortId, input.ToForm(), ct);
            TempData["Status"] = "Your application is sent. Your supervisor has an email with a link to approve it; you are told of each step by email.";
            return Redirect($"/Cohorts/{cohortId}/Application");
        }, () => Show(page, input));
    }

    [HttpGet("/Cohorts/{cohortId:int}/Applications"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Index(int cohortId, int page = 1, CancellationToken ct = default) =>
        await applications.ListAsync(cohortId, page, ct: ct) is { } list ? View("Index", list) : NotFound();

    [HttpPost("/Cohorts/{cohortId:int}/Applications/{applicationId:int}/Decide"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Decide(int cohortId, int applicationId, ApplicationDecisionInput input, CancellationToken ct)
    {
        try
        {
            var application = await applications.DecideAsProgramAsync(await currentUser.ActorAsync(), cohortId, applicationId, input.Approve, input.Reason, ct);
            TempData["Status"] = application.Stage == ApplicationStage.Accepted
                ? "The application is accepted. The applicant is told by email."
                : "The application is declined. The applicant is told by email, with your reason.";
            return Redirect($"/Cohorts/{cohortId}/Applications");
        }
        catch (DomainException ex)
        {
            ModelState.AddRuleError(ex);
            ViewData["DecidingId"] = applicationId;
            ViewData["Reason"] = input.Reason;
            return await applications.ListAsync(cohortId, 1, ct: ct) is { } list ? View("Index", list) : NotFound();
        }
    }

    [HttpPost("/Cohorts/{cohortId:int}/Applications/{applicationId:int}/Resend"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Resend(int cohortId, int applicationId, CancellationToken ct)
    {
        var approver = await applications.ResendLinkAsync(await currentUser.ActorAsync(), cohortId, applicationId, ct);
        TempData["Status"] = $"A new link is sent to {approver}; the earlier links of this application no longer work.";
        return Redirect($"/Cohorts/{cohortId}/Applications");
    }

    private ViewResult Show(ApplicantPage page, ApplicationInput input)
    {
        ViewData["Page"] = page;
        return View("Mine", input);
    }
}

/// <summary>
/// Seed 004: the supervisor, then the division director, approves or declines an application through the one-time link emailed
/// to them, without signing in. They see the application and its stages, nothing of the meetings. The link works once, for
/// <see cref="ApplicationLink.ValidDays"/> days, while the application waits for them; otherwise it says why not.
/// </summary>
[AllowAnonymous]
[Route("Applications/Review")]
public sealed class ApplicationReviewController(ApplicationService applications, IValidator<ApplicationDecisionInput> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? token, CancellationToken ct)
    {
        try
        {
            return View("Review", await applications.OpenLinkAsync(token, ct));
        }
        catch (DomainException ex)
        {
            return Refused(ex.Message);
        }
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([FromQuery] string? token, ApplicationDecisionInput input, CancellationToken ct)
    {
        try
        {
            var linked = await applications.OpenLinkAsync(token, ct);
            ViewData["Reason"] = input.Reason;
            if (!await validator.ValidateIntoAsync(input, ModelState))
                return View("Review", linked);
            try
            {
                var application = await applications.DecideByLinkAsync(token, input.Approve, input.Concurs, input.Reason, ct);
                ViewData["Done"] = application.Stage switch
                {
                    ApplicationStage.Declined => $"You declined {linked.View.ApplicantName}'s application. They are told by email, with your reason.",
                    ApplicationStage.DivisionDirector => $"You approved {linked.View.ApplicantName}'s application. It now goes to the division director, {application.DirectorName}, and {linked.View.ApplicantName} is told.",
                    _ => $"You approved {linked.View.ApplicantName}'s application and concur with the project. It now goes to the program office, and {linked.View.ApplicantName} is told.",
                };
                return View("Decided");
            }
            catch (DomainException ex) when (ex.Field is not null)
            {
                ModelState.AddRuleError(ex);
                return View("Review", linked);
            }
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
