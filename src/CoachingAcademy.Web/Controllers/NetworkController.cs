using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Network;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Network;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Seed 001: a network coach keeps their profile; directors review the profiles, pause one, and keep the areas of experience.</summary>
public sealed class NetworkController(CurrentUser currentUser, NetworkQueries queries, NetworkProfileService profiles,
    IValidator<ProfileInput> validator, IValidator<AreaInput> areaValidator, IValidator<RegionInput> regionValidator) : Controller
{
    [HttpGet("/Network/{cohortId:int}/Profile"), Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Profile(int cohortId, CancellationToken ct)
    {
        var form = await FormAsync(cohortId, ct);
        return View(ProfileInput.From(form.Details));
    }

    [HttpPost("/Network/{cohortId:int}/Profile"), Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Profile(int cohortId, ProfileInput input, CancellationToken ct)
    {
        await FormAsync(cohortId, ct);
        return await this.SubmitAsync(validator, input, async () =>
        {
            await profiles.SaveAsync(await currentUser.ActorAsync(), cohortId, input.ToDetails(), ct);
            TempData["Status"] = input.IsAvailable
                ? "Your profile is saved. Players of the network find you in its directory."
                : "Your profile is saved. It is paused: players do not find you until you mark yourself available again.";
            return RedirectToAction(nameof(Profile), new { cohortId });
        }, () => View(input));
    }

    /// <summary>A player's region, which "near me" in the directory compares; a refused one is shown next to the directory's field.</summary>
    [HttpPost("/Network/{cohortId:int}/Region"), Authorize(Roles = Roles.Participant)]
    public async Task<IActionResult> Region(int cohortId, RegionInput input, CancellationToken ct)
    {
        var actor = await currentUser.ActorAsync();
        var directory = await queries.DirectoryAsync(actor.PersonId, cohortId, new DirectoryFilter(null, null, null), 1, ct: ct)
            ?? throw new NotFoundException();
        return await this.SubmitAsync(regionValidator, input, async () =>
        {
            await profiles.SetPlayerRegionAsync(actor, cohortId, input.Region, ct);
            TempData["Status"] = $"Your region is {input.Region}: \"Near me\" lists the coaches there.";
            return Redirect($"/CoachRequests?cohortId={cohortId}&where=near");
        }, () =>
        {
            ViewData["CohortId"] = cohortId;
            return View("~/Views/CoachRequests/Directory.cshtml", directory);
        });
    }

    [HttpGet("/Network/{cohortId:int}/Coaches"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Coaches(int cohortId, int page = 1, CancellationToken ct = default) =>
        View(await queries.CoachListAsync(cohortId, page, ct: ct) ?? throw new NotFoundException());

    /// <summary>The network at a glance for its directors: coaches by availability, waiting requests, relationships by month;
    /// never the content of anything.</summary>
    [HttpGet("/Network/{cohortId:int}/Overview"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Overview(int cohortId, [FromServices] NetworkOverviewQueries overview, int page = 1, CancellationToken ct = default) =>
        View(await overview.ForCohortAsync(cohortId, page, ct: ct) ?? throw new NotFoundException());

    [HttpPost("/Network/Profiles/{id:int}/Pause"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Pause(int id, bool paused, CancellationToken ct)
    {
        var cohortId = await profiles.SetPausedAsync(id, paused, ct);
        TempData["Status"] = paused
            ? "The profile is paused: the directory no longer lists this coach, and the coach cannot lift the pause."
            : "The pause is lifted: the directory lists this coach again while they are available.";
        return RedirectToAction(nameof(Coaches), new { cohortId });
    }

    [HttpPost("/Network/{cohortId:int}/Areas"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> AddArea(int cohortId, AreaInput input, CancellationToken ct)
    {
        var list = await queries.CoachListAsync(cohortId, 1, ct: ct) ?? throw new NotFoundException();
        return await this.SubmitAsync(areaValidator, input, async () =>
        {
            await profiles.AddAreaAsync(cohortId, input.Name!, ct);
            TempData["Status"] = $"'{input.Name!.Trim()}' is on the list: coaches can choose it on their profile.";
            return RedirectToAction(nameof(Coaches), new { cohortId });
        }, () =>
        {
            ViewData["AreaName"] = input.Name;
            return View(nameof(Coaches), list);
        });
    }

    [HttpPost("/Network/{cohortId:int}/Areas/{areaId:int}/Remove"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> RemoveArea(int cohortId, int areaId, CancellationToken ct)
    {
        await profiles.RemoveAreaAsync(cohortId, areaId, ct);
        TempData["Status"] = "The area is removed from the list and from the profiles that chose it.";
        return RedirectToAction(nameof(Coaches), new { cohortId });
    }

    private async Task<CoachProfileForm> FormAsync(int cohortId, CancellationToken ct)
    {
        var form = await queries.ProfileFormAsync((await currentUser.ActorAsync()).PersonId, cohortId, ct) ?? throw new NotFoundException();
        ViewData["Form"] = form;
        return form;
    }
}
