namespace CoachingAcademy.Core.Milestones;

/// <summary>What a step is (programs.md, "One model"): a conversation of the pair, a meeting with the sponsor, a document
/// to submit, an approval to give, or a review.</summary>
public enum StepKind
{
    Conversation = 0,
    ThreeWayMeeting = 1,
    Document = 2,
    Approval = 3,
    Review = 4,
}

public static class StepKinds
{
    public static readonly IReadOnlyList<StepKind> All = Enum.GetValues<StepKind>();

    public static string DisplayName(this StepKind kind) => kind switch
    {
        StepKind.ThreeWayMeeting => "Three-way meeting",
        StepKind.Document => "Document to submit",
        StepKind.Approval => "Approval to give",
        StepKind.Review => "Review",
        _ => "Conversation",
    };
}

/// <summary>
/// When a step is due: on a fixed date (the academy's milestones), or a number of days after each engagement starts
/// (executive coaching's eight steps), so that every engagement has its own dates.
/// </summary>
public readonly record struct StepDue(DateOnly? On, int? DaysAfterStart)
{
    public const int MaxDaysAfterStart = 730;

    public static StepDue Fixed(DateOnly on) => new(on, null);
    public static StepDue AfterStart(int days) => new(null, days);
    public static implicit operator StepDue(DateOnly on) => Fixed(on);

    public bool IsRelative => DaysAfterStart is not null;

    /// <summary>The date for one engagement; a relative step has none until the engagement starts.</summary>
    public DateOnly? For(DateOnly? engagementStartedOn) =>
        On ?? (engagementStartedOn is DateOnly start && DaysAfterStart is int days ? start.AddDays(days) : null);

    public override string ToString() => On is DateOnly on
        ? on.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
        : DaysAfterStart switch { 0 => "when the engagement starts", 1 => "1 day after the start", var d => $"{d} days after the start" };
}

/// <summary>A step of a cohort's schedule (the academy calls them milestones), e.g. "Initial development conversation by
/// April 8", or "Mid-program review, 180 days after the start".</summary>
public class Milestone
{
    private Milestone() { }

    internal Milestone(string name, string description, StepKind kind, StepDue due, int order)
    {
        Order = order;
        Update(name, description, kind, due);
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public StepKind Kind { get; private set; }
    /// <summary>A fixed due date, or null when the step is due <see cref="DaysAfterStart"/> days after each engagement starts.</summary>
    public DateOnly? DueDate { get; private set; }
    public int? DaysAfterStart { get; private set; }
    public int Order { get; private set; }

    public StepDue Due => new(DueDate, DaysAfterStart);

    internal void Update(string name, string description, StepKind kind, StepDue due)
    {
        Name = name.Trim();
        Description = description.Trim();
        Kind = kind;
        DueDate = due.On;
        DaysAfterStart = due.On is null ? due.DaysAfterStart : null;
    }

    public void MoveTo(int order) => Order = order;
}
