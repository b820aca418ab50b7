using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Insight;

/// <summary>A month of a cohort and what was counted in it.</summary>
public readonly record struct MonthCount(DateOnly Month, int Count);

/// <summary>
/// Calendar months as a cohort lives them, in its time zone: a session held at 03:00 UTC on the first of a month in
/// Los Angeles belongs to the month before. Queries count in SQL by instant (or by UTC hour or quarter-hour: every zone's
/// offset is a whole number of quarter-hours, so none straddles two local months); the counts are summed here.
/// </summary>
public static class ProgramMonths
{
    public const int Shown = 12;

    /// <summary>The first day of the month an instant falls in, in the zone.</summary>
    public static DateOnly MonthOf(DateTime utc, string timeZoneId)
    {
        var day = ProgramTime.DayOf(utc, timeZoneId);
        return new DateOnly(day.Year, day.Month, 1);
    }

    /// <summary>The last <paramref name="count"/> months of the zone, the current one last.</summary>
    public static IReadOnlyList<DateOnly> Last(DateTime nowUtc, string timeZoneId, int count = Shown)
    {
        var current = MonthOf(nowUtc, timeZoneId);
        return Enumerable.Range(1 - count, count).Select(current.AddMonths).ToList();
    }

    /// <summary>An instant before the oldest of the last <paramref name="count"/> months begins in any zone, for a query's
    /// lower bound (the months are then counted exactly): a zone's month is at most one behind UTC's, its offset within a day.</summary>
    public static DateTime QueryFromUtc(DateTime nowUtc, int count = Shown) =>
        new DateTime(nowUtc.Year, nowUtc.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-count).AddDays(-1);

    /// <summary>Counts per UTC instant (or the start of a UTC quarter-hour), summed into the zone's <paramref name="months"/>;
    /// counts outside them are left out.</summary>
    public static IReadOnlyList<MonthCount> Tally(IEnumerable<(DateTime AtUtc, int Count)> counts, IReadOnlyList<DateOnly> months, string timeZoneId)
    {
        var byMonth = months.ToDictionary(m => m, _ => 0);
        foreach (var (at, count) in counts)
        {
            var month = MonthOf(at, timeZoneId);
            if (byMonth.ContainsKey(month))
                byMonth[month] += count;
        }
        return months.Select(m => new MonthCount(m, byMonth[m])).ToList();
    }
}
