using CoachingAcademy.Core.Resources;
using CoachingAcademy.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// A resource's file, for a director or for someone enrolled in its cohort in a role its audience includes. Anyone else finds
/// no such resource. The file is always an attachment of the type recognized when it was added, never sniffed.
/// </summary>
[Authorize]
public sealed class ResourceDownloadsController(CurrentUser currentUser, ResourceQueries queries, IResourceFiles files,
    ILogger<ResourceDownloadsController> logger) : Controller
{
    [HttpGet("/Resources/{id:int}")]
    public async Task<IActionResult> Download(int id, CancellationToken ct)
    {
        var download = await queries.DownloadAsync(id, await currentUser.ActorAsync(), ct);
        if (download is null)
            return NotFound();
        var content = files.Open(download.StoredName);
        if (content is null)
        {
            logger.LogWarning("The file of resource {ResourceId} is missing from the resources folder.", id);
            return NotFound();
        }
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(content, download.ContentType, download.FileName);
    }
}
