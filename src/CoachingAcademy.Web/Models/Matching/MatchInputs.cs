using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Matching;

public sealed class ProposeMatchInput
{
    public int CohortId { get; set; }
    public int? ParticipantId { get; set; }
    public int? CoachId { get; set; }
}

public sealed class ProposeMatchInputValidator : AbstractValidator<ProposeMatchInput>
{
    public ProposeMatchInputValidator()
    {
        RuleFor(x => x.CohortId).GreaterThan(0).WithMessage("Choose a cohort.");
        RuleFor(x => x.ParticipantId).NotNull().WithMessage("Choose a participant.").GreaterThan(0).WithMessage("Choose a participant.");
        RuleFor(x => x.CoachId).NotNull().WithMessage("Choose a coach.").GreaterThan(0).WithMessage("Choose a coach.");
    }
}

/// <summary>A director's decision on a proposal, carrying the version of the proposal they saw.</summary>
public sealed class DecisionInput
{
    public Guid Token { get; set; }
}

public sealed class RejectInput
{
    public Guid Token { get; set; }
    public string? Reason { get; set; }
}

public sealed class RejectInputValidator : AbstractValidator<RejectInput>
{
    public RejectInputValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason for the rejection; it is sent to the agency contact.")
            .MaximumLength(1000).WithMessage("A reason has at most 1,000 characters.");
    }
}

public sealed class EndMatchInput
{
    public string? Reason { get; set; }
    /// <summary>A note to the other side, delivered by email (the coach or the participant only).</summary>
    public string? ThankYou { get; set; }
}

public sealed class EndMatchInputValidator : AbstractValidator<EndMatchInput>
{
    public EndMatchInputValidator()
    {
        RuleFor(x => x.Reason).MaximumLength(1000).WithMessage("A reason has at most 1,000 characters.");
        RuleFor(x => x.ThankYou).MaximumLength(2000).WithMessage("A thank-you note has at most 2,000 characters.");
    }
}

/// <summary>The suggested pairs a director ticks, each as "participantId:coachId".</summary>
public sealed class AcceptSuggestionsInput
{
    /// <summary>An empty or blank value binds as a null element.</summary>
    public List<string?> Pairs { get; set; } = [];

    public List<(int ParticipantId, int CoachId)> Parsed() => Pairs
        .OfType<string>()
        .Select(p => p.Split(':'))
        .Where(p => p.Length == 2 && int.TryParse(p[0], out _) && int.TryParse(p[1], out _))
        .Select(p => (int.Parse(p[0]), int.Parse(p[1])))
        .ToList();
}

/// <summary>Seed 003: the sponsor a director names on an engagement; someone new to the program is added by this.</summary>
/// <summary>A person a director names into an engagement: a sponsor, or the organisation's approver.</summary>
public sealed class MemberInput
{
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public string? Title { get; set; }
}

public sealed class MemberInputValidator : AbstractValidator<MemberInput>
{
    public MemberInputValidator()
    {
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Enter their name.")
            .MaximumLength(200).WithMessage("A name has at most 200 characters.").SingleLine();
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter their email address; their invitation goes there.")
            .MaximumLength(254).WithMessage("An email address has at most 254 characters.")
            .EmailAddress().WithMessage("Enter an email address such as name@example.org.").SingleLine();
        RuleFor(x => x.Title).MaximumLength(200).WithMessage("A title has at most 200 characters.").SingleLine();
    }
}
