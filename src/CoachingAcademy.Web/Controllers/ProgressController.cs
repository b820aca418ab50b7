using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Exports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>The directors' view of a cohort: which milestones each pair has met, and its sessions as a file. Never what was said.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class ProgressController(ProgressQueries progress) : Controller
{
    [HttpGet("/Progress/Cohort/{id:int}")]
    public async Task<IActionResult> Cohort(int id, ProgressFilter filter = ProgressFilter.All, int page = 1, CancellationToken ct = default) =>
        await progress.ForCohortAsync(id, filter, page, ct: ct) is { } model ? View(model) : NotFound();

    /// <summary>The whole matrix as a file: <c>csv</c> or <c>xlsx</c>.</summary>
    [HttpGet("/Progress/Cohort/{id:int}/{format}")]
    public async Task<IActionResult> Export(int id, string format, CancellationToken ct)
    {
        if (!TableExport.TryParse(format, out var parsed))
            return ExportResult.UnknownFormat(format);
        return await progress.AllForCohortAsync(id, ct) is { } model ? new ExportResult(CohortExports.Progress(model), parsed) : NotFound();
    }

    /// <summary>Every session of the cohort as a file: when, how long, in what form, what came of it, late changes.</summary>
    [HttpGet("/Progress/Cohort/{id:int}/Sessions/{format}")]
    public async Task<IActionResult> Sessions(int id, string format, CancellationToken ct)
    {
        if (!TableExport.TryParse(format, out var parsed))
            return ExportResult.UnknownFormat(format);
        return await progress.SessionsOfCohortAsync(id, ct) is { } sessions ? new ExportResult(CohortExports.Sessions(sessions), parsed) : NotFound();
    }
}
