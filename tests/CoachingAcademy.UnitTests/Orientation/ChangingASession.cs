using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Orientation;

public sealed class ChangingASession
{
    private static readonly DateTime Now = new(2026, 1, 6, 17, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Start = Now.AddDays(7);
    private readonly Cohort _cohort = new("Leadership Academy 2026", "America/Los_Angeles", new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 1));
    private readonly Agency _agency = new("City of Testville", "contact@testville.example.org");

    private Person Coach(string name) => new(name, $"{name}@example.org", "Director", PositionLevel.DepartmentHead, _agency);

    [Fact]
    public void A_new_time_or_place_raises_the_sequence_and_new_seats_alone_do_not()
    {
        var session = _cohort.AddOrientationSession(Start, Start.AddHours(2), "Room 1", 5);

        Assert.Equal(OrientationChange.Nothing, session.Change(Start, Start.AddHours(2), " Room 1 ", 5, Now));
        Assert.Equal(OrientationChange.Seats, session.Change(Start, Start.AddHours(2), "Room 1", 8, Now));
        Assert.Equal(0, session.Sequence);
        Assert.Equal(OrientationChange.TimeOrPlace, session.Change(Start.AddDays(1), Start.AddDays(1).AddHours(2), "Room 1", 8, Now));
        Assert.Equal(OrientationChange.TimeOrPlace, session.Change(Start.AddDays(1), Start.AddDays(1).AddHours(2), "Room 2", 8, Now));
        Assert.Equal(2, session.Sequence);
        Assert.Equal((Start.AddDays(1), "Room 2", 8), (session.StartsAtUtc, session.Location, session.Capacity));
    }

    [Fact]
    public void Seats_never_go_below_the_people_registered()
    {
        var session = _cohort.AddOrientationSession(Start, Start.AddHours(2), "Room 1", 5);
        session.Register(Coach("a"), Now);
        session.Register(Coach("b"), Now);

        var error = Assert.Throws<DomainException>(() => session.Change(Start, Start.AddHours(2), "Room 1", 1, Now));

        Assert.Equal("2 people are registered for this session: it needs at least 2 seats.", error.Message);
        Assert.Equal(nameof(OrientationSession.Capacity), error.Field);
        Assert.Equal(OrientationChange.Seats, session.Change(Start, Start.AddHours(2), "Room 1", 2, Now));
    }

    [Fact]
    public void A_session_that_has_started_is_not_changed_nor_moved_into_the_past()
    {
        var session = _cohort.AddOrientationSession(Start, Start.AddHours(2), "Room 1", 5);

        Assert.Equal("StartTime", Assert.Throws<DomainException>(() => session.Change(Now.AddHours(-1), Now.AddHours(1), "Room 1", 5, Now)).Field);
        var started = Assert.Throws<DomainException>(() => session.Change(Start.AddDays(1), Start.AddDays(1).AddHours(2), "Room 2", 5, Start));
        Assert.StartsWith("This session has started", started.Message);
        Assert.Equal("Room 1", session.Location);
    }

    [Fact]
    public void An_archived_cohort_keeps_its_sessions_as_they_are()
    {
        var session = _cohort.AddOrientationSession(Start, Start.AddHours(2), "Room 1", 5);
        _cohort.Archive();

        Assert.Throws<DomainException>(() => _cohort.ChangeOrientationSession(session, Start, Start.AddHours(2), "Room 2", 5, Now));
        Assert.Equal("Room 1", session.Location);
    }
}
