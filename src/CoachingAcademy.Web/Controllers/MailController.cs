using CoachingAcademy.Core.Email;
using CoachingAcademy.Infrastructure.Email;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Development only: the messages the app wrote to its pickup folder, for a director to read.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class MailController(MailFolder folder, IEmailSender sender, IWebHostEnvironment environment, TimeProvider clock) : Controller
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

    /// <summary>Sends a test message to the signed-in director through whichever sender is configured.</summary>
    [HttpPost]
    public async Task<IActionResult> SendTest(CancellationToken ct)
    {
        var email = User.Identity?.Name ?? "";
        await sender.SendAsync(new TestEmail(email, email, clock.GetUtcNow()).Render(), ct);
        TempData["Status"] = $"A test message was sent to {email}.";
        return environment.IsDevelopment() ? RedirectToAction(nameof(Index)) : RedirectToAction("Index", "Home");
    }
}
