using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Exports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Rosters: a coach's own participants; a cohort's active matches for directors, on screen and as a CSV or Excel file.</summary>
public sealed class RosterController(CurrentUser currentUser, RosterQueries rosters, ProgressQueries progress, IAppDbContext db) : Controller
{
    [HttpGet, Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var rows = await rosters.ForCoachAsync((await currentUser.ActorAsync()).PersonId, ct);
        ViewData["Progress"] = await progress.ForMatchesAsync(rows.Select(r => r.MatchId).ToList(), ct);
        return View(rows);
    }

    [HttpGet("/Roster/Cohort/{id:int}"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Cohort(int id, int page = 1, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == id).Select(c => new { c.Name, c.TimeZoneId }).SingleOrDefaultAsync(ct);
        if (cohort is null)
            return NotFound();
        ViewData["CohortId"] = id;
        ViewData["CohortName"] = cohort.Name;
        ViewData["TimeZoneId"] = cohort.TimeZoneId;
        return View(await rosters.ForCohortAsync(id, page, ct: ct));
    }

    /// <summary>The roster as a file: <c>csv</c> or <c>xlsx</c> (the old <c>/csv</c> address is the first of them).</summary>
    [HttpGet("/Roster/Cohort/{id:int}/{format}"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Export(int id, string format, CancellationToken ct)
    {
        if (!TableExport.TryParse(format, out var parsed))
            return ExportResult.UnknownFormat(format);
        var cohort = await db.Cohorts.Where(c => c.Id == id).Select(c => new { c.Name, c.TimeZoneId }).SingleOrDefaultAsync(ct);
        if (cohort is null)
            return NotFound();
        return new ExportResult(CohortExports.Roster(cohort.Name, cohort.TimeZoneId, rosters.AllForCohort(id)), parsed);
    }
}
