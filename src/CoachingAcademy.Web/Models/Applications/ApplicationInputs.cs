using CoachingAcademy.Core.Applications;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Applications;

/// <summary>Seed 004's application form. The applicant's name comes from their sign-in, the cohort from the URL.</summary>
public sealed class ApplicationInput
{
    public string? JobClassification { get; set; }
    public string? Division { get; set; }
    public string? Unit { get; set; }
    public string? SupervisorName { get; set; }
    public string? SupervisorEmail { get; set; }
    public string? DirectorName { get; set; }
    public string? DirectorEmail { get; set; }
    public string? Why { get; set; }
    public string? LeadershipRoles { get; set; }
    /// <summary>"grow" or "glow" for each competency, in the cohort's order.</summary>
    public List<string?> Competencies { get; set; } = [];
    public string? Specific { get; set; }
    public string? Measurable { get; set; }
    public string? Achievable { get; set; }
    public string? Realistic { get; set; }
    public string? Timely { get; set; }
    public bool Committed { get; set; }

    public ApplicationForm ToForm() => new(JobClassification!, Division!, Unit!, SupervisorName!, SupervisorEmail!, DirectorName!, DirectorEmail!,
        Why!, LeadershipRoles!, Competencies.Select(c => c ?? "").ToList(), new SmartProject(Specific!, Measurable!, Achievable!, Realistic!, Timely!),
        Committed);
}

public sealed class ApplicationInputValidator : AbstractValidator<ApplicationInput>
{
    public ApplicationInputValidator()
    {
        Short(x => x.JobClassification, "Write your job classification.");
        Short(x => x.Division, "Write your division.");
        Short(x => x.Unit, "Write your unit.");
        Short(x => x.SupervisorName, "Write your supervisor's name.");
        Short(x => x.DirectorName, "Write your division director's name.");
        Email(x => x.SupervisorEmail, "your supervisor");
        Email(x => x.DirectorEmail, "your division director");
        Long(x => x.Why, CircleApplication.MaxLongLength, "Say why you want to be part of this program.");
        Long(x => x.LeadershipRoles, CircleApplication.MaxLongLength, "Say what leadership roles you aim for.");
        Long(x => x.Specific, CircleApplication.MaxSmartLength, "Say what the project will achieve, specifically.");
        Long(x => x.Measurable, CircleApplication.MaxSmartLength, "Say how its result will be measured.");
        Long(x => x.Achievable, CircleApplication.MaxSmartLength, "Say why it is achievable.");
        Long(x => x.Realistic, CircleApplication.MaxSmartLength, "Say why it is realistic for your division.");
        Long(x => x.Timely, CircleApplication.MaxSmartLength, "Say by when it will be done.");
        RuleFor(x => x.Competencies).Must(c => c.Count <= 20 && c.All(v => v is CircleApplication.Grow or CircleApplication.Glow))
            .WithMessage("Say for each competency whether you need to grow in it or glow in it.");
        RuleFor(x => x.Committed).Equal(true)
            .WithMessage("Tick that you commit to attend the monthly meeting for the whole program: the program asks it of every member.");
    }

    private void Short(System.Linq.Expressions.Expression<Func<ApplicationInput, string?>> field, string empty) =>
        RuleFor(field).NotEmpty().WithMessage(empty).MaximumLength(CircleApplication.MaxShortLength)
            .WithMessage($"Keep this to {CircleApplication.MaxShortLength} characters.").SingleLine();

    private void Email(System.Linq.Expressions.Expression<Func<ApplicationInput, string?>> field, string whose) =>
        RuleFor(field).NotEmpty().WithMessage($"Write {whose}'s email address: they are asked to approve by email.")
            .MaximumLength(CircleApplication.MaxEmailLength).WithMessage($"An email address has at most {CircleApplication.MaxEmailLength} characters.")
            .EmailAddress().WithMessage("Write an email address such as name@example.org.").SingleLine();

    private void Long(System.Linq.Expressions.Expression<Func<ApplicationInput, string?>> field, int max, string empty) =>
        RuleFor(field).NotEmpty().WithMessage(empty).MaximumLength(max).WithMessage($"Keep this to {max:N0} characters.");
}

/// <summary>An approver's decision: approve (the division director concurs with the project) or decline with a reason.</summary>
public sealed class ApplicationDecisionInput
{
    public bool Approve { get; set; }
    public bool Concurs { get; set; }
    public string? Reason { get; set; }
}

public sealed class ApplicationDecisionInputValidator : AbstractValidator<ApplicationDecisionInput>
{
    public ApplicationDecisionInputValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().When(x => !x.Approve).WithMessage("Say why you decline: the applicant reads it.")
            .MaximumLength(CircleApplication.MaxReasonLength).WithMessage($"The reason has at most {CircleApplication.MaxReasonLength:N0} characters.");
    }
}
