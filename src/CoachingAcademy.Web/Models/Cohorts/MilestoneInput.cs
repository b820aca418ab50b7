using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Cohorts;

/// <summary>A step as a director enters it: due on a date, or a number of days after each engagement starts.</summary>
public sealed class MilestoneInput
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public StepKind? Kind { get; set; }
    public DateOnly? DueDate { get; set; }
    public int? DaysAfterStart { get; set; }
    /// <summary>The step of the cohort the days count from; none: the engagement's start.</summary>
    public int? AfterStepId { get; set; }

    /// <summary>A conversation unless the director chose another kind.</summary>
    public StepKind StepKind => Kind ?? StepKind.Conversation;
    public StepDue Due => DueDate is DateOnly on ? StepDue.Fixed(on) : new StepDue(null, DaysAfterStart ?? 0, AfterStepId);

    public static MilestoneInput From(MilestoneRow m) =>
        new() { Name = m.Name, Description = m.Description, Kind = m.Kind, DueDate = m.Due.On, DaysAfterStart = m.Due.DaysAfterStart, AfterStepId = m.Due.AfterStepId };
}

public sealed class MilestoneInputValidator : AbstractValidator<MilestoneInput>
{
    public MilestoneInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the step, e.g. Informational interview.")
            .MaximumLength(200).WithMessage("A name has at most 200 characters.")
            .SingleLine();
        RuleFor(x => x.Description).MaximumLength(2000).WithMessage("A description has at most 2,000 characters.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose one of the kinds of step listed.");
        RuleFor(x => x.DueDate).NotNull().When(x => x.DaysAfterStart is null).WithMessage("Enter the date the step is due by.")
            .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Choose a date between 2000 and 2100.");
        RuleFor(x => x.DaysAfterStart).Null().When(x => x.DueDate is not null)
            .WithMessage("A step is due on a date or some days after the start, not both.")
            .InclusiveBetween(0, StepDue.MaxDaysAfterStart)
            .WithMessage($"Enter between 0 and {StepDue.MaxDaysAfterStart} days after the engagement starts.");
    }
}
