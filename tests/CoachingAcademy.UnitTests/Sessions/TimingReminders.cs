using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Reminders;

namespace CoachingAcademy.UnitTests.Sessions;

public sealed class TimingReminders
{
    private static readonly ReminderPolicy Defaults = new(1);

    [Theory]
    [InlineData(20, null)]
    [InlineData(15, null)]
    [InlineData(14, ReminderKind.MilestoneFirst)]
    [InlineData(4, ReminderKind.MilestoneFirst)]
    [InlineData(3, ReminderKind.MilestoneSecond)]
    [InlineData(0, ReminderKind.MilestoneSecond)]
    [InlineData(-1, ReminderKind.MilestoneOverdue)]
    [InlineData(-15, ReminderKind.MilestoneOverdue)]
    [InlineData(-16, null)]
    public void Each_milestone_reminder_has_its_stretch_of_days(int daysLeft, ReminderKind? expected) =>
        Assert.Equal(expected, ReminderScanner.MilestoneKind(daysLeft, Defaults));

    [Fact]
    public void Failed_sends_wait_longer_each_time_up_to_an_hour()
    {
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], Enumerable.Range(1, 8).Select(a => OutgoingEmail.BackOff(a, TimeSpan.FromMinutes(1)).TotalMinutes));
    }

    [Fact]
    public void A_policy_keeps_its_second_reminder_closer_to_the_deadline_than_the_first()
    {
        var policy = new ReminderPolicy(1);

        Assert.Throws<DomainException>(() => policy.Update(3, 5, 1, 24, DayOfWeek.Monday, 7));
        policy.Update(21, 7, 2, 48, DayOfWeek.Friday, 10);
        Assert.Equal(ReminderKind.MilestoneFirst, ReminderScanner.MilestoneKind(20, policy));
    }
}
