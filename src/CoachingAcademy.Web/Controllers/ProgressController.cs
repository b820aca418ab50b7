using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>The directors' view of a cohort: which milestones each pair has met. Never what was said.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class ProgressController(ProgressQueries progress) : Controller
{
    [HttpGet("/Progress/Cohort/{id:int}")]
    public async Task<IActionResult> Cohort(int id, ProgressFilter filter = ProgressFilter.All, int page = 1, CancellationToken ct = default) =>
        await progress.ForCohortAsync(id, filter, page, ct: ct) is { } model ? View(model) : NotFound();
}
