using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Cohorts;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// An agency coordinator's view of one cohort: their agency's people in it with where each stands, and naming the agency's
/// coaches (program.md: coordinators name the agency's coaches). Another agency's people are neither shown nor reachable.
/// </summary>
[Authorize(Roles = Roles.AgencyCoordinator)]
public sealed class AgencyCohortController(
    CurrentUser currentUser, AgencyCohortQueries queries, CohortQueries cohorts, EnrollmentService enrollment, IValidator<NameCoachInput> validator)
    : Controller
{
    [HttpGet("/Cohorts/{cohortId:int}/Agency")]
    public async Task<IActionResult> Index(int cohortId, int page = 1, CancellationToken ct = default) =>
        await PageAsync(cohortId, page, new NameCoachInput(), ct);

    [HttpPost("/Cohorts/{cohortId:int}/Agency/Coaches")]
    public Task<IActionResult> NameCoach(int cohortId, NameCoachInput input, CancellationToken ct) =>
        this.SubmitAsync(validator, input, async () =>
        {
            var name = await enrollment.NameCoachAsync(await currentUser.ActorAsync(), cohortId, input.CoachId!.Value, ct);
            TempData["Status"] = $"{name} is a coach of this cohort. A new login gets an invitation to set a password; then they register for orientation where the cohort has it.";
            return RedirectToAction(nameof(Index), new { cohortId });
        }, () => PageAsync(cohortId, 1, input, ct));

    private async Task<IActionResult> PageAsync(int cohortId, int page, NameCoachInput input, CancellationToken ct)
    {
        var actor = await currentUser.ActorAsync();
        var cohort = await cohorts.HeaderAsync(cohortId, ct);
        if (cohort is null || actor.AgencyId is not int agencyId)
            return NotFound();
        var agency = cohort.IsArchived ? null
            : (await queries.ForAgencyAsync(agencyId, cohortId, page, PagedList<AgencyMember>.DefaultPageSize, ct)).SingleOrDefault();
        var choices = agency is { HasCoaches: true } ? await queries.CoachChoicesAsync(agencyId, cohortId, ct) : [];
        return View("Index", new AgencyCohortPage(cohort, agency, choices, input));
    }
}
