using CoachingAcademy.Core.Reminders;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Reminders;

public sealed class PolicyInput
{
    public int? FirstMilestoneReminderDays { get; set; }
    public int? SecondMilestoneReminderDays { get; set; }
    public int? OverdueNoticeDays { get; set; }
    public int? SessionReminderHours { get; set; }
    public DayOfWeek? DigestDay { get; set; }
    public int? OrientationReminderDays { get; set; }

    public static PolicyInput From(ReminderPolicy p) => new()
    {
        FirstMilestoneReminderDays = p.FirstMilestoneReminderDays, SecondMilestoneReminderDays = p.SecondMilestoneReminderDays,
        OverdueNoticeDays = p.OverdueNoticeDays, SessionReminderHours = p.SessionReminderHours, DigestDay = p.DigestDay,
        OrientationReminderDays = p.OrientationReminderDays,
    };
}

public sealed class PolicyInputValidator : AbstractValidator<PolicyInput>
{
    public PolicyInputValidator()
    {
        RuleFor(x => x.FirstMilestoneReminderDays).NotNull().WithMessage("Enter a number of days.")
            .InclusiveBetween(1, 90).WithMessage("Between 1 and 90 days before the due date.");
        RuleFor(x => x.SecondMilestoneReminderDays).NotNull().WithMessage("Enter a number of days.")
            .InclusiveBetween(0, 89).WithMessage("Between 0 and 89 days before the due date.")
            .LessThan(x => x.FirstMilestoneReminderDays).WithMessage("The second reminder comes closer to the due date than the first.");
        RuleFor(x => x.OverdueNoticeDays).NotNull().WithMessage("Enter a number of days.")
            .InclusiveBetween(0, 30).WithMessage("Between 0 and 30 days after the due date.");
        RuleFor(x => x.SessionReminderHours).NotNull().WithMessage("Enter a number of hours.")
            .InclusiveBetween(1, 168).WithMessage("Between 1 and 168 hours (a week) before the session.");
        RuleFor(x => x.DigestDay).NotNull().WithMessage("Choose a day.").IsInEnum().WithMessage("Choose a day of the week.");
        RuleFor(x => x.OrientationReminderDays).NotNull().WithMessage("Enter a number of days.")
            .InclusiveBetween(1, 60).WithMessage("Between 1 and 60 days before the orientation session.");
    }
}
