using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Sessions;

/// <summary>A session's time and place, in the cohort's time zone, as the pair enter it.</summary>
public sealed class SessionInput
{
    public int MatchId { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; }
    /// <summary>A new session's form starts with the cohort's usual length (<see cref="CohortRules.SessionMinutes"/>).</summary>
    public int? DurationMinutes { get; set; }
    public SessionForm? Form { get; set; }
    public string? Location { get; set; }
    public int? MilestoneId { get; set; }
    /// <summary>Needed when the change comes inside the cohort's notice before the start.</summary>
    public string? Reason { get; set; }

    public SessionPlan ToPlan() => new(Date!.Value.ToDateTime(Time!.Value), DurationMinutes!.Value, Form!.Value, Location ?? "", MilestoneId);
}

public sealed class SessionInputValidator : AbstractValidator<SessionInput>
{
    public SessionInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Choose the day of the session.")
            .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Choose a day between 2000 and 2100.");
        RuleFor(x => x.Time).NotNull().WithMessage("Choose the start time.");
        RuleFor(x => x.DurationMinutes).NotNull().WithMessage("Enter how long the session lasts.")
            .InclusiveBetween(CohortRules.MinSessionMinutes, CohortRules.MaxSessionMinutes)
            .WithMessage($"A session lasts between {CohortRules.MinSessionMinutes} and {CohortRules.MaxSessionMinutes} minutes.");
        RuleFor(x => x.Form).NotNull().WithMessage("Choose how you meet: in person, video or phone.")
            .IsInEnum().WithMessage("Choose how you meet: in person, video or phone.");
        RuleFor(x => x.Location).NotEmpty().WithMessage("Enter the place, the video link or the phone number.")
            .MaximumLength(500).WithMessage("At most 500 characters.")
            .SingleLine();
        RuleFor(x => x.Reason).MaximumLength(1000).WithMessage("A reason has at most 1,000 characters.");
    }
}

public sealed record MilestoneOption(int Id, string Name, Core.Milestones.StepDue Due);

/// <summary>What happened at a session: held or not, and for a held one, which members attended (none ticked: everyone).</summary>
public sealed class LogInput
{
    public SessionStatus Outcome { get; set; }
    public List<int> Attended { get; set; } = [];
}

public sealed class ChangeInput
{
    public string? Reason { get; set; }
}

public sealed class ChangeInputValidator : AbstractValidator<ChangeInput>
{
    public ChangeInputValidator() =>
        RuleFor(x => x.Reason).MaximumLength(1000).WithMessage("A reason has at most 1,000 characters.");
}

public sealed class NoteInput
{
    public string? Text { get; set; }
}

public sealed class NoteInputValidator : AbstractValidator<NoteInput>
{
    public NoteInputValidator() =>
        RuleFor(x => x.Text).MaximumLength(10_000).WithMessage("A note has at most 10,000 characters.");
}
