using System.Globalization;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CsvHelper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Rosters: a coach's own participants; a cohort's active matches for directors, on screen and as CSV.</summary>
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

    [HttpGet("/Roster/Cohort/{id:int}/csv"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Csv(int id, CancellationToken ct)
    {
        var name = await db.Cohorts.Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(ct);
        if (name is null)
            return NotFound();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = Attachment($"{name} coaching roster.csv");
        await using var writer = new StreamWriter(Response.Body);
        // Escape leading =, +, - and @ so that a name cannot run as a spreadsheet formula.
        await using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        await csv.WriteRecordAsync(["Coach", "Coach email", "Coach title", "Coach agency", "Participant", "Participant email",
            "Participant title", "Participant agency", "Approved (UTC)", "Statement signed"], ct);
        await foreach (var r in rosters.AllForCohort(id).WithCancellation(ct))
        {
            await csv.WriteRecordAsync([r.CoachName, r.CoachEmail, r.CoachTitle, r.CoachAgency ?? "", r.ParticipantName, r.ParticipantEmail,
                r.ParticipantTitle, r.ParticipantAgency ?? "", r.ApprovedAtUtc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "",
                r.AgreementSigned ? "yes" : "no"], ct);
        }
        await csv.FlushAsync(ct);
        return new EmptyResult();
    }

    /// <summary>
    /// An attachment header for any cohort name: RFC 6266's <c>filename*</c> carries it in UTF-8 (accents, dashes, emoji),
    /// with an ASCII <c>filename</c> beside it; quotes, slashes and line breaks, which no file name should hold, are left out.
    /// </summary>
    private static string Attachment(string fileName)
    {
        var kept = new string(fileName.Select(c => char.IsControl(c) || "\\/:*?\"<>|".Contains(c) ? ' ' : c).ToArray());
        var safe = string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(safe);
        return header.ToString();
    }
}
