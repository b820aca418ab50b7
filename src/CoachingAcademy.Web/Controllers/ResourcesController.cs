using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Resources;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>A cohort's resources as directors keep them: links and files for its coaches, its participants or everyone
/// (see <see cref="ResourceDownloadsController"/> for the downloads).</summary>
[Authorize(Roles = Roles.Director)]
public sealed class ResourcesController(
    ResourceService resources, ResourceQueries queries, CohortQueries cohorts, CurrentUser currentUser, IValidator<ResourceInput> validator)
    : Controller
{
    [HttpGet("/Cohorts/{cohortId:int}/Resources")]
    public Task<IActionResult> Cohort(int cohortId, int page = 1, CancellationToken ct = default) =>
        ShowAsync(cohortId, page, new ResourceInput { Audience = ResourceAudience.Everyone }, ct);

    [HttpPost("/Cohorts/{cohortId:int}/Resources")]
    public Task<IActionResult> Add(int cohortId, ResourceInput input, CancellationToken ct) =>
        this.SubmitAsync(validator, input, async () =>
        {
            var by = (await currentUser.ActorAsync()).PersonId;
            var added = input.File is { } file
                ? await resources.AddFileAsync(cohortId, input.Title!, input.Description, input.Audience!.Value, file.FileName, await ReadAsync(file, ct), by, ct, input.MilestoneId)
                : await resources.AddLinkAsync(cohortId, input.Title!, input.Description, input.Audience!.Value, input.Url!, by, ct, input.MilestoneId);
            TempData["Status"] = added.AlreadyAdded
                ? $"\"{input.Title!.Trim()}\" was already added; it is listed once."
                : $"\"{input.Title!.Trim()}\" is added for {ResourceWords.Of(input.Audience.Value).ToLowerInvariant()}.";
            return Redirect($"/Cohorts/{cohortId}/Resources");
        }, () => ShowAsync(cohortId, 1, input, ct));

    [HttpPost("/Cohorts/{cohortId:int}/Resources/{id:int}/Remove")]
    public async Task<IActionResult> Remove(int cohortId, int id, CancellationToken ct)
    {
        try
        {
            TempData["Status"] = await resources.RemoveAsync(cohortId, id, ct)
                ? "The resource is removed, its file with it."
                : "This resource was already removed.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return Redirect($"/Cohorts/{cohortId}/Resources");
    }

    /// <summary>The file's bytes: at most the configured size, which the validator checked before.</summary>
    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var bytes = new MemoryStream((int)file.Length);
        await file.CopyToAsync(bytes, ct);
        return bytes.ToArray();
    }

    private async Task<IActionResult> ShowAsync(int cohortId, int page, ResourceInput input, CancellationToken ct)
    {
        var cohort = await cohorts.HeaderAsync(cohortId, ct);
        if (cohort is null)
            return NotFound();
        ViewData["Cohort"] = cohort;
        ViewData["Resources"] = await queries.ForCohortAsync(cohortId, page, ct: ct);
        ViewData["Steps"] = await queries.StepsAsync(cohortId, ct);
        ViewData["MaxMegabytes"] = (int)(resources.MaxFileBytes / (1024 * 1024));
        return View("Cohort", input);
    }
}
