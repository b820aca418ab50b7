namespace CoachingAcademy.Core.Network;

/// <summary>An area of experience a network's coaches choose from (budgeting, first job, ...), a list the director keeps per cohort.</summary>
public class ExperienceArea
{
    public const int MaxNameLength = 100;

    private ExperienceArea() => Name = "";

    public ExperienceArea(int cohortId, string name)
    {
        CohortId = cohortId;
        Name = name.Trim();
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public string Name { get; private set; }
}
