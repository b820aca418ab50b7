namespace CoachingAcademy.Core.Cohorts;

/// <summary>A dated academy class session of a cohort.</summary>
public class AcademySession
{
    private AcademySession() { Title = ""; }

    internal AcademySession(string title, DateOnly date)
    {
        Title = title.Trim();
        Date = date;
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public string Title { get; private set; }
    public DateOnly Date { get; private set; }

    internal void Reschedule(string title, DateOnly date)
    {
        Title = title;
        Date = date;
    }
}
