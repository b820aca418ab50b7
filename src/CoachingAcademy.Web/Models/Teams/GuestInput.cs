using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Teams;

/// <summary>The guest of a peer cohort's meetings (seed 004's Branch Deputy, or their designee).</summary>
public sealed class GuestInput
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Email { get; set; }
}

public sealed class GuestInputValidator : AbstractValidator<GuestInput>
{
    public GuestInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Write the guest's name.")
            .MaximumLength(Cohort.MaxSignerLength).WithMessage($"A name has at most {Cohort.MaxSignerLength} characters.").SingleLine();
        RuleFor(x => x.Title).NotEmpty().WithMessage("Write the guest's title, such as Branch Deputy.")
            .MaximumLength(Cohort.MaxSignerLength).WithMessage($"A title has at most {Cohort.MaxSignerLength} characters.").SingleLine();
        RuleFor(x => x.Email).NotEmpty().WithMessage("Write the guest's email address: their invitations go there.")
            .MaximumLength(Cohort.MaxGuestEmailLength).WithMessage($"An email address has at most {Cohort.MaxGuestEmailLength} characters.")
            .EmailAddress().WithMessage("Write an email address such as name@example.org.").SingleLine();
    }
}
