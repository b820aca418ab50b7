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
/// (executive coaching's eight steps), or after another step is met (seed 002: the outline within 10 days of the third
/// session), so that every engagement has its own dates.
/// </summary>
public readonly record struct StepDue(DateOnly? On, int? DaysAfterStart, int? AfterStepId = null)
{
    public const int MaxDaysAfterStart = 730;

    public static StepDue Fixed(DateOnly on) => new(on, null);
    public static StepDue AfterStart(int days) => new(null, days);
    public static StepDue AfterStep(int days, int stepId) => new(null, days, stepId);
    public static implicit operator StepDue(DateOnly on) => Fixed(on);

    public bool IsRelative => DaysAfterStart is not null;

    /// <summary>The date for one engagement: a step counted from the start has none until the engagement starts, one
    /// counted from another step none until that step is met (<paramref name="stepMetOn"/>: the day a step was met).</summary>
    public DateOnly? For(DateOnly? engagementStartedOn, Func<int, DateOnly?>? stepMetOn = null) =>
        On ?? (DaysAfterStart is not int days ? null
            : AfterStepId is int step ? stepMetOn?.Invoke(step)?.AddDays(days)
            : engagementStartedOn?.AddDays(days));

    /// <summary>The rule in words; <paramref name="stepName"/> names the step it counts from.</summary>
    public string Describe(Func<int, string?>? stepName = null)
    {
        if (On is DateOnly on)
            return on.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var from = AfterStepId is int step ? stepName?.Invoke(step) ?? "another step is met" : "the start";
        return DaysAfterStart switch
        {
            0 => AfterStepId is null ? "when the engagement starts" : $"when {from} is met",
            1 => $"1 day after {from}",
            var d => $"{d} days after {from}",
        };
    }

    public override string ToString() => Describe();
}

/// <summary>A step of a cohort's schedule (the academy calls them milestones), e.g. "Initial development conversation by
/// April 8", or "Mid-program review, 180 days after the start".</summary>
public class Milestone
{
    private Milestone() { }

    internal Milestone(string name, string description, StepKind kind, StepDue due, Milestone? afterStep, int order)
    {
        Order = order;
        Update(name, description, kind, due, afterStep);
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public StepKind Kind { get; private set; }
    /// <summary>A fixed due date, or null when the step is due <see cref="DaysAfterStart"/> days after each engagement starts.</summary>
    public DateOnly? DueDate { get; private set; }
    public int? DaysAfterStart { get; private set; }
    /// <summary>The step whose meeting the days count from, instead of the engagement's start.</summary>
    public int? AfterStepId { get; private set; }
    public Milestone? AfterStep { get; private set; }
    public int Order { get; private set; }

    public StepDue Due => new(DueDate, DaysAfterStart, AfterStepId);

    internal void Update(string name, string description, StepKind kind, StepDue due, Milestone? afterStep)
    {
        Name = name.Trim();
        Description = description.Trim();
        Kind = kind;
        DueDate = due.On;
        DaysAfterStart = due.On is null ? due.DaysAfterStart : null;
        AfterStep = due.On is null ? afterStep : null;
        AfterStepId = AfterStep?.Id is > 0 ? AfterStep.Id : null;
    }

    public void MoveTo(int order) => Order = order;
}
