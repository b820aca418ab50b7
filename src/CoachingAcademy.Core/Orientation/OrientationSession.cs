using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.Core.Orientation;

/// <summary>A dated briefing for coaches. Attending one is required to serve as a coach (seed 000).</summary>
public class OrientationSession
{
    private readonly List<OrientationRegistration> _registrations = [];

    private OrientationSession() { Location = ""; }

    internal OrientationSession(DateTime startsAtUtc, DateTime endsAtUtc, string location, int capacity)
    {
        if (endsAtUtc <= startsAtUtc)
            throw new DomainException("An orientation session must end after it starts.", "EndTime");
        if (capacity < 1)
            throw new DomainException("An orientation session needs room for at least one coach.", nameof(Capacity));
        StartsAtUtc = startsAtUtc;
        EndsAtUtc = endsAtUtc;
        Location = location.Trim();
        Capacity = capacity;
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public DateTime StartsAtUtc { get; private set; }
    public DateTime EndsAtUtc { get; private set; }
    /// <summary>A room and address, or a video link.</summary>
    public string Location { get; private set; }
    public int Capacity { get; private set; }
    public IReadOnlyCollection<OrientationRegistration> Registrations => _registrations;
    /// <summary>Changes with every seat taken or freed, so two coaches taking the last seat at once cannot both have it.</summary>
    public Guid ConcurrencyToken { get; private set; } = Guid.NewGuid();

    public int SeatsLeft => Math.Max(0, Capacity - _registrations.Count);

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
