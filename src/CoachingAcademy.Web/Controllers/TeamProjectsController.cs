using CoachingAcademy.Core.Applications;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Teams;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// Seed 004: a peer team's projects, each with its SMART goal and a status each month. The team's members and the program
/// office read them; each member writes their own project's status for this month. Nobody else finds the team.
/// </summary>
[Authorize(Roles = Roles.Director + "," + Roles.Participant)]
[Route("Teams/{matchId:int}/Projects")]
public sealed class TeamProjectsController(CurrentUser currentUser, TeamProjects projects, IValidator<ProjectStatusInput> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int matchId, CancellationToken ct) => await Show(matchId, null, ct);

    [Authorize(Roles = Roles.Participant)]
    [HttpPost("")]
    public async Task<IActionResult> Index(int matchId, ProjectStatusInput input, CancellationToken ct) =>
        await this.SubmitAsync(validator, input, async () =>
        {
            await projects.WriteAsync(await currentUser.ActorAsync(), matchId, input.Text!, ct);
            TempData["Status"] = "Your project's status for this month is saved. Your team and the program office read it.";
            return RedirectToAction(nameof(Index), new { matchId });
        }, () => Show(matchId, input, ct));

    private async Task<IActionResult> Show(int matchId, ProjectStatusInput? input, CancellationToken ct)
    {
        var page = await projects.PageAsync(await currentUser.ActorAsync(), matchId, ct);
        ViewData["Input"] = input ?? new ProjectStatusInput { Text = page.ViewerThisMonth };
        return View("Index", page);
    }
}
