using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Engagements;

/// <summary>The client's challenge or opportunity (seed 002), a paragraph.</summary>
public sealed class ChallengeInput
{
    public string? Challenge { get; set; }
}

/// <summary>One goal, one line.</summary>
public sealed class GoalInput
{
    public string? Text { get; set; }
}

/// <summary>An assignment agreed in a session, due on a day of the program's calendar.</summary>
public sealed class AssignmentInput
{
    public string? Text { get; set; }
    public DateOnly? DueOn { get; set; }
    /// <summary>The session it was agreed in; empty for none.</summary>
    public int? SessionId { get; set; }
}

/// <summary>The goals page's two forms: the challenge and a new goal, named so each message lands next to its own field.</summary>
public sealed class GoalsForm
{
    public string? Challenge { get; set; }
    public string? Text { get; set; }
}

public sealed class ChallengeInputValidator : AbstractValidator<ChallengeInput>
{
    public ChallengeInputValidator() =>
        RuleFor(x => x.Challenge).NotEmpty().WithMessage("Name the challenge or opportunity you want to work on.")
            .MaximumLength(EngagementChallenge.MaxLength).WithMessage("At most 2,000 characters.");
}

public sealed class GoalInputValidator : AbstractValidator<GoalInput>
{
    public GoalInputValidator() =>
        RuleFor(x => x.Text).NotEmpty().WithMessage("Write the goal.")
            .MaximumLength(EngagementGoal.MaxLength).WithMessage("A goal has at most 500 characters.")
            .SingleLine();
}

public sealed class AssignmentInputValidator : AbstractValidator<AssignmentInput>
{
    public AssignmentInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Write the assignment.")
            .MaximumLength(EngagementAssignment.MaxLength).WithMessage("An assignment has at most 500 characters.")
            .SingleLine();
        RuleFor(x => x.DueOn).NotNull().WithMessage("Choose the day it is due.");
        RuleFor(x => x.SessionId).GreaterThan(0).WithMessage("Choose one of your sessions, or none.");
    }
}
