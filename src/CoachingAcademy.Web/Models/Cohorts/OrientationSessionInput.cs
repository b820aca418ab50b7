using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Cohorts;

/// <summary>An orientation session, in the cohort's time zone. Its audience is chosen when it is added; an edit keeps it.</summary>
public sealed class OrientationSessionInput
{
    public const int MaxCapacity = 1_000;

    public OrientationAudience? Audience { get; set; } = OrientationAudience.Coaches;
    public DateOnly? Date { get; set; }
    public TimeOnly? StartTime { get; set; } = new(9, 0);
    public TimeOnly? EndTime { get; set; } = new(11, 0);
    public string? Location { get; set; }
    public int? Capacity { get; set; } = 20;
}

public sealed class OrientationSessionInputValidator : AbstractValidator<OrientationSessionInput>
{
    public OrientationSessionInputValidator()
    {
        RuleFor(x => x.Audience).NotNull().WithMessage("Choose coaches or participants.").IsInEnum().WithMessage("Choose coaches or participants.");
        RuleFor(x => x.Date).NotNull().WithMessage("Enter the day of the session.")
            .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Choose a day between 2000 and 2100.");
        RuleFor(x => x.StartTime).NotNull().WithMessage("Enter the start time.");
        RuleFor(x => x.EndTime).NotNull().WithMessage("Enter the end time.")
            .GreaterThan(x => x.StartTime).When(x => x.StartTime is not null, ApplyConditionTo.CurrentValidator).WithMessage("The session ends after it starts.");
        RuleFor(x => x.Location).NotEmpty().WithMessage("Enter the room and address, or the video link.")
            .MaximumLength(500).WithMessage("At most 500 characters.")
            .SingleLine();
        RuleFor(x => x.Capacity).NotNull().WithMessage("Enter how many coaches the session seats.")
            .InclusiveBetween(1, OrientationSessionInput.MaxCapacity).WithMessage($"A session seats between 1 and {OrientationSessionInput.MaxCapacity:N0} coaches.");
    }
}
