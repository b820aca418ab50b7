using CoachingAcademy.Core.People;

namespace CoachingAcademy.Core.Cohorts;

public enum EnrollmentRole
{
    Participant = 0,
    Coach = 1,
}

/// <summary>A person taking part in a cohort, as a participant or as a coach.</summary>
public class Enrollment
{
    private Enrollment() { }

    internal Enrollment(Person person, EnrollmentRole role, DateTime enrolledAtUtc)
    {
        Person = person;
        PersonId = person.Id;
        Role = role;
        EnrolledAtUtc = enrolledAtUtc;
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public Cohort Cohort { get; private set; } = null!;
    public int PersonId { get; private set; }
    public Person Person { get; private set; } = null!;
    public EnrollmentRole Role { get; private set; }
    public DateTime EnrolledAtUtc { get; private set; }
}
