namespace CoachingAcademy.Core.Sessions;

/// <summary>Seed 002's notice rule and the sizes of a coaching session.</summary>
public static class SessionRules
{
    /// <summary>Rescheduling or cancelling needs 48 hours' notice: real elapsed hours, whatever the clocks do at a
    /// daylight-saving change.</summary>
    public static readonly TimeSpan Notice = TimeSpan.FromHours(48);

    public const int DefaultMinutes = 60;
    public const int MinMinutes = 15;
    public const int MaxMinutes = 240;

    /// <summary>The pair meet at least three times (seeds 000 and 002).</summary>
    public const int MinimumSessions = 3;

    public static bool IsLateChange(DateTime startsAtUtc, DateTime nowUtc) => startsAtUtc - nowUtc < Notice;
}
