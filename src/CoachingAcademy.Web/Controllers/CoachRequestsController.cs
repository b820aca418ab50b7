using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Network;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Seed 001: a participant picks a coach from a directory of eligible coaches; the coach accepts or declines.</summary>
public sealed class CoachRequestsController(CurrentUser currentUser, MatchQueries queries, MatchingService matching, NetworkQueries network)
    : Controller
{
    /// <summary>The directory: a coach network's searchable profiles (seed 001), or the academy's eligible coaches.</summary>
    [HttpGet, Authorize(Roles = Roles.Participant)]
    public async Task<IActionResult> Index(int? cohortId, string? where, string? form, int? area, int page = 1, CancellationToken ct = default)
    {
        var actor = await currentUser.ActorAsync();
        var id = cohortId ?? await queries.ParticipantCohortIdAsync(actor.PersonId, ct) ?? 0;
        ViewData["CohortId"] = id;
        if (await network.IsNetworkAsync(id, ct))
        {
            var contact = Enum.TryParse<ContactForms>(form, out var parsed) && ContactFormWords.Each.Contains(parsed) ? parsed : (ContactForms?)null;
            var filter = new DirectoryFilter(where is DirectoryFilter.Near or DirectoryFilter.Remote || NetworkRegions.IsKnown(where) ? where : null, contact, area);
            return View("Directory", await network.DirectoryAsync(actor.PersonId, id, filter, page, ct: ct) ?? throw new NotFoundException());
        }
        return View(await queries.EligibleCoachesAsync(actor.PersonId, id, ct));
    }

    [HttpPost, Authorize(Roles = Roles.Participant)]
    public async Task<IActionResult> Ask(int cohortId, int coachId, string? message, CancellationToken ct)
    {
        try
        {
            var match = await matching.RequestCoachAsync(await currentUser.ActorAsync(), cohortId, coachId, ct, message);
            TempData["Status"] = "Your request is sent. The coach answers by email or in the app, and you hear either way.";
            return RedirectToAction("Details", "Matches", new { id = match.Id });
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
            return RedirectToAction(nameof(Index), new { cohortId });
        }
    }

    /// <summary>The page the coach's email links to.</summary>
    [HttpGet("/Matches/Respond/{id:int}"), Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Respond(int id, CancellationToken ct) =>
        View(await queries.DetailsAsync(await currentUser.ActorAsync(), id, ct) is { ViewerIsCoach: true } details ? details : throw new NotFoundException());

    [HttpPost("/Matches/Respond/{id:int}"), Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Respond(int id, bool accept, CancellationToken ct)
    {
        try
        {
            var match = await matching.RespondAsync(await currentUser.ActorAsync(), id, accept, ct);
            TempData["Status"] = accept && match.IsExploring
                ? "You accepted. You begin with an exploratory call: schedule it together from the match's page."
                : accept && match.Status == MatchStatus.Active
                ? "You accepted. The match has started; you will both get an email."
                : accept
                ? "You accepted. The academy directors now approve the match; you will get an email."
                : "You declined. The participant can ask another coach.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction("Details", "Matches", new { id });
    }
}
