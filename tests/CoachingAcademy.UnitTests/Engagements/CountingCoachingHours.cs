using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Engagements;

namespace CoachingAcademy.UnitTests.Engagements;

/// <summary>Seed 003, step 6: hours held a month in the cohort's zone against the plan, and a cycle's close.</summary>
public sealed class CountingCoachingHours
{
    private const string Zone = "America/Los_Angeles";

    [Fact]
    public void A_session_counts_in_the_month_of_its_local_day_and_planned_months_start_with_the_first_whole_month_of_meetings()
    {
        // 1 Mar 05:00 UTC is 28 Feb 21:00 in Los Angeles; 1 Apr 06:30 UTC is 31 Mar 23:30 (daylight time).
        (DateTime, int)[] held = [(new(2026, 3, 1, 5, 0, 0, DateTimeKind.Utc), 90), (new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc), 60),
            (new(2026, 4, 1, 6, 30, 0, DateTimeKind.Utc), 180)];

        var months = CoachingHours.ByMonth(new DateOnly(2026, 1, 20), meetingsFrom: new DateOnly(2026, 2, 10), hoursPerMonth: 3, held, Zone,
            today: new DateOnly(2026, 4, 2));

        Assert.Equal([new DateOnly(2026, 1, 1), new(2026, 2, 1), new(2026, 3, 1), new(2026, 4, 1)], months.Select(m => m.Month));
        Assert.Equal([0, 90, 240, 0], months.Select(m => m.HeldMinutes));
        // February holds the first meeting day but is not whole: planned from March.
        Assert.Equal([null, null, 180, 180], months.Select(m => m.PlannedMinutes));
        Assert.Equal([false, false, false, true], months.Select(m => m.Under));
        Assert.Equal("2.5", MonthHours.Hours(150));
    }

    [Fact]
    public void Meetings_from_the_first_of_a_month_plan_that_month()
    {
        var months = CoachingHours.ByMonth(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), 2, [], Zone, new DateOnly(2026, 2, 15));
        Assert.Equal([null, 120], months.Select(m => m.PlannedMinutes));
    }

    [Fact]
    public void A_renewal_starts_the_next_cycle_today_and_keeps_the_closing_and_the_calendar_is_checked_before_it_changes()
    {
        var schedule = new EngagementSchedule(4, new DateOnly(2025, 9, 7));
        Assert.Equal(new DateOnly(2025, 12, 6), schedule.MeetingsFrom);
        Assert.Equal("HoursPerMonth", Assert.Throws<DomainException>(() => schedule.Change(new DateOnly(2025, 9, 1), 41, 90, new Dictionary<int, int>())).Field);
        Assert.Equal("Steps", Assert.Throws<DomainException>(() => schedule.Change(new DateOnly(2025, 9, 1), 3, 90, new Dictionary<int, int> { [7] = 731 })).Field);
        Assert.Equal(new DateOnly(2025, 9, 7), schedule.StartsOn);
        schedule.Change(new DateOnly(2025, 9, 1), 3, 90, new Dictionary<int, int> { [7] = 200 });
        Assert.Equal(200, schedule.DaysFor(7));
        Assert.Null(schedule.DaysFor(8));

        Assert.Equal("Summary", Assert.Throws<DomainException>(() => schedule.Close(CycleDecision.Renew, "  ", 1, new DateOnly(2026, 9, 1), DateTime.UtcNow)).Field);
        var now = new DateTime(2026, 9, 1, 16, 0, 0, DateTimeKind.Utc);
        schedule.Close(CycleDecision.Renew, " Outcomes met. ", 1, new DateOnly(2026, 9, 1), now);

        Assert.Equal((2, new DateOnly(2026, 9, 1), now), (schedule.Cycle, schedule.StartsOn, schedule.CycleStartedAtUtc));
        Assert.Equal((1, "Outcomes met."), (schedule.Closings.Single().Cycle, schedule.Closings.Single().Summary));
        Assert.Equal(200, schedule.DaysFor(7));   // the engagement's own days stay with it
    }
}

/// <summary>Seed 004: the attendance commitment at its boundary.</summary>
public sealed class QualifyingForACertificate
{
    private static Core.Certificates.MemberCompletion Member(int attended, bool finished, int allowed = 1) =>
        new(1, 2, "Nadia Rahman", "Team", 8, attended, allowed, finished, new DateOnly(2025, 4, 1), new DateOnly(2025, 10, 28));

    [Fact]
    public void Missing_as_many_meetings_as_allowed_qualifies_one_more_does_not_and_nobody_before_the_final_meeting()
    {
        Assert.True(Member(7, finished: true).Qualifies);
        Assert.False(Member(6, finished: true).Qualifies);
        Assert.Equal("Does not qualify: missed 2 of 8 meetings, and at most 1 may be missed.", Member(6, finished: true).Standing);
        Assert.False(Member(8, finished: false).Qualifies);
        Assert.StartsWith("Not yet: the team's final meeting is not held (8 of 8", Member(8, finished: false).Standing);
        Assert.True(Member(8, finished: true, allowed: 0).Qualifies);
        Assert.False(Member(7, finished: true, allowed: 0).Qualifies);
    }

    [Fact]
    public void The_file_name_keeps_letters_digits_spaces_and_hyphens_only()
    {
        var certificate = new Core.Certificates.Certificate("Ana-María O'Neil/../x", "Circle", new DateOnly(2025, 1, 1), new DateOnly(2025, 8, 1), "A", "B");
        Assert.Equal("Certificate of completion - Ana-María ONeilx.pdf", certificate.FileName);
    }
}
