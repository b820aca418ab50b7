using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// Seed 004: each member of a proposed peer team consents to it, or declines; the team forms when all have consented. Only
/// the team's own members find it; whoever answers is the signed-in member.
/// </summary>
[Authorize(Roles = Roles.Participant)]
[Route("Teams/{matchId:int}")]
public sealed class TeamConsentController(CurrentUser currentUser, MatchQueries queries, MatchingService matching) : Controller
{
    [HttpGet("Consent")]
    public async Task<IActionResult> Index(int matchId, CancellationToken ct) =>
        View(await queries.TeamConsentAsync((await currentUser.ActorAsync()).PersonId, matchId, ct) ?? throw new NotFoundException());

    [HttpPost("Consent")]
    public async Task<IActionResult> Consent(int matchId, CancellationToken ct)
    {
        var formed = await matching.ConsentToTeamAsync(await currentUser.ActorAsync(), matchId, ct);
        TempData["Status"] = formed ? "Everyone has consented: the team is formed, and its meetings are on your calendar."
            : "Your consent is recorded. The team forms when every member has consented.";
        return RedirectToAction(nameof(Index), new { matchId });
    }

    [HttpPost("Decline")]
    public async Task<IActionResult> Decline(int matchId, CancellationToken ct)
    {
        try
        {
            await matching.DeclineTeamAsync(await currentUser.ActorAsync(), matchId, ct);
            TempData["Status"] = "You declined the team: it does not form, and the program office will propose another.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction(nameof(Index), new { matchId });
    }
}
