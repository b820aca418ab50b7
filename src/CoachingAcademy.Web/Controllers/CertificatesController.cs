using CoachingAcademy.Core.Certificates;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Certificates;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// Seed 004's certificates of completion. The program office (directors) sees who in a peer cohort qualifies and why not,
/// names the signing official and downloads any member's certificate; a member sees their own standing and downloads their
/// own. Nobody else reaches a certificate: the member is always the signed-in person or one named in a director's route.
/// </summary>
public sealed class CertificatesController(CurrentUser currentUser, CertificateService certificates, IValidator<SignerInput> validator) : Controller
{
    [Authorize(Roles = Roles.Director)]
    [HttpGet("/Cohorts/{cohortId:int}/Certificates")]
    public async Task<IActionResult> Cohort(int cohortId, int page = 1, CancellationToken ct = default) =>
        await CohortPage(cohortId, page, null, ct);

    [Authorize(Roles = Roles.Director)]
    [HttpPost("/Cohorts/{cohortId:int}/Certificates/Signer")]
    public async Task<IActionResult> Signer(int cohortId, SignerInput input, CancellationToken ct) =>
        await this.SubmitAsync(validator, input, async () =>
        {
            await certificates.NameSignerAsync(cohortId, input.Name, input.Title, ct);
            TempData["Status"] = $"The certificates are signed by {input.Name!.Trim()}, {input.Title!.Trim()}.";
            return RedirectToAction(nameof(Cohort), new { cohortId });
        }, () => CohortPage(cohortId, 1, input, ct));

    /// <summary>Tells each finished member's supervisor whether they completed the program, once.</summary>
    [Authorize(Roles = Roles.Director)]
    [HttpPost("/Cohorts/{cohortId:int}/Certificates/TellSupervisors")]
    public async Task<IActionResult> TellSupervisors(int cohortId, CancellationToken ct)
    {
        try
        {
            var told = await certificates.TellSupervisorsAsync(cohortId, ct);
            TempData["Status"] = told switch
            {
                0 => "Every supervisor of a finished team's member is told already, or no team has finished. Nobody was emailed.",
                1 => "1 supervisor is told by email how their member completed the program.",
                _ => $"{told} supervisors are told by email how their member completed the program.",
            };
        }
        catch (Core.Common.DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction(nameof(Cohort), new { cohortId });
    }

    [Authorize(Roles = Roles.Director)]
    [HttpGet("/Cohorts/{cohortId:int}/Certificates/{matchId:int}/{personId:int}")]
    public async Task<IActionResult> Download(int cohortId, int matchId, int personId, CancellationToken ct)
    {
        var (certificate, pdf) = await certificates.IssueAsync(cohortId, matchId, personId, ct);
        return File(pdf, "application/pdf", certificate.FileName);
    }

    /// <summary>The signed-in member's standing in their team, and their certificate when they qualify.</summary>
    [Authorize(Roles = Roles.Participant)]
    [HttpGet("/Certificate/{matchId:int}")]
    public async Task<IActionResult> Mine(int matchId, CancellationToken ct)
    {
        var (completion, signerNamed, given) = await certificates.StandingAsync(matchId, (await currentUser.ActorAsync()).PersonId, ct);
        ViewData["SignerNamed"] = signerNamed;
        ViewData["Given"] = given;
        return View(completion);
    }

    [Authorize(Roles = Roles.Participant)]
    [HttpGet("/Certificate/{matchId:int}/pdf")]
    public async Task<IActionResult> MinePdf(int matchId, CancellationToken ct)
    {
        var (certificate, pdf) = await certificates.IssueAsync(null, matchId, (await currentUser.ActorAsync()).PersonId, ct);
        return File(pdf, "application/pdf", certificate.FileName);
    }

    private async Task<IActionResult> CohortPage(int cohortId, int page, SignerInput? input, CancellationToken ct)
    {
        var view = await certificates.PageAsync(cohortId, page, ct: ct);
        if (view is null)
            return NotFound();
        ViewData["Page"] = view;
        return View("Cohort", input ?? new SignerInput { Name = view.SignerName, Title = view.SignerTitle });
    }
}
