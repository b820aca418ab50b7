using CoachingAcademy.Core.Sessions;

namespace CoachingAcademy.UnitTests.Sessions;

public sealed class WritingCalendarInvitations
{
    private static readonly CalendarItem Session = new(
        "abc123@coachingacademy", 2, "Coaching: Grace Okafor and Marcus Webb", "Coaching session", "Room 204", "America/Los_Angeles",
        new DateTime(2026, 3, 5, 18, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 5, 19, 0, 0, DateTimeKind.Utc),
        Attendees: [("Grace Okafor", "grace@example.org")]);

    [Fact]
    public void An_invitation_is_a_request_in_the_programs_time_zone_with_its_uid_and_sequence()
    {
        var ics = SessionCalendar.Invitation(Session, "noreply@example.org");

        Assert.Contains("METHOD:REQUEST", ics);
        Assert.Contains("UID:abc123@coachingacademy", ics);
        Assert.Contains("SEQUENCE:2", ics);
        Assert.Contains("DTSTART;TZID=America/Los_Angeles:20260305T100000", ics);
        Assert.Contains("BEGIN:VTIMEZONE", ics);
        Assert.Contains("mailto:grace@example.org", ics);
    }

    [Fact]
    public void A_cancellation_cancels_the_same_event()
    {
        var ics = SessionCalendar.Invitation(Session with { Cancelled = true }, "noreply@example.org");

        Assert.Contains("METHOD:CANCEL", ics);
        Assert.Contains("STATUS:CANCELLED", ics);
        Assert.Contains("UID:abc123@coachingacademy", ics);
    }

    [Fact]
    public void A_deadline_is_an_all_day_event()
    {
        var ics = SessionCalendar.Feed([new CalendarItem("milestone-1@coachingacademy", 0, "Due: Informational interview", "", "",
            "America/Los_Angeles", AllDay: new DateOnly(2026, 3, 11))], "noreply@example.org");

        Assert.Contains("METHOD:PUBLISH", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20260311", ics);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Line_breaks_in_names_and_texts_never_start_a_line_of_their_own(string lineBreak)
    {
        var injected = $"Marcus Webb{lineBreak}ATTENDEE:mailto:someone@evil.example.com";
        var ics = SessionCalendar.Invitation(Session with
        {
            Summary = injected, Description = injected, Location = injected,
            Attendees = [(injected, "marcus@example.org"), ("Grace Okafor", "grace@example.org")],
        }, "noreply@example.org");

        // Content lines are split at CRLF and unfolded (a fold is CRLF then a space); nothing else may end a line.
        var lines = ics.Replace("\r\n ", "").Split("\r\n");
        Assert.All(lines, line => Assert.DoesNotContain('\r', line));
        Assert.All(lines, line => Assert.DoesNotContain('\n', line));
        Assert.DoesNotContain(lines, line => line.StartsWith("ATTENDEE:mailto:someone", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(line => line.StartsWith("ATTENDEE", StringComparison.Ordinal)));
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }
}
