using System.Globalization;

namespace CoachingAcademy.Core.Common;

/// <summary>Converts between UTC (how times are stored) and a program's time zone (how they are shown).</summary>
public static class ProgramTime
{
    public static TimeZoneInfo Zone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool IsKnownZone(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);

    public static DateTime ToLocal(DateTime utc, string timeZoneId) => ToLocal(utc, Zone(timeZoneId));

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>A wall-clock time in the zone, as UTC; a time the clocks skip (spring forward) is refused in words.</summary>
    public static DateTime ToUtc(DateTime local, string timeZoneId, string? field = null)
    {
        var zone = Zone(timeZoneId);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
            throw new DomainException($"{local:h:mm tt} does not exist on {local:d MMM yyyy} in {zone.Id}: the clocks skip it. Choose another time.", field);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    /// <summary>The day an instant falls on in the zone.</summary>
    public static DateOnly DayOf(DateTime utc, string timeZoneId) => DayOf(utc, Zone(timeZoneId));

    /// <summary>The same, for a zone already found: what a loop over many instants of one zone uses.</summary>
    public static DateOnly DayOf(DateTime utc, TimeZoneInfo zone) => DateOnly.FromDateTime(ToLocal(utc, zone));

    public static DateOnly? DayOf(DateTime? utc, string timeZoneId) => utc is DateTime instant ? DayOf(instant, timeZoneId) : null;

    public static DateOnly Today(TimeProvider clock, string timeZoneId) => DayOf(clock.GetUtcNow().UtcDateTime, timeZoneId);

    /// <summary>How an instant reads everywhere (pages and emails): local time with the zone named.</summary>
    public static string Format(DateTime utc, string timeZoneId)
    {
        var local = ToLocal(utc, timeZoneId);
        return $"{local:ddd d MMM yyyy, h:mm tt} ({ZoneLabel(utc, timeZoneId)})";
    }

    /// <summary>When an instant falls as seen from <paramref name="nowUtc"/>, both in the zone: "today at 4:01 PM",
    /// "tomorrow at 9:00 AM", "on Tuesday 8 March at 4:01 PM" (the year named when it is not this year's).</summary>
    public static string Relative(DateTime utc, DateTime nowUtc, string timeZoneId)
    {
        var local = ToLocal(utc, timeZoneId);
        var today = DayOf(nowUtc, timeZoneId);
        var time = local.ToString("h:mm tt", CultureInfo.InvariantCulture);
        return (DateOnly.FromDateTime(local).DayNumber - today.DayNumber) switch
        {
            0 => $"today at {time}",
            1 => $"tomorrow at {time}",
            _ => $"on {local.ToString(local.Year == today.Year ? "dddd d MMMM" : "dddd d MMMM yyyy", CultureInfo.InvariantCulture)} at {time}",
        };
    }

    public static string ZoneLabel(DateTime utc, string timeZoneId)
    {
        var zone = Zone(timeZoneId);
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return $"{zone.Id}, UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
    }
}
