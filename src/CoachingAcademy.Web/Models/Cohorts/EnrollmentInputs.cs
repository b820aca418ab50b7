using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Cohorts;

/// <summary>Enrolls one person already in the program.</summary>
public sealed class EnrollInput
{
    public string? Email { get; set; }
    public EnrollmentRole? Role { get; set; }
}

public sealed class EnrollInputValidator : AbstractValidator<EnrollInput>
{
    public EnrollInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the person's email address.")
            .MaximumLength(256).WithMessage("An email address has at most 256 characters.")
            .EmailAddress().WithMessage("Enter an email address, e.g. name@agency.gov.")
            .SingleLine();
        RuleFor(x => x.Role).NotNull().WithMessage("Choose participant or coach.").IsInEnum().WithMessage("Choose participant or coach.");
    }
}

/// <summary>A CSV file to check before importing.</summary>
public sealed class EnrollmentUpload
{
    public IFormFile? File { get; set; }
}

public sealed class EnrollmentUploadValidator : AbstractValidator<EnrollmentUpload>
{
    public EnrollmentUploadValidator() =>
        RuleFor(x => x.File).NotNull().WithMessage("Choose a CSV file.")
            .Must(f => f is null || f.Length is > 0 and <= EnrollmentFile.MaxCharacters).WithMessage("Choose a CSV file of at most 2 MB with at least one line.");
}

/// <summary>The checked file, sent back whole when the director confirms; it is checked again before anything is saved.</summary>
public sealed class EnrollmentConfirm
{
    public string? Csv { get; set; }
}

public sealed class EnrollmentConfirmValidator : AbstractValidator<EnrollmentConfirm>
{
    public EnrollmentConfirmValidator() =>
        RuleFor(x => x.Csv).NotEmpty().WithMessage("There is no file to import; upload it again.")
            .MaximumLength(EnrollmentFile.MaxCharacters).WithMessage("The file is too large; upload at most 2 MB at a time.");
}

/// <summary>An agency coordinator names one of their agency's people a coach of the cohort in the URL.</summary>
public sealed class NameCoachInput
{
    public int? CoachId { get; set; }
}

public sealed class NameCoachInputValidator : AbstractValidator<NameCoachInput>
{
    public NameCoachInputValidator() =>
        RuleFor(x => x.CoachId).NotNull().WithMessage("Choose the person to name as a coach.")
            .GreaterThan(0).WithMessage("Choose the person to name as a coach.");
}
