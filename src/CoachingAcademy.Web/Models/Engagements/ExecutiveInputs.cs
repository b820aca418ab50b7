using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Engagements;

/// <summary>An intended outcome of the executive program and its benchmark, one line each.</summary>
public sealed class OutcomeInput
{
    public string? Text { get; set; }
    public string? Benchmark { get; set; }
}

/// <summary>Someone the coach will interview about the leader: a name and how they know the leader.</summary>
public sealed class InterviewInput
{
    public string? Name { get; set; }
    public InterviewRelationship? Relationship { get; set; }
}

/// <summary>The coach's development plan: four paragraphs.</summary>
public sealed class PlanInput
{
    public string? Themes { get; set; }
    public string? Practices { get; set; }
    public string? Exercises { get; set; }
    public string? Reading { get; set; }

    public PlanText ToText() => new(Themes, Practices, Exercises, Reading);
}

/// <summary>Where one outcome stands at a review, with the coach's short comment.</summary>
public sealed class ReviewInput
{
    public ReviewStage? Stage { get; set; }
    public OutcomeStanding? Standing { get; set; }
    public string? Comment { get; set; }
}

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator()
    {
        RuleFor(x => x.Stage).NotNull().WithMessage("Choose the review.").IsInEnum().WithMessage("Choose the review.");
        RuleFor(x => x.Standing).NotNull().WithMessage("Choose where the outcome stands against its benchmark.")
            .IsInEnum().WithMessage("Choose where the outcome stands against its benchmark.");
        RuleFor(x => x.Comment).MaximumLength(OutcomeReview.MaxCommentLength).WithMessage("A comment has at most 500 characters.")
            .SingleLine();
    }
}

public sealed class OutcomeInputValidator : AbstractValidator<OutcomeInput>
{
    public OutcomeInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Write the intended outcome.")
            .MaximumLength(ProgramOutcome.MaxLength).WithMessage("An outcome has at most 500 characters.")
            .SingleLine();
        RuleFor(x => x.Benchmark).NotEmpty().WithMessage("Write how you will know it is reached.")
            .MaximumLength(ProgramOutcome.MaxLength).WithMessage("A benchmark has at most 500 characters.")
            .SingleLine();
    }
}

public sealed class InterviewInputValidator : AbstractValidator<InterviewInput>
{
    public InterviewInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Write the name of the person to interview.")
            .MaximumLength(Interview360.MaxNameLength).WithMessage("A name has at most 200 characters.")
            .SingleLine();
        RuleFor(x => x.Relationship).NotNull().WithMessage("Choose the relationship to the leader.")
            .IsInEnum().WithMessage("Choose the relationship to the leader.");
    }
}

public sealed class PlanInputValidator : AbstractValidator<PlanInput>
{
    public PlanInputValidator()
    {
        RuleFor(x => x.Themes).NotEmpty().WithMessage("Write the themes of the program.")
            .MaximumLength(DevelopmentPlanVersion.MaxLength).WithMessage("At most 4,000 characters.");
        RuleFor(x => x.Practices).NotEmpty().WithMessage("Write the practices.")
            .MaximumLength(DevelopmentPlanVersion.MaxLength).WithMessage("At most 4,000 characters.");
        RuleFor(x => x.Exercises).NotEmpty().WithMessage("Write the exercises.")
            .MaximumLength(DevelopmentPlanVersion.MaxLength).WithMessage("At most 4,000 characters.");
        RuleFor(x => x.Reading).NotEmpty().WithMessage("Write the reading.")
            .MaximumLength(DevelopmentPlanVersion.MaxLength).WithMessage("At most 4,000 characters.");
    }
}

/// <summary>One step's days after the start, for this engagement; the step is one of the cohort's.</summary>
public sealed class StepDaysInput
{
    public int MilestoneId { get; set; }
    public int? Days { get; set; }
}

/// <summary>The engagement's calendar: its start, the planned hours a month and from when, and each step's days.</summary>
public sealed class ScheduleInput
{
    public DateOnly? StartsOn { get; set; }
    public int? HoursPerMonth { get; set; }
    public int? MeetingsAfterDays { get; set; }
    public List<StepDaysInput> Steps { get; set; } = [];

    public IReadOnlyDictionary<int, int> StepDays() =>
        Steps.Where(s => s.Days is not null).GroupBy(s => s.MilestoneId).ToDictionary(g => g.Key, g => g.Last().Days!.Value);
}

public sealed class ScheduleInputValidator : AbstractValidator<ScheduleInput>
{
    public ScheduleInputValidator()
    {
        RuleFor(x => x.StartsOn).NotNull().WithMessage("Choose the day the engagement starts.");
        RuleFor(x => x.HoursPerMonth).NotNull().WithMessage("Write the hours of coaching planned a month.")
            .InclusiveBetween(0, EngagementSchedule.MaxHoursPerMonth).WithMessage($"Plan between 0 and {EngagementSchedule.MaxHoursPerMonth} hours a month.");
        RuleFor(x => x.MeetingsAfterDays).NotNull().WithMessage("Write after how many days the coaching meetings begin.")
            .InclusiveBetween(0, StepDue.MaxDaysAfterStart).WithMessage($"From 0 to {StepDue.MaxDaysAfterStart} days after the start.");
        RuleFor(x => x.Steps).Must(s => s.Count <= 50).WithMessage("A program has at most 50 steps.");
        RuleForEach(x => x.Steps).ChildRules(step =>
            step.RuleFor(s => s.Days).NotNull().WithMessage("Write the step's days after the start.")
                .InclusiveBetween(0, StepDue.MaxDaysAfterStart).WithMessage($"From 0 to {StepDue.MaxDaysAfterStart} days after the start."));
    }
}

/// <summary>The end-of-program review's closing summary and what comes next.</summary>
public sealed class CloseCycleInput
{
    public CycleDecision? Decision { get; set; }
    public string? Summary { get; set; }
}

public sealed class CloseCycleInputValidator : AbstractValidator<CloseCycleInput>
{
    public CloseCycleInputValidator()
    {
        RuleFor(x => x.Decision).NotNull().WithMessage("Choose whether the leader continues alone or the engagement renews.")
            .IsInEnum().WithMessage("Choose whether the leader continues alone or the engagement renews.");
        RuleFor(x => x.Summary).NotEmpty().WithMessage("Write the closing summary of this cycle.")
            .MaximumLength(EngagementSchedule.MaxSummaryLength).WithMessage($"A summary has at most {EngagementSchedule.MaxSummaryLength:N0} characters.");
    }
}
