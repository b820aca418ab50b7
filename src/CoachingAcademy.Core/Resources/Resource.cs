using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Resources;

/// <summary>Who sees a cohort's resource: its coaches, its participants, or both.</summary>
public enum ResourceAudience
{
    Coaches = 0,
    Participants = 1,
    Everyone = 2,
}

/// <summary>A file a director stored for the resource: its stored name is generated, never the uploader's file name.</summary>
public sealed record StoredFile(string FileName, string ContentType, long SizeBytes, string StoredName);

/// <summary>
/// A file or a link a director attaches to a cohort for its coaches, its participants or both (the orientation slides, a
/// coaching handout). Exactly one of <see cref="Url"/> and <see cref="StoredName"/> is set.
/// </summary>
public class Resource
{
    public const int TitleLength = 120, DescriptionLength = 500, UrlLength = 2000, FileNameLength = 200;

    private Resource() => Title = "";

    private Resource(int cohortId, string title, string? description, ResourceAudience audience, int addedById, DateTime nowUtc)
    {
        CheckDetails(title, description, audience);
        CohortId = cohortId;
        Title = title.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Audience = audience;
        AddedById = addedById;
        AddedAtUtc = nowUtc;
    }

    public static Resource Link(int cohortId, string title, string? description, ResourceAudience audience, string url, int addedById, DateTime nowUtc) =>
        new(cohortId, title, description, audience, addedById, nowUtc) { Url = ResourceLink.Parse(url) };

    public static Resource File(int cohortId, string title, string? description, ResourceAudience audience, StoredFile file, int addedById, DateTime nowUtc) =>
        new(cohortId, title, description, audience, addedById, nowUtc)
        {
            FileName = file.FileName, ContentType = file.ContentType, SizeBytes = file.SizeBytes, StoredName = file.StoredName,
        };

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public string Title { get; private set; }
    public string? Description { get; private set; }
    public ResourceAudience Audience { get; private set; }
    /// <summary>An http or https address, for a link.</summary>
    public string? Url { get; private set; }
    /// <summary>The uploader's file name, cleaned: what a download is called.</summary>
    public string? FileName { get; private set; }
    /// <summary>The type the app recognized in the file's first bytes, never the one the browser claimed.</summary>
    public string? ContentType { get; private set; }
    public long? SizeBytes { get; private set; }
    /// <summary>The file's generated name in the resources folder.</summary>
    public string? StoredName { get; private set; }
    public DateTime AddedAtUtc { get; private set; }
    public int AddedById { get; private set; }
    /// <summary>The step (a peer circle's monthly meeting and its competency, seed 004) the resource is for, if any.</summary>
    public int? MilestoneId { get; private set; }

    /// <summary>Attaches the resource to one of its cohort's steps, or to none; the caller checked the step is the cohort's.</summary>
    public Resource For(int? milestoneId)
    {
        MilestoneId = milestoneId;
        return this;
    }

    public bool IsFile => StoredName is not null;

    /// <summary>The rules of a resource's title, description and audience, checked before a file is written.</summary>
    public static void CheckDetails(string? title, string? description, ResourceAudience audience)
    {
        if (string.IsNullOrWhiteSpace(title))
            throw new DomainException("Give the resource a title.", nameof(Title));
        if (title.Trim().Length > TitleLength)
            throw new DomainException($"A title has at most {TitleLength} characters.", nameof(Title));
        if (description is not null && description.Trim().Length > DescriptionLength)
            throw new DomainException($"A description has at most {DescriptionLength} characters.", nameof(Description));
        if (!Enum.IsDefined(audience))
            throw new DomainException("Choose coaches, participants or everyone.", nameof(Audience));
    }
}

/// <summary>The addresses a link may have: http or https, absolute, with a host.</summary>
public static class ResourceLink
{
    public static bool IsValid(string? url) => TryParse(url, out _);

    public static bool TryParse(string? url, out string normalized)
    {
        normalized = "";
        var text = url?.Trim() ?? "";
        if (text.Length is 0 or > Resource.UrlLength || text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            return false;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
            return false;
        normalized = uri.AbsoluteUri;
        return normalized.Length <= Resource.UrlLength;
    }

    public static string Parse(string? url) => TryParse(url, out var normalized)
        ? normalized
        : throw new DomainException("Enter a web address that starts with http:// or https://.", nameof(Resource.Url));
}
