using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Teams;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Seed 004: a director forms a peer coaching cohort's teams of equal members and follows them.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class TeamsController(CurrentUser currentUser, MatchQueries queries, MatchingService matching, CohortService cohorts,
    IValidator<TeamInput> validator, IValidator<GuestInput> guestValidator) : Controller
{
    [HttpGet("/Cohorts/{cohortId:int}/Teams")]
    public async Task<IActionResult> Index(int cohortId, int page = 1, CancellationToken ct = default) =>
        await ShowAsync(cohortId, page, new TeamInput(), ct);

    [HttpPost("/Cohorts/{cohortId:int}/Teams")]
    public Task<IActionResult> Index(int cohortId, TeamInput input, CancellationToken ct) =>
        this.SubmitAsync(validator, input, async () =>
        {
            var team = await matching.FormPeerTeamAsync(await currentUser.ActorAsync(), cohortId, input.PeerIds, ct);
            TempData["Status"] = team.Status == MatchStatus.Active ? $"This team is formed already ({team.Members.Count} members)."
                : $"The team is proposed ({team.Members.Count} members). Each member is asked by email to consent; it forms when all have.";
            return Redirect($"/Cohorts/{cohortId}/Teams");
        }, () => ShowAsync(cohortId, 1, input, ct));

    /// <summary>Names the guest the teams invite to their meetings (seed 004's Branch Deputy).</summary>
    [HttpPost("/Cohorts/{cohortId:int}/Teams/Guest")]
    public Task<IActionResult> Guest(int cohortId, GuestInput input, CancellationToken ct) =>
        this.SubmitAsync(guestValidator, input, async () =>
        {
            await cohorts.NameMeetingGuestAsync(cohortId, input.Name, input.Title, input.Email, ct);
            TempData["Status"] = $"{input.Name!.Trim()} ({input.Title!.Trim()}) is the meetings' guest: each team invites them from its meetings page.";
            return Redirect($"/Cohorts/{cohortId}/Teams");
        }, () => ShowAsync(cohortId, 1, new TeamInput(), ct, input));

    private async Task<IActionResult> ShowAsync(int cohortId, int page, TeamInput input, CancellationToken ct, GuestInput? guest = null)
    {
        var teams = await queries.TeamsAsync(cohortId, page, ct: ct);
        if (teams is null)
            return NotFound();
        if (teams.Rules.Shape != EngagementShape.PeerTeam)
            return NotFound();
        ViewData["Teams"] = teams;
        ViewData["Guest"] = guest ?? new GuestInput { Name = teams.GuestName, Title = teams.GuestTitle, Email = teams.GuestEmail };
        return View("Index", input);
    }
}
