using CoachingAcademy.Core.Sessions;

namespace CoachingAcademy.UnitTests.Sessions;

public sealed class DerivingMilestoneStatus
{
    private static readonly DateOnly Due = new(2026, 4, 8);

    [Fact]
    public void A_held_session_by_the_due_date_meets_the_milestone_on_time() =>
        Assert.Equal(MilestoneStatus.Met, MilestoneProgress.StatusOf(Due, [Due], Due.AddDays(30), 14));

    [Fact]
    public void A_held_session_after_the_due_date_meets_it_late() =>
        Assert.Equal(MilestoneStatus.MetLate, MilestoneProgress.StatusOf(Due, [Due.AddDays(1)], Due.AddDays(30), 14));

    [Fact]
    public void The_earliest_held_session_decides() =>
        Assert.Equal(MilestoneStatus.Met, MilestoneProgress.StatusOf(Due, [Due.AddDays(5), Due.AddDays(-3)], Due.AddDays(30), 14));

    [Fact]
    public void Unmet_after_the_due_date_is_overdue() =>
        Assert.Equal(MilestoneStatus.Overdue, MilestoneProgress.StatusOf(Due, [], Due.AddDays(1), 14));

    [Theory]
    [InlineData(0, MilestoneStatus.DueSoon)]
    [InlineData(14, MilestoneStatus.DueSoon)]
    [InlineData(15, MilestoneStatus.Upcoming)]
    public void Unmet_within_the_window_is_due_soon(int daysAhead, MilestoneStatus expected) =>
        Assert.Equal(expected, MilestoneProgress.StatusOf(Due, [], Due.AddDays(-daysAhead), 14));

    [Fact]
    public void The_window_is_configurable() =>
        Assert.Equal(MilestoneStatus.Upcoming, MilestoneProgress.StatusOf(Due, [], Due.AddDays(-5), 3));
}
