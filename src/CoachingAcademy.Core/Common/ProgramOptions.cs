namespace CoachingAcademy.Core.Common;

/// <summary>Settings of the running program that Core needs (bound from the "App" configuration section).</summary>
public sealed class ProgramOptions
{
    public const string Section = "App";

    /// <summary>The address people use to reach the app; emails link to it.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The organizer address written into calendar invitations.</summary>
    public string CalendarOrganizer { get; set; } = "noreply@example.org";

    /// <summary>How many days before its due date an unmet milestone shows as "due soon".</summary>
    public int DueSoonDays { get; set; } = 14;

    /// <summary>How long an invitation link to set a password works.</summary>
    public int InvitationDays { get; set; } = 7;

    public string Link(string path) => BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
