using CoachingAcademy.Core.People;

namespace CoachingAcademy.Core.Orientation;

/// <summary>A coach's seat at one orientation session.</summary>
public class OrientationRegistration
{
    private OrientationRegistration() { }

    internal OrientationRegistration(Person coach, DateTime registeredAtUtc)
    {
        Coach = coach;
        CoachId = coach.Id;
        RegisteredAtUtc = registeredAtUtc;
    }

    public int Id { get; private set; }
    public int OrientationSessionId { get; private set; }
    public int CoachId { get; private set; }
    public Person Coach { get; private set; } = null!;
    public DateTime RegisteredAtUtc { get; private set; }
    public bool Attended { get; private set; }

    /// <summary>Through <see cref="OrientationSession.MarkAttendance"/>, which knows when the session starts.</summary>
    internal void MarkAttended(bool attended) => Attended = attended;
}
