using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Milestones;

namespace CoachingAcademy.UnitTests.Cohorts;

/// <summary>Seed 004: eight monthly meetings on the third Wednesday, across a year's end, and the facilitator in turn.</summary>
public sealed class KeepingThePeerCalendar
{
    [Theory]
    [InlineData(2026, 1, 21)]   // 1 Jan is a Thursday
    [InlineData(2026, 4, 15)]   // 1 Apr is a Wednesday: the third is the 15th
    [InlineData(2026, 12, 16)]
    [InlineData(2027, 2, 17)]
    public void The_third_Wednesday(int year, int month, int day)
    {
        var third = PeerCalendar.ThirdWednesday(year, month);
        Assert.Equal(new DateOnly(year, month, day), third);
        Assert.Equal(DayOfWeek.Wednesday, third.DayOfWeek);
    }

    [Fact]
    public void Eight_meetings_run_across_the_year_end_from_the_first_third_Wednesday_not_already_past()
    {
        // October 2026's third Wednesday is the 21st: from the 20th it is the first meeting; from the 22nd, November's is.
        Assert.Equal(new DateOnly(2026, 10, 21), PeerCalendar.MonthlyMeetings(new DateOnly(2026, 10, 20), 8)[0]);
        var meetings = PeerCalendar.MonthlyMeetings(new DateOnly(2026, 10, 22), 8);
        Assert.Equal(
            [new DateOnly(2026, 11, 18), new(2026, 12, 16), new(2027, 1, 20), new(2027, 2, 17), new(2027, 3, 17), new(2027, 4, 21), new(2027, 5, 19), new(2027, 6, 16)],
            meetings);
    }

    [Fact]
    public void A_new_peer_cohort_gets_its_eight_topics_on_third_Wednesdays_in_order()
    {
        var cohort = new Cohort("Peer Coaching Circle 2027", "America/Los_Angeles", new DateOnly(2027, 9, 30), new DateOnly(2027, 10, 15), ProgramKind.PeerCircle);
        cohort.AddKindSteps(today: new DateOnly(2026, 12, 1));

        var steps = cohort.Milestones.OrderBy(m => m.Order).ToList();
        Assert.Equal(ProgramSteps.For(ProgramKind.PeerCircle).Select(s => s.Name), steps.Select(s => s.Name));
        Assert.All(steps, s => Assert.Equal(DayOfWeek.Wednesday, s.DueDate!.Value.DayOfWeek));
        Assert.Equal(new DateOnly(2026, 12, 16), steps[0].DueDate);
        Assert.Equal(new DateOnly(2027, 7, 21), steps[^1].DueDate);
    }

    [Fact]
    public void The_facilitator_rotates_through_the_members()
    {
        string[] team = ["Aisha", "Lena", "Tom"];
        Assert.Equal(["Aisha", "Lena", "Tom", "Aisha", "Lena", "Tom", "Aisha", "Lena"], Enumerable.Range(0, 8).Select(i => PeerCalendar.Facilitator(team, i)));
    }
}
