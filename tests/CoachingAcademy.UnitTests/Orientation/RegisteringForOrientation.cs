using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Orientation;

public sealed class RegisteringForOrientation
{
    private static readonly DateTime Start = new(2026, 1, 13, 17, 0, 0, DateTimeKind.Utc);
    private readonly Cohort _cohort = new("Leadership Academy 2026", "America/Los_Angeles", new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 1));
    private readonly Agency _agency = new("City of Testville", "contact@testville.example.org");

    private Person Coach(string name) => new(name, $"{name}@example.org", "Director", PositionLevel.DepartmentHead, _agency);

    [Fact]
    public void A_session_must_end_after_it_starts()
    {
        Assert.Throws<DomainException>(() => _cohort.AddOrientationSession(Start, Start, "Room 1", 10));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_session_has_room_for_at_least_one_coach(int capacity)
    {
        Assert.Throws<DomainException>(() => _cohort.AddOrientationSession(Start, Start.AddHours(2), "Room 1", capacity));
    }

    [Fact]
    public void A_full_session_takes_no_more_registrations()
    {
        var session = _cohort.AddOrientationSession(Start, Start.AddHours(2), "Room 1", 2);
        session.Register(Coach("a"), Start);
        session.Register(Coach("b"), Start);

        var error = Assert.Throws<DomainException>(() => session.Register(Coach("c"), Start));

        Assert.Equal("This orientation session is full.", error.Message);
        Assert.Equal(0, session.SeatsLeft);
    }

    [Fact]
    public void A_coach_registers_once_and_attendance_is_marked_on_the_registration()
    {
        var session = _cohort.AddOrientationSession(Start, Start.AddHours(2), "Room 1", 5);
        var coach = Coach("a");
        var registration = session.Register(coach, Start);

        Assert.Throws<DomainException>(() => session.Register(coach, Start));
        Assert.False(registration.Attended);
        session.MarkAttendance(registration, attended: true, Start);
        Assert.True(registration.Attended);
        Assert.Equal(4, session.SeatsLeft);
    }

    [Fact]
    public void Attendance_is_recorded_once_the_session_has_started()
    {
        var session = _cohort.AddOrientationSession(Start, Start.AddHours(2), "Room 1", 5);
        var registration = session.Register(Coach("a"), Start.AddDays(-7));

        var error = Assert.Throws<DomainException>(() => session.MarkAttendance(registration, attended: true, Start.AddMinutes(-1)));

        Assert.Equal("This session has not started yet: attendance is recorded once it has started.", error.Message);
        Assert.False(registration.Attended);
        session.MarkAttendance(registration, attended: true, Start);
        Assert.True(registration.Attended);
    }
}
