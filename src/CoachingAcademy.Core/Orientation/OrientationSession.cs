using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.Core.Orientation;

/// <summary>Who an orientation session briefs. Existing sessions brief coaches.</summary>
public enum OrientationAudience
{
    /// <summary>The cohort's coaches: attending one session is required to coach (seed 000).</summary>
    Coaches = 0,
    /// <summary>The cohort's participants: a briefing with sign-up, not a gate.</summary>
    Participants = 1,
}

public static class OrientationAudiences
{
    /// <summary>The enrollment a person needs in the session's cohort to take a seat.</summary>
    public static EnrollmentRole Role(this OrientationAudience audience) =>
        audience == OrientationAudience.Participants ? EnrollmentRole.Participant : EnrollmentRole.Coach;

    /// <summary>"coach orientation" or "participants' orientation", as emails and pages name it.</summary>
    public static string Words(this OrientationAudience audience) =>
        audience == OrientationAudience.Participants ? "participants' orientation" : "coach orientation";
}

/// <summary>What an edit of a session changed: registrants are told of a new time or place, not of new seats.</summary>
public enum OrientationChange
{
    Nothing = 0,
    Seats = 1,
    TimeOrPlace = 2,
}

/// <summary>
/// A dated briefing with a capacity, for the cohort's coaches (attending one is required to serve as a coach, seed 000) or
/// for its participants (a briefing, not a gate).
/// </summary>
public class OrientationSession
{
    private readonly List<OrientationRegistration> _registrations = [];

    private OrientationSession() { Location = ""; }

    internal OrientationSession(DateTime startsAtUtc, DateTime endsAtUtc, string location, int capacity,
        OrientationAudience audience = OrientationAudience.Coaches)
    {
        Check(startsAtUtc, endsAtUtc, capacity);
        StartsAtUtc = startsAtUtc;
        EndsAtUtc = endsAtUtc;
        Location = location.Trim();
        Capacity = capacity;
        Audience = audience;
    }

    private static void Check(DateTime startsAtUtc, DateTime endsAtUtc, int capacity)
    {
        if (endsAtUtc <= startsAtUtc)
            throw new DomainException("An orientation session must end after it starts.", "EndTime");
        if (capacity < 1)
            throw new DomainException("An orientation session needs room for at least one person.", nameof(Capacity));
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public DateTime StartsAtUtc { get; private set; }
    public DateTime EndsAtUtc { get; private set; }
    /// <summary>A room and address, or a video link.</summary>
    public string Location { get; private set; }
    public int Capacity { get; private set; }
    /// <summary>Coaches or participants; set when the session is added and never changed (its seats are theirs).</summary>
    public OrientationAudience Audience { get; private set; }
    /// <summary>The calendar invitations' SEQUENCE: raised with every change of time or place, so calendars take the update.</summary>
    public int Sequence { get; private set; }
    public IReadOnlyCollection<OrientationRegistration> Registrations => _registrations;
    /// <summary>Changes with every seat taken or freed, so two coaches taking the last seat at once cannot both have it.</summary>
    public Guid ConcurrencyToken { get; private set; } = Guid.NewGuid();

    public int SeatsLeft => Math.Max(0, Capacity - _registrations.Count);

    public bool HasStarted(DateTime nowUtc) => StartsAtUtc <= nowUtc;

    /// <summary>
    /// Moves the session or changes its place or seats, until it starts. Seats never go below the people registered. A
    /// new time or place raises <see cref="Sequence"/>: the registrants' calendars are updated.
    /// </summary>
    public OrientationChange Change(DateTime startsAtUtc, DateTime endsAtUtc, string location, int capacity, DateTime nowUtc)
    {
        if (HasStarted(nowUtc))
            throw new DomainException("This session has started: it can no longer be changed. Its attendance is recorded instead.");
        Check(startsAtUtc, endsAtUtc, capacity);
        if (startsAtUtc <= nowUtc)
            throw new DomainException("Choose a start time in the future.", "StartTime");
        if (capacity < _registrations.Count)
            throw new DomainException(_registrations.Count == 1
                ? "1 person is registered for this session: it needs at least 1 seat."
                : $"{_registrations.Count} people are registered for this session: it needs at least {_registrations.Count} seats.", nameof(Capacity));
        location = location.Trim();
        var moved = startsAtUtc != StartsAtUtc || endsAtUtc != EndsAtUtc || location != Location;
        if (!moved && capacity == Capacity)
            return OrientationChange.Nothing;
        StartsAtUtc = startsAtUtc;
        EndsAtUtc = endsAtUtc;
        Location = location;
        Capacity = capacity;
        ConcurrencyToken = Guid.NewGuid();   // a registration at the same moment cannot slip under the new capacity
        if (!moved)
            return OrientationChange.Seats;
        Sequence++;
        return OrientationChange.TimeOrPlace;
    }

    public OrientationRegistration Register(Person coach, DateTime nowUtc)
    {
        if (_registrations.Any(r => ReferenceEquals(r.Coach, coach) || (coach.Id != 0 && r.CoachId == coach.Id)))
            throw new DomainException($"{coach.FullName} is already registered for this session.");
        if (SeatsLeft == 0)
            throw new DomainException("This orientation session is full.");
        var registration = new OrientationRegistration(coach, nowUtc);
        _registrations.Add(registration);
        ConcurrencyToken = Guid.NewGuid();
        return registration;
    }

    /// <summary>Records whether a registered coach attended (attending clears them to coach). Attendance is taken once the
    /// session has started; before then only a mark set by mistake can be undone.</summary>
    public void MarkAttendance(OrientationRegistration registration, bool attended, DateTime nowUtc)
    {
        if (!_registrations.Contains(registration))
            throw new DomainException("This coach is not registered for this session.");
        if (attended && nowUtc < StartsAtUtc)
            throw new DomainException("This session has not started yet: attendance is recorded once it has started.");
        registration.MarkAttended(attended);
    }

    /// <summary>Frees the coach's seat (a cancellation, or a switch to another session).</summary>
    public void Release(int coachId)
    {
        var registration = _registrations.SingleOrDefault(r => r.CoachId == coachId)
            ?? throw new DomainException("You are not registered for this session.");
        if (registration.Attended)
            throw new DomainException("You attended this session; its record stays.");
        _registrations.Remove(registration);
        ConcurrencyToken = Guid.NewGuid();
    }
}
