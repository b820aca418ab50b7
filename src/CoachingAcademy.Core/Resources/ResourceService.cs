using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Resources;

/// <summary>What adding a resource did: added, or found the same one added before (a second submit).</summary>
public sealed record AddedResource(int Id, bool AlreadyAdded);

/// <summary>
/// Directors' resources: links, and files written to the resources folder before their row is saved (a row that fails takes
/// its file with it, so there is never a row without a file nor a file the app keeps track of without a row).
/// </summary>
public sealed class ResourceService(IAppDbContext db, IResourceFiles files, IOptions<ResourceOptions> options, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public long MaxFileBytes => options.Value.MaxFileBytes;

    public async Task<AddedResource> AddLinkAsync(int cohortId, string title, string? description, ResourceAudience audience, string url, int addedById,
        CancellationToken ct = default, int? milestoneId = null)
    {
        await RequireOpenCohortAsync(cohortId, ct);
        await RequireStepAsync(cohortId, milestoneId, ct);
        var resource = Resource.Link(cohortId, title, description, audience, url, addedById, Now).For(milestoneId);
        if (await SameAsync(resource, ct) is int existing)
            return new AddedResource(existing, true);
        db.Resources.Add(resource);
        await db.SaveChangesAsync(ct);
        return new AddedResource(resource.Id, false);
    }

    public async Task<AddedResource> AddFileAsync(int cohortId, string title, string? description, ResourceAudience audience, string fileName, byte[] content,
        int addedById, CancellationToken ct = default, int? milestoneId = null)
    {
        await RequireOpenCohortAsync(cohortId, ct);
        await RequireStepAsync(cohortId, milestoneId, ct);
        Resource.CheckDetails(title, description, audience);
        if (content.LongLength > MaxFileBytes)
            throw new DomainException($"The file is {Megabytes(content.LongLength)}; at most {options.Value.MaxFileMegabytes} MB can be added.", ResourceFileTypes.Field);
        var type = ResourceFileTypes.Check(fileName, content);
        var name = ResourceFileTypes.CleanFileName(fileName, type);
        var stored = new StoredFile(name, type.ContentType, content.LongLength, "pending");
        if (await SameAsync(Resource.File(cohortId, title, description, audience, stored, addedById, Now).For(milestoneId), ct) is int existing)
            return new AddedResource(existing, true);

        var storedName = await files.SaveAsync(content, type.Extension, ct);
        var resource = Resource.File(cohortId, title, description, audience, stored with { StoredName = storedName }, addedById, Now).For(milestoneId);
        try
        {
            db.Resources.Add(resource);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            files.Delete(storedName);
            throw;
        }
        return new AddedResource(resource.Id, false);
    }

    /// <summary>Removes a cohort's resource and then its file; false when it was removed before (a second submit).</summary>
    public async Task<bool> RemoveAsync(int cohortId, int id, CancellationToken ct = default)
    {
        await RequireOpenCohortAsync(cohortId, ct);
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == id && r.CohortId == cohortId, ct);
        if (resource is null)
            return false;
        db.Resources.Remove(resource);
        await db.SaveChangesAsync(ct);
        // After the row: a file whose deletion failed is left unseen, never a row without its file.
        if (resource.StoredName is { } storedName)
            files.Delete(storedName);
        return true;
    }

    private async Task RequireOpenCohortAsync(int cohortId, CancellationToken ct)
    {
        var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId, ct) ?? throw new NotFoundException();
        cohort.RequireOpen();
    }

    /// <summary>The same resource added before: same title, audience and link, or same file name and size.</summary>
    private async Task RequireStepAsync(int cohortId, int? milestoneId, CancellationToken ct)
    {
        if (milestoneId is int id && !await db.Milestones.AnyAsync(m => m.Id == id && m.CohortId == cohortId, ct))
            throw new DomainException("Choose one of this cohort's steps, or none.", "MilestoneId");
    }

    private async Task<int?> SameAsync(Resource r, CancellationToken ct) =>
        await db.Resources.Where(x => x.CohortId == r.CohortId && x.Title == r.Title && x.Audience == r.Audience && x.Description == r.Description
                && x.Url == r.Url && x.FileName == r.FileName && x.SizeBytes == r.SizeBytes && x.MilestoneId == r.MilestoneId)
            .Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);

    /// <summary>A size in words, rounded up (a file one byte over 10 MB reads "10.1 MB", not "10 MB").</summary>
    public static string Megabytes(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (bytes + 1023) / 1024)} KB"
        : $"{Math.Ceiling(bytes * 10 / (1024.0 * 1024.0)) / 10:0.#} MB";
}
