namespace CoachingAcademy.Core.Common;

/// <summary>Converts between UTC (how times are stored) and a program's time zone (how they are shown).</summary>
public static class ProgramTime
{
    public static TimeZoneInfo Zone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool IsKnownZone(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);

    public static DateTime ToLocal(DateTime utc, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone(timeZoneId));

    public static DateTime ToUtc(DateTime local, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone(timeZoneId));

    public static DateOnly Today(TimeProvider clock, string timeZoneId) =>
        DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime, timeZoneId));
}
