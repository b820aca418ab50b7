namespace CoachingAcademy.Core.Milestones;

/// <summary>A named conversation with a due date, e.g. "Initial development conversation by April 8".</summary>
public class Milestone
{
    private Milestone() { Name = Description = ""; }

    internal Milestone(string name, string description, DateOnly dueDate, int order)
    {
        Name = name.Trim();
        Description = description.Trim();
        DueDate = dueDate;
        Order = order;
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public string Name { get; private set; }
    public string Description { get; private set; }
    public DateOnly DueDate { get; private set; }
    public int Order { get; private set; }

    public void Update(string name, string description, DateOnly dueDate)
    {
        Name = name.Trim();
        Description = description.Trim();
        DueDate = dueDate;
    }

    public void MoveTo(int order) => Order = order;
}
