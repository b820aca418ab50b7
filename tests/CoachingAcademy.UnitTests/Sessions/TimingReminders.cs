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

    [Theory]
    // Monday 2 March 2026, 4:00 PM in Los Angeles (PST, UTC-8) is the moment of writing.
    [InlineData(2026, 3, 3, 0, 1, "today at 4:01 PM")]
    [InlineData(2026, 3, 3, 7, 59, "today at 11:59 PM")]
    [InlineData(2026, 3, 3, 8, 0, "tomorrow at 12:00 AM")]
    [InlineData(2026, 3, 3, 23, 0, "tomorrow at 3:00 PM")]
    [InlineData(2026, 3, 10, 0, 0, "on Monday 9 March at 5:00 PM")]    // 168 hours ahead, across the spring change
    [InlineData(2027, 1, 5, 0, 0, "on Monday 4 January 2027 at 4:00 PM")]
    public void A_session_reminder_says_when_the_session_is_from_when_it_is_written(int year, int month, int day, int hour, int minute, string expected)
    {
        var now = new DateTime(2026, 3, 3, 0, 0, 0, DateTimeKind.Utc);
        var start = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc);

        Assert.Equal(expected, ProgramTime.Relative(start, now, "America/Los_Angeles"));
    }

    [Fact]
    public void A_session_reminder_names_the_day_in_its_subject_and_a_milestone_reminder_says_a_session_is_booked()
    {
        var session = new SessionReminderEmail(["a@example.org"], "Grace Okafor and Marcus Webb", "Leadership Academy 2026",
            "Mon 2 Mar 2026, 4:01 PM (America/Los_Angeles, UTC-08:00)", "today at 4:01 PM", "Video, https://meet.example.org/x, 60 minutes", 48,
            "https://app.example.org/Sessions?matchId=1").Render();
        Assert.Equal("Coaching session today at 4:01 PM", session.Subject);
        Assert.Contains("the coaching session of Grace Okafor and Marcus Webb is today at 4:01 PM.", session.TextBody);

        EmailMessage Milestone(bool overdue, string? booked) => new MilestoneReminderEmail(overdue, "p@example.org", "c@example.org", "Marcus Webb",
            "Grace Okafor", "Leadership Academy 2026", "Initial development conversation", "Sunday 8 March 2026", booked, "https://app.example.org/s").Render();
        var booked = Milestone(false, "Fri 6 Mar 2026, 3:00 PM (America/Los_Angeles, UTC-08:00)");
        Assert.Contains("A session for it is booked for Fri 6 Mar 2026, 3:00 PM", booked.TextBody);
        Assert.DoesNotContain("Schedule", booked.TextBody);
        Assert.Contains("Schedule a session for it", Milestone(false, null).TextBody);
        Assert.Contains("Schedule it now", Milestone(true, null).TextBody);
        Assert.Contains("no held session is logged for it yet. A session for it is booked for Mon 9 Mar", Milestone(true, "Mon 9 Mar 2026, 3:00 PM (America/Los_Angeles, UTC-07:00)").TextBody);

        EmailMessage Team(bool overdue, string? at) => new TeamStepReminderEmail(overdue, ["a@example.org", "b@example.org", "c@example.org"],
            "Peer Circle 2026", "Building Coalitions", "Wednesday 18 March 2026", at, "https://app.example.org/t").Render();
        Assert.Contains("It is booked for Wed 18 Mar 2026, 12:00 PM", Team(false, "Wed 18 Mar 2026, 12:00 PM (America/Los_Angeles, UTC-07:00)").TextBody);
        Assert.DoesNotContain("Plan it", Team(false, "Wed 18 Mar 2026, 12:00 PM (America/Los_Angeles, UTC-07:00)").TextBody);
        Assert.Contains("Plan it together", Team(false, null).TextBody);
        Assert.Contains("Plan it now", Team(true, null).TextBody);
    }
}
