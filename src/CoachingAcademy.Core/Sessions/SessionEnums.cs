namespace CoachingAcademy.Core.Sessions;

public enum SessionForm
{
    InPerson = 0,
    Video = 1,
    Phone = 2,
}

public enum SessionStatus
{
    Scheduled = 0,
    Held = 1,
    /// <summary>It was due but did not happen (a no-show).</summary>
    NotHeld = 2,
    Cancelled = 3,
}

/// <summary>What a session is for: a regular session, or (seed 001) the exploratory call that comes before a relationship.</summary>
public enum SessionKind
{
    Regular = 0,
    ExploratoryCall = 1,
}

public static class SessionDisplay
{
    public static string DisplayName(this SessionForm form) => form switch
    {
        SessionForm.InPerson => "In person",
        SessionForm.Video => "Video",
        SessionForm.Phone => "Phone",
        _ => form.ToString(),
    };

    public static string DisplayName(this SessionStatus status) => status switch
    {
        SessionStatus.Scheduled => "Scheduled",
        SessionStatus.Held => "Held",
        SessionStatus.NotHeld => "Did not happen",
        SessionStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
