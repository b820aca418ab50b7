using CoachingAcademy.Core.Engagements;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Sessions;

/// <summary>Seed 002: the coach's outline of further sessions.</summary>
public sealed class OutlineInput
{
    public int? AdditionalSessions { get; set; }
    public int? PeriodWeeks { get; set; }
    public string? Reason { get; set; }
}

public sealed class OutlineInputValidator : AbstractValidator<OutlineInput>
{
    public OutlineInputValidator()
    {
        RuleFor(x => x.AdditionalSessions).NotNull().WithMessage("Enter how many more sessions you anticipate (0 if none).")
            .InclusiveBetween(0, SessionOutline.MaxAdditionalSessions).WithMessage($"Outline 0 to {SessionOutline.MaxAdditionalSessions} additional sessions.");
        RuleFor(x => x.PeriodWeeks).NotNull().WithMessage("Enter over how many weeks they would be held.")
            .InclusiveBetween(1, SessionOutline.MaxPeriodWeeks).WithMessage($"The period is 1 to {SessionOutline.MaxPeriodWeeks} weeks.");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why these sessions are needed: the organisation reads it before approving.")
            .MaximumLength(SessionOutline.MaxReasonLength).WithMessage($"The reason has at most {SessionOutline.MaxReasonLength} characters.");
    }
}

/// <summary>The organisation's approver approves or declines an outline, with an optional comment.</summary>
public sealed class OutlineDecisionInput
{
    public bool Approve { get; set; }
    public string? Comment { get; set; }
}

public sealed class OutlineDecisionInputValidator : AbstractValidator<OutlineDecisionInput>
{
    public OutlineDecisionInputValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(SessionOutline.MaxCommentLength).WithMessage($"A comment has at most {SessionOutline.MaxCommentLength} characters.");
    }
}
