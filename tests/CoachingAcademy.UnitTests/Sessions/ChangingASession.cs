using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace CoachingAcademy.UnitTests.Sessions;

public sealed class ChangingASession
{
    private const string Pacific = "America/Los_Angeles";
    private static readonly CohortRules Academy = CohortRules.For(ProgramKind.Academy);

    private static CoachingSession At(DateTime startUtc, DateTime createdUtc) =>
        new(1, startUtc, 60, SessionForm.Video, "https://meet.example.org/x", null, 7, createdUtc);

    [Fact]
    public void Forty_eight_hours_are_counted_in_real_time_across_the_spring_daylight_saving_change()
    {
        // Monday 9 March 2026, 10:00 in Los Angeles (PDT, UTC-7); the clocks sprang forward on Sunday 8 March.
        var start = ProgramTime.ToUtc(new DateTime(2026, 3, 9, 10, 0, 0), Pacific);
        // Saturday 09:00 (PST) is 48 real hours before; Saturday 10:00 looks like 48 hours on the wall clock, but only 47 pass.
        var clock = new FakeTimeProvider(new DateTimeOffset(ProgramTime.ToUtc(new DateTime(2026, 3, 7, 9, 0, 0), Pacific)));
        Assert.False(Academy.IsLateChange(start, clock.GetUtcNow().UtcDateTime));

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(new DateTime(2026, 3, 7, 10, 0, 0), ProgramTime.ToLocal(clock.GetUtcNow().UtcDateTime, Pacific));
        Assert.Equal(TimeSpan.FromHours(47), start - clock.GetUtcNow().UtcDateTime);
        Assert.True(Academy.IsLateChange(start, clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void Forty_eight_hours_are_counted_in_real_time_across_the_autumn_daylight_saving_change()
    {
        // Monday 2 November 2026, 10:00 PST; the clocks fell back on Sunday 1 November.
        var start = ProgramTime.ToUtc(new DateTime(2026, 11, 2, 10, 0, 0), Pacific);
        var saturdaySameWallTime = ProgramTime.ToUtc(new DateTime(2026, 10, 31, 10, 0, 0), Pacific);

        Assert.Equal(TimeSpan.FromHours(49), start - saturdaySameWallTime);
        Assert.False(Academy.IsLateChange(start, saturdaySameWallTime));
        Assert.True(Academy.IsLateChange(start, saturdaySameWallTime.AddHours(1.5)));
    }

    [Fact]
    public void A_late_change_needs_a_reason_and_is_flagged()
    {
        var now = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
        var session = At(now.AddHours(30), now.AddDays(-7));

        var error = Assert.Throws<DomainException>(() => session.Reschedule(now.AddDays(3), 60, SessionForm.Phone, "555-0100", null, 7, " ", Academy, now));
        Assert.Contains("less than 48 hours", error.Message);

        var change = session.Reschedule(now.AddDays(3), 60, SessionForm.Phone, "555-0100", null, 7, "Council meeting ran late.", Academy, now);
        Assert.True(change.WasLate);
        Assert.Equal(1, session.LateChanges);
    }

    [Fact]
    public void A_move_to_a_start_inside_the_notice_is_late_though_the_old_start_was_days_away()
    {
        var now = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
        var session = At(now.AddDays(4), now.AddDays(-7));

        var error = Assert.Throws<DomainException>(() => session.Reschedule(now.AddMinutes(4), 60, SessionForm.Phone, "555-0100", null, 7, null, Academy, now));
        Assert.Equal("The new time is less than 48 hours away: give a reason for the change.", error.Message);
        Assert.Equal("Reason", error.Field);
        Assert.Equal(now.AddDays(4), session.StartsAtUtc);

        var change = session.Reschedule(now.AddMinutes(4), 60, SessionForm.Phone, "555-0100", null, 7, "The only hour we both have.", Academy, now);
        Assert.True(change.WasLate);
        Assert.Equal(1, session.LateChanges);
        Assert.False(At(now.AddDays(4), now).Reschedule(now.AddMinutes(4), 60, SessionForm.Phone, "555-0100", null, 7, null,
            Academy with { NoticeHours = 0 }, now).WasLate);
    }

    [Fact]
    public void An_early_change_needs_no_reason_and_each_change_raises_the_calendar_sequence()
    {
        var now = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
        var session = At(now.AddDays(5), now);
        var uid = session.CalendarUid;

        session.Reschedule(now.AddDays(6), 45, SessionForm.InPerson, "City Hall", null, 7, null, Academy, now);
        session.Cancel(7, null, Academy, now);

        Assert.Equal(0, session.LateChanges);
        Assert.Equal(2, session.Sequence);
        Assert.Equal(uid, session.CalendarUid);
        Assert.Equal(SessionStatus.Cancelled, session.Status);
        Assert.Throws<DomainException>(() => session.Reschedule(now.AddDays(7), 60, SessionForm.Video, "x", null, 7, null, Academy, now));
    }

    private static readonly int[] Pair = [7, 8];

    [Fact]
    public void A_held_session_records_each_members_attendance()
    {
        var now = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
        int[] members = [7, 8, 9];

        var everyone = At(now.AddHours(1), now);
        everyone.Log(SessionStatus.Held, 7, now.AddHours(2), members, []);
        Assert.Equal([(7, true), (8, true), (9, true)], everyone.Attendance.Select(a => (a.PersonId, a.Attended)));

        var sponsorAway = At(now.AddHours(1), now);
        sponsorAway.Log(SessionStatus.Held, 7, now.AddHours(2), members, [7, 8]);
        Assert.Equal([(7, true), (8, true), (9, false)], sponsorAway.Attendance.Select(a => (a.PersonId, a.Attended)));

        var stranger = At(now.AddHours(1), now);
        Assert.Contains("only members", Assert.Throws<DomainException>(() => stranger.Log(SessionStatus.Held, 7, now.AddHours(2), members, [7, 42])).Message);
        var alone = At(now.AddHours(1), now);
        Assert.Contains("at least two", Assert.Throws<DomainException>(() => alone.Log(SessionStatus.Held, 7, now.AddHours(2), members, [7])).Message);
        Assert.Equal(SessionStatus.Scheduled, alone.Status);

        // Logged again as not held, it keeps no attendance.
        sponsorAway.Log(SessionStatus.NotHeld, 7, now.AddHours(3), members, []);
        Assert.Empty(sponsorAway.Attendance);
    }

    [Fact]
    public void A_session_is_logged_only_once_it_has_started_and_not_after_a_cancellation()
    {
        var now = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
        var session = At(now.AddHours(1), now);

        Assert.Throws<DomainException>(() => session.Log(SessionStatus.Held, 7, now, Pair, []));
        session.Log(SessionStatus.Held, 7, now.AddHours(2), Pair, []);
        Assert.Equal(SessionStatus.Held, session.Status);

        var cancelled = At(now.AddDays(5), now);
        cancelled.Cancel(7, null, Academy, now);
        Assert.Throws<DomainException>(() => cancelled.Log(SessionStatus.Held, 7, now.AddDays(6), Pair, []));
    }

    [Fact]
    public void The_notice_is_the_cohorts_rule_and_no_notice_means_no_late_change()
    {
        var now = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
        var day = Academy with { NoticeHours = 24 };
        var none = Academy with { NoticeHours = 0 };

        Assert.True(Academy.IsLateChange(now.AddHours(30), now));
        Assert.False(day.IsLateChange(now.AddHours(30), now));
        Assert.True(day.IsLateChange(now.AddHours(23), now));
        Assert.False(none.IsLateChange(now.AddMinutes(5), now));

        var session = At(now.AddHours(23), now.AddDays(-7));
        var error = Assert.Throws<DomainException>(() => session.Cancel(7, null, day, now));
        Assert.Contains("less than 24 hours", error.Message);
        Assert.False(At(now.AddHours(2), now.AddDays(-7)).Cancel(7, null, none, now).WasLate);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(241)]
    public void A_session_lasts_between_a_quarter_hour_and_four_hours(int minutes)
    {
        Assert.Throws<DomainException>(() => new CoachingSession(1, DateTime.UtcNow, minutes, SessionForm.Video, "x", null, 7, DateTime.UtcNow));
    }

    [Fact]
    public void The_guest_is_invited_once_to_a_meeting_ahead_and_never_to_one_that_started()
    {
        var now = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
        var ahead = At(now.AddDays(14), now.AddDays(-1));
        Assert.True(ahead.InviteGuest(now));
        Assert.False(ahead.InviteGuest(now.AddMinutes(1)));   // a second press
        Assert.Equal(now, ahead.GuestInvitedAtUtc);

        var started = At(now.AddMinutes(-1), now.AddDays(-1));
        Assert.Equal("The meeting has started: invite the guest to a meeting ahead.", Assert.Throws<DomainException>(() => started.InviteGuest(now)).Message);
        Assert.Null(started.GuestInvitedAtUtc);
        var cancelled = At(now.AddDays(7), now.AddDays(-1));
        cancelled.Cancel(7, null, Academy, now);
        Assert.Throws<DomainException>(() => cancelled.InviteGuest(now));
    }
}
