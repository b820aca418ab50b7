using CoachingAcademy.Core.Events;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Events;

/// <summary>A cohort event's time and place, in the cohort's time zone. The cohort and the kind come from the URL.</summary>
public sealed class EventInput
{
    public DateOnly? Date { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public string? Location { get; set; }
}

public sealed class EventInputValidator : AbstractValidator<EventInput>
{
    public EventInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Enter the day of the event.")
            .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Choose a day between 2000 and 2100.");
        RuleFor(x => x.StartTime).NotNull().WithMessage("Enter the start time.");
        RuleFor(x => x.EndTime).NotNull().WithMessage("Enter the end time.")
            .GreaterThan(x => x.StartTime).When(x => x.StartTime is not null, ApplyConditionTo.CurrentValidator).WithMessage("The event ends after it starts.");
        RuleFor(x => x.Location).NotEmpty().WithMessage("Enter the room and address, or the video link.")
            .MaximumLength(CohortEvent.LocationLength).WithMessage($"At most {CohortEvent.LocationLength} characters.")
            .SingleLine();
    }
}

/// <summary>An invited person's answer; the invitation comes from the URL and must be their own.</summary>
public sealed class ReplyInput
{
    public EventReply? Reply { get; set; }
}

public sealed class ReplyInputValidator : AbstractValidator<ReplyInput>
{
    public ReplyInputValidator()
    {
        RuleFor(x => x.Reply).NotNull().WithMessage("Answer yes or no.")
            .Must(r => r is EventReply.Yes or EventReply.No).WithMessage("Answer yes or no.");
    }
}
