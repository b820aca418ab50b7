using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Every email the program sends (reminders, invitations, notices): sent, waiting, failed with its error, given up.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class OutboxController(OutboxQueries outbox) : Controller
{
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
