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
    /// <summary>How many participants a coach takes on at once in this cohort (most coach one or two).</summary>
    public int CoachCapacity { get; private set; } = DefaultCoachCapacity;

    public const int DefaultCoachCapacity = 2;

    public void SetCoachCapacity(int capacity)
    {
        if (capacity is < 1 or > 20)
            throw new Common.DomainException("A coach's capacity is between 1 and 20 participants.");
        CoachCapacity = capacity;
    }
}
