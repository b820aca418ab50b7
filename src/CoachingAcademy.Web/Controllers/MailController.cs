using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Infrastructure.Email;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Development only: the messages the app wrote to its pickup folder, for a director to read.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class MailController(
    MailFolder folder, EmailOutbox outbox, OutboxSender sender, IAppDbContext db, IWebHostEnvironment environment, TimeProvider clock) : Controller
{
    [HttpGet]
    public IActionResult Index(int page = 1) => environment.IsDevelopment() ? View(folder.List(page)) : NotFound();

    [HttpGet]
    public IActionResult Show(string id)
    {
        if (!environment.IsDevelopment())
            return NotFound();
        return folder.Find(id) is { } mail ? View(mail) : NotFound();
    }

    /// <summary>
    /// Sends a test message to the signed-in director through whichever sender is configured, and says at once whether
    /// the server took it. Like every email it goes through the outbox, which retries it if the server is away.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> SendTest(CancellationToken ct)
    {
        var email = User.Identity?.Name ?? "";
        var test = outbox.Add(new TestEmail(email, email, clock.GetUtcNow()));
        var claim = sender.ClaimUnsaved(test);
        await db.SaveChangesAsync(ct);
        if (await sender.SendNowAsync(claim, ct))
            TempData["Status"] = $"A test message was sent to {email}.";
        else
            TempData["Error"] = $"The mail server did not take the test message for {email}: "
                + (await db.OutgoingEmails.Where(e => e.Id == test.Id).Select(e => e.LastError).SingleAsync(ct) ?? "it is being sent by the outbox.")
                + " The outbox will try again.";
        return environment.IsDevelopment() ? RedirectToAction(nameof(Index)) : RedirectToAction("Index", "Home");
    }
}
