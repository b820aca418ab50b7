using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Certificates;

/// <summary>The official whose name and title the cohort's certificates carry.</summary>
public sealed class SignerInput
{
    public string? Name { get; set; }
    public string? Title { get; set; }
}

public sealed class SignerInputValidator : AbstractValidator<SignerInput>
{
    public SignerInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Write the signing official's name.")
            .MaximumLength(Cohort.MaxSignerLength).WithMessage("A name has at most 200 characters.").SingleLine();
        RuleFor(x => x.Title).NotEmpty().WithMessage("Write the signing official's title.")
            .MaximumLength(Cohort.MaxSignerLength).WithMessage("A title has at most 200 characters.").SingleLine();
    }
}
