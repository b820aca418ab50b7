using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Orientation;

namespace CoachingAcademy.Core.Cohorts;

/// <summary>One academy class, e.g. "Leadership Academy 2026", with its dated schedule.</summary>
public class Cohort
{
    private readonly List<AcademySession> _classSessions = [];
    private readonly List<Milestone> _milestones = [];
    private readonly List<OrientationSession> _orientationSessions = [];
    private readonly List<Enrollment> _enrollments = [];

    private Cohort() { Name = TimeZoneId = ""; }

    public Cohort(string name, string timeZoneId, DateOnly graduationDate, DateOnly debriefDate, bool allowCrossAgency = false)
    {
        if (!ProgramTime.IsKnownZone(timeZoneId))
            throw new DomainException($"'{timeZoneId}' is not a known time zone.");
        Name = name.Trim();
        TimeZoneId = timeZoneId;
        GraduationDate = graduationDate;
        DebriefDate = debriefDate;
        AllowCrossAgency = allowCrossAgency;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    /// <summary>IANA time zone id; every time of the cohort is shown in it.</summary>
    public string TimeZoneId { get; private set; }
    public DateOnly GraduationDate { get; private set; }
    public DateOnly DebriefDate { get; private set; }
    /// <summary>Seed 001's coaching network matches across agencies; seed 000's academy does not.</summary>
    public bool AllowCrossAgency { get; private set; }
    public bool IsArchived { get; private set; }

    public IReadOnlyCollection<AcademySession> ClassSessions => _classSessions;
    public IReadOnlyCollection<Milestone> Milestones => _milestones;
    public IReadOnlyCollection<OrientationSession> OrientationSessions => _orientationSessions;
    public IReadOnlyCollection<Enrollment> Enrollments => _enrollments;

    /// <summary>Coaching starts after the cohort's second academy session (seed 000); null until there are two.</summary>
    public DateOnly? CoachingStartsAfter =>
        _classSessions.Count < 2 ? null : _classSessions.OrderBy(s => s.Date).ElementAt(1).Date;

    public AcademySession AddClassSession(string title, DateOnly date)
    {
        var session = new AcademySession(title, date);
        _classSessions.Add(session);
        return session;
    }

    public Milestone AddMilestone(string name, string description, DateOnly dueDate)
    {
        var milestone = new Milestone(name, description, dueDate, _milestones.Count == 0 ? 1 : _milestones.Max(m => m.Order) + 1);
        _milestones.Add(milestone);
        return milestone;
    }

    public OrientationSession AddOrientationSession(DateTime startsAtUtc, DateTime endsAtUtc, string location, int capacity)
    {
        var session = new OrientationSession(startsAtUtc, endsAtUtc, location, capacity);
        _orientationSessions.Add(session);
        return session;
    }

    public Enrollment Enroll(People.Person person, EnrollmentRole role, DateTime nowUtc)
    {
        if (_enrollments.Any(e => e.Role == role && (ReferenceEquals(e.Person, person) || (person.Id != 0 && e.PersonId == person.Id))))
            throw new DomainException($"{person.FullName} is already enrolled as a {role.ToString().ToLowerInvariant()}.");
        if (role == EnrollmentRole.Coach && !People.PositionLevels.MayCoach(person.PositionLevel))
            throw new DomainException($"{person.FullName} is not at a coaching level (Chief Executive, Assistant Manager, Department Head or Senior Manager).");
        var enrollment = new Enrollment(person, role, nowUtc);
        _enrollments.Add(enrollment);
        return enrollment;
    }

    public void Archive() => IsArchived = true;
}
