using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Every email the program sends (reminders, invitations, notices): sent, waiting, failed with its error, given up.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class OutboxController(OutboxQueries outbox, ReminderScanner reminders, SurveyScanner surveys) : Controller
{
    /// <summary>Runs the scan now, as the recurring job does every five minutes: what it records is never recorded twice.</summary>
    [HttpPost("/Outbox/Scan")]
    public async Task<IActionResult> Scan(CancellationToken ct)
    {
        var recorded = (await reminders.ScanAsync(ct)).Recorded;
        var asked = await surveys.ScanAsync(ct);
        TempData["Status"] = recorded + asked == 0
            ? "The scan found nothing new: every reminder due is already recorded, and every survey due already asked."
            : $"The scan recorded {recorded} {(recorded == 1 ? "reminder" : "reminders")} and {asked} survey {(asked == 1 ? "request or reminder" : "requests and reminders")}; they are being sent.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Index(EmailStatus? status, int page = 1, CancellationToken ct = default)
    {
        ViewData["Status"] = status;
        ViewData["Counts"] = await outbox.CountsAsync(ct);
        return View(await outbox.ListAsync(status, page, ct: ct));
    }

    [HttpPost]
    public async Task<IActionResult> Retry([FromRoute] int id, CancellationToken ct)
    {
        try
        {
            await outbox.RetryAsync(id, ct);
            TempData["Status"] = "The email is being sent again.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction(nameof(Index), new { status = EmailStatus.Failed });
    }
}
