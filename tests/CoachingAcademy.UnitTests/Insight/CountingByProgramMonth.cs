using CoachingAcademy.Core.Insight;

namespace CoachingAcademy.UnitTests.Insight;

public sealed class CountingByProgramMonth
{
    private const string Pacific = "America/Los_Angeles";
    private const string Kathmandu = "Asia/Kathmandu";

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void The_last_twelve_months_end_with_the_current_month_in_the_programs_zone()
    {
        var months = ProgramMonths.Last(Utc(2026, 3, 1, 5), Pacific);

        Assert.Equal(12, months.Count);
        Assert.Equal(new DateOnly(2025, 3, 1), months[0]);
        Assert.Equal(new DateOnly(2026, 2, 1), months[^1]);
        Assert.Equal(new DateOnly(2026, 3, 1), ProgramMonths.Last(Utc(2026, 3, 1, 5), Kathmandu)[^1]);
    }

    [Fact]
    public void A_count_early_on_the_first_of_a_month_in_utc_belongs_to_the_month_before_in_los_angeles()
    {
        var months = ProgramMonths.Last(Utc(2026, 3, 2, 17), Pacific);

        var counts = ProgramMonths.Tally([(Utc(2026, 3, 1, 7, 45), 2), (Utc(2026, 3, 1, 8), 3), (Utc(2026, 2, 1, 7), 1)], months, Pacific);

        Assert.Equal(2, counts.Single(c => c.Month == new DateOnly(2026, 2, 1)).Count);
        Assert.Equal(3, counts.Single(c => c.Month == new DateOnly(2026, 3, 1)).Count);
        Assert.Equal(1, counts.Single(c => c.Month == new DateOnly(2026, 1, 1)).Count);
        Assert.Equal(6, counts.Sum(c => c.Count));
    }

    [Fact]
    public void A_zone_a_quarter_hour_off_the_hour_splits_its_months_between_quarter_hours()
    {
        // Kathmandu is UTC+5:45: 18:00 UTC on 31 March is 23:45 there, 18:15 UTC is already 1 April.
        var months = ProgramMonths.Last(Utc(2026, 4, 10, 12), Kathmandu);

        var counts = ProgramMonths.Tally([(Utc(2026, 3, 31, 18), 4), (Utc(2026, 3, 31, 18, 15), 5)], months, Kathmandu);

        Assert.Equal(4, counts.Single(c => c.Month == new DateOnly(2026, 3, 1)).Count);
        Assert.Equal(5, counts.Single(c => c.Month == new DateOnly(2026, 4, 1)).Count);
    }

    [Fact]
    public void Counts_outside_the_twelve_months_are_left_out_and_every_month_is_listed()
    {
        var months = ProgramMonths.Last(Utc(2026, 3, 2, 17), Pacific);

        var counts = ProgramMonths.Tally([(Utc(2025, 3, 1, 9), 7), (Utc(2026, 3, 2, 16), 1)], months, Pacific);

        Assert.Equal(months, counts.Select(c => c.Month));
        Assert.Equal(1, counts.Sum(c => c.Count));
    }

    [Fact]
    public void The_query_bound_lies_before_the_oldest_month_begins_in_any_zone()
    {
        foreach (var now in new[] { Utc(2026, 3, 2, 17), Utc(2026, 4, 1, 5), Utc(2026, 3, 31, 23) })
            foreach (var zone in new[] { Pacific, Kathmandu, "Pacific/Kiritimati", "Pacific/Pago_Pago" })
                Assert.True(ProgramMonths.MonthOf(ProgramMonths.QueryFromUtc(now), zone) < ProgramMonths.Last(now, zone)[0], $"{zone} at {now:u}");
    }
}
