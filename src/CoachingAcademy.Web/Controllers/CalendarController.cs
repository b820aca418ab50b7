using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>A personal calendar subscription (secret address, revocable) with one's sessions and milestone deadlines.</summary>
[Authorize(Roles = Roles.Coach + "," + Roles.Participant)]
public sealed class CalendarController(CurrentUser currentUser, CalendarFeedService feeds) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var feed = await feeds.ActiveAsync((await currentUser.ActorAsync()).PersonId, ct);
        // The model is the address itself (a string, so the view is named explicitly).
        return View("Index", feed is null ? null : Url.Action(nameof(Feed), null, new { token = feed.Token }, Request.Scheme));
    }

    [HttpPost]
    public async Task<IActionResult> Renew(CancellationToken ct)
    {
        await feeds.RenewAsync((await currentUser.ActorAsync()).PersonId, ct);
        TempData["Status"] = "Your calendar address is ready. Any earlier address no longer works.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(CancellationToken ct)
    {
        await feeds.RevokeAsync((await currentUser.ActorAsync()).PersonId, ct);
        TempData["Status"] = "Your calendar address is turned off. Calendars subscribed to it stop updating.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Calendar apps fetch this without a login: the token in the address is the secret.</summary>
    [AllowAnonymous, HttpGet("/calendar/{token}.ics")]
    public async Task<IActionResult> Feed(string token, CancellationToken ct) =>
        token.Length is > 20 and < 80 && await feeds.RenderAsync(token, ct) is { } ics
            ? File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "coachingacademy.ics")
            : NotFound();
}
