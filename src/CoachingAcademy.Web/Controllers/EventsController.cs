using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Events;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Events;
using CoachingAcademy.Web.Models.Exports;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// Seed 000: a cohort's graduation and coaches' debrief as directors run them: each event's time and place, its
/// invitations, the replies, and the coaches to recognise at graduation. Only for cohorts whose rules have them (404 otherwise).
/// </summary>
[Authorize(Roles = Roles.Director)]
public sealed class EventsController(CohortEventService events, CohortEventQueries queries, CurrentUser currentUser, IValidator<EventInput> validator)
    : Controller
{
    [HttpGet("/Cohorts/{cohortId:int}/Events")]
    public Task<IActionResult> Cohort(int cohortId, string? list = null, int page = 1, CancellationToken ct = default) =>
        ShowAsync(cohortId, Kind(list), page, null, null, ct);

    /// <summary>Sets the event's time and place; once invitations are out, a new time or place is emailed to everyone invited.</summary>
    [HttpPost("/Cohorts/{cohortId:int}/Events/{kind}")]
    public async Task<IActionResult> Save(int cohortId, string kind, EventInput input, CancellationToken ct)
    {
        if (Kind(kind) is not CohortEventKind parsed)
            return NotFound();
        return await this.SubmitAsync(validator, input, async () =>
        {
            var saved = await events.SaveAsync(await currentUser.ActorAsync(), cohortId, parsed, input.Date!.Value.ToDateTime(input.StartTime!.Value),
                input.Date.Value.ToDateTime(input.EndTime!.Value), input.Location!, ct);
            TempData["Status"] = saved switch
            {
                EventSave.Created => $"The {parsed.Words()} is set. Send its invitations when you are ready.",
                EventSave.Changed => $"The {parsed.Words()} is changed. Everyone invited is emailed the new details with an updated calendar invitation.",
                _ => $"Nothing to change: the {parsed.Words()} already has this time and place. Nobody was emailed.",
            };
            return Redirect($"/Cohorts/{cohortId}/Events");
        }, () => ShowAsync(cohortId, null, 1, parsed, input, ct));
    }

    /// <summary>Invites the people the event is for who are not invited yet: a second press (or a double submit) invites nobody twice.</summary>
    [HttpPost("/Cohorts/{cohortId:int}/Events/{kind}/Send")]
    public async Task<IActionResult> Send(int cohortId, string kind, CancellationToken ct)
    {
        if (Kind(kind) is not CohortEventKind parsed)
            return NotFound();
        try
        {
            var invited = await events.SendInvitationsAsync(await currentUser.ActorAsync(), cohortId, parsed, ct);
            TempData["Status"] = invited switch
            {
                0 => $"Everyone the {parsed.Words()} is for is already invited. Nobody was emailed.",
                1 => $"1 person is invited to the {parsed.Words()} by email, with a calendar invitation.",
                _ => $"{invited} people are invited to the {parsed.Words()} by email, each with a calendar invitation.",
            };
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return Redirect($"/Cohorts/{cohortId}/Events");
    }

    /// <summary>The coaches to recognise at graduation as a file: <c>csv</c> or <c>xlsx</c>.</summary>
    [HttpGet("/Cohorts/{cohortId:int}/Events/Recognise/{format}")]
    public async Task<IActionResult> Export(int cohortId, string format, CancellationToken ct)
    {
        if (!TableExport.TryParse(format, out var parsed))
            return ExportResult.UnknownFormat(format);
        return await queries.AllToRecogniseAsync(cohortId, ct) is { } coaches ? new ExportResult(CohortExports.CoachesToRecognise(coaches), parsed) : NotFound();
    }

    private static CohortEventKind? Kind(string? kind) =>
        Enum.TryParse<CohortEventKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(kind, out _) ? parsed : null;

    /// <summary>The page; after a refused form, that event's form shows what was posted with the messages next to its fields.</summary>
    private async Task<IActionResult> ShowAsync(int cohortId, CohortEventKind? list, int page, CohortEventKind? posted, EventInput? input, CancellationToken ct)
    {
        var model = await queries.ForCohortAsync(cohortId, list, page, ct: ct);
        if (model is null)
            return NotFound();
        ViewData["Posted"] = posted;
        ViewData["Input"] = input;
        return View("Cohort", model);
    }
}
