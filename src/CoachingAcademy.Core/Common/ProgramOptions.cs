namespace CoachingAcademy.Core.Common;

/// <summary>Settings of the running program that Core needs (bound from the "App" configuration section).</summary>
public sealed class ProgramOptions
{
    public const string Section = "App";

    /// <summary>The address people use to reach the app; emails link to it.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public string Link(string path) => BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
