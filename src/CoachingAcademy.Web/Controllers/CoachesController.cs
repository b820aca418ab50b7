using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>A cohort's coaches and their orientation: who is cleared to coach, who is registered, who still has to be reminded.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class CoachesController(CoachOrientationQueries coaches, OrientationService orientation, CohortQueries cohorts) : Controller
{
    [HttpGet("/Cohorts/{cohortId:int}/Coaches")]
    public async Task<IActionResult> Index(int cohortId, CoachOrientation filter = CoachOrientation.All, int page = 1, CancellationToken ct = default)
    {
        var cohort = await cohorts.HeaderAsync(cohortId, ct);
        if (cohort is null)
            return NotFound();
        ViewData["Cohort"] = cohort;
        ViewData["Filter"] = Enum.IsDefined(filter) ? filter : CoachOrientation.All;
        return View(await coaches.ListAsync(cohortId, Enum.IsDefined(filter) ? filter : CoachOrientation.All, page, ct: ct));
    }

    [HttpPost("/Cohorts/{cohortId:int}/Coaches/{personId:int}/Remind")]
    public Task<IActionResult> Remind(int cohortId, int personId, CancellationToken ct) => RemindAsync(cohortId, personId, ct);

    [HttpPost("/Cohorts/{cohortId:int}/Coaches/RemindAll")]
    public Task<IActionResult> RemindAll(int cohortId, CancellationToken ct) => RemindAsync(cohortId, null, ct);

    private async Task<IActionResult> RemindAsync(int cohortId, int? personId, CancellationToken ct)
    {
        try
        {
            var count = await orientation.RemindUnregisteredAsync(cohortId, personId, ct);
            TempData["Status"] = count switch
            {
                0 => "Every coach of this cohort has an orientation seat; no one needed a reminder.",
                1 => "A reminder to register for orientation is on its way.",
                _ => $"{count} coaches are reminded to register for orientation.",
            };
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction(nameof(Index), new { cohortId, filter = CoachOrientation.NotRegistered });
    }
}
