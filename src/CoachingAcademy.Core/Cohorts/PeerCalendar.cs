namespace CoachingAcademy.Core.Cohorts;

/// <summary>
/// Seed 004's meeting calendar: a peer team meets once a month, "the third Wednesday of each month" by the seed's
/// suggestion, for two hours; each meeting has a facilitator, rotating through the members by default.
/// </summary>
public static class PeerCalendar
{
    /// <summary>The local hour a prefilled meeting starts; the team may move any meeting.</summary>
    public static readonly TimeOnly MeetingTime = new(14, 0);

    public static DateOnly ThirdWednesday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var toWednesday = ((int)DayOfWeek.Wednesday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toWednesday + 14);
    }

    /// <summary><paramref name="count"/> monthly meeting days, each the third Wednesday of its month, the first on or after <paramref name="from"/>.</summary>
    public static IReadOnlyList<DateOnly> MonthlyMeetings(DateOnly from, int count)
    {
        var first = ThirdWednesday(from.Year, from.Month);
        var month = first >= from ? new DateOnly(from.Year, from.Month, 1) : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        return Enumerable.Range(0, count).Select(i => month.AddMonths(i)).Select(m => ThirdWednesday(m.Year, m.Month)).ToList();
    }

    /// <summary>Who facilitates meeting <paramref name="index"/> (from 0): the members in turn, in the order given.</summary>
    public static T Facilitator<T>(IReadOnlyList<T> members, int index) => members[index % members.Count];
}
