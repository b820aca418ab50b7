namespace CoachingAcademy.Core.Resources;

/// <summary>How big a resource file may be (configuration section <c>Resources</c>; its folder is <c>Resources:Directory</c>, see AppPaths).</summary>
public sealed class ResourceOptions
{
    public const string Section = "Resources";

    /// <summary>The largest file a director may add, in megabytes.</summary>
    public int MaxFileMegabytes { get; set; } = 10;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;
}
