using CoachingAcademy.Core.Matching;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Matching;

/// <summary>The statement of mutual understanding as a form (seed 001).</summary>
public sealed class AgreementInput
{
    public string? Confidentiality { get; set; }
    public int? DurationMonths { get; set; }
    public string? ContactFrequency { get; set; }
    /// <summary>At least every this many days; empty: the program's rhythm.</summary>
    public int? ContactEveryDays { get; set; }
    public string? ContactForm { get; set; }
    public string? CoachTime { get; set; }
    public List<CoachRoles> CoachRoles { get; set; } = [];
    public string? AdditionalPoints { get; set; }

    public CoachRoles Roles => CoachRoles.Aggregate(Core.Matching.CoachRoles.None, (all, role) => all | role);

    public static AgreementInput From(MatchAgreement agreement) => new()
    {
        Confidentiality = agreement.Confidentiality,
        DurationMonths = agreement.DurationMonths,
        ContactFrequency = agreement.ContactFrequency,
        ContactEveryDays = agreement.ContactEveryDays,
        ContactForm = agreement.ContactForm,
        CoachTime = agreement.CoachTime,
        CoachRoles = Enum.GetValues<CoachRoles>().Where(r => r != Core.Matching.CoachRoles.None && agreement.CoachRoles.HasFlag(r)).ToList(),
        AdditionalPoints = agreement.AdditionalPoints,
    };
}

public sealed class AgreementInputValidator : AbstractValidator<AgreementInput>
{
    public AgreementInputValidator()
    {
        RuleFor(x => x.Confidentiality).NotEmpty().WithMessage("Say how you keep your conversations confidential.")
            .MaximumLength(2000).WithMessage("At most 2,000 characters.");
        RuleFor(x => x.DurationMonths).NotNull().WithMessage("Enter the intended duration in months.")
            .InclusiveBetween(1, 24).WithMessage("The intended duration is between 1 and 24 months (3 to 6 are suggested).");
        RuleFor(x => x.ContactFrequency).NotEmpty().WithMessage("Say how often you will be in touch (at least monthly is suggested).")
            .MaximumLength(200).WithMessage("At most 200 characters.")
            .SingleLine();
        RuleFor(x => x.ContactEveryDays).InclusiveBetween(Core.Cohorts.CohortRules.MinRhythmDays, Core.Cohorts.CohortRules.MaxRhythmDays)
            .When(x => x.ContactEveryDays is not null).WithMessage("Choose how often from the list.");
        RuleFor(x => x.ContactForm).NotEmpty().WithMessage("Say how you will meet: in person, video or phone.")
            .MaximumLength(200).WithMessage("At most 200 characters.")
            .SingleLine();
        RuleFor(x => x.CoachTime).NotEmpty().WithMessage("Say how much time the coach invests.")
            .MaximumLength(200).WithMessage("At most 200 characters.")
            .SingleLine();
        RuleFor(x => x.CoachRoles).NotEmpty().WithMessage("Choose at least one role for the coach.");
        RuleForEach(x => x.CoachRoles).IsInEnum().NotEqual(CoachRoles.None).WithMessage("Choose roles from the list.");
        RuleFor(x => x.AdditionalPoints).MaximumLength(4000).WithMessage("At most 4,000 characters.");
    }
}
