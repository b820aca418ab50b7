using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>How dates and times read on every page: in the program's time zone, with the zone named.</summary>
public static class Display
{
    public static string Date(DateOnly date) => date.ToString("ddd d MMM yyyy");

    public static string DateTime(DateTime utc, string timeZoneId)
    {
        var local = ProgramTime.ToLocal(utc, timeZoneId);
        return $"{local:ddd d MMM yyyy, h:mm tt} ({ZoneAbbreviation(utc, timeZoneId)})";
    }

    public static string TimeRange(DateTime startUtc, DateTime endUtc, string timeZoneId)
    {
        var start = ProgramTime.ToLocal(startUtc, timeZoneId);
        var end = ProgramTime.ToLocal(endUtc, timeZoneId);
        return $"{start:ddd d MMM yyyy, h:mm tt} – {end:h:mm tt} ({ZoneAbbreviation(startUtc, timeZoneId)})";
    }

    private static string ZoneAbbreviation(DateTime utc, string timeZoneId)
    {
        var zone = ProgramTime.Zone(timeZoneId);
        var offset = zone.GetUtcOffset(utc);
        return $"{zone.Id}, UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
    }
}
