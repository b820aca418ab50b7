using CoachingAcademy.Core.People;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.People;

public sealed class AgencyInput
{
    public string? Name { get; set; }
    public string? ContactEmail { get; set; }
}

public sealed class AgencyInputValidator : AbstractValidator<AgencyInput>
{
    public AgencyInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the agency's name, e.g. City of Riverbend.")
            .MaximumLength(200).WithMessage("A name has at most 200 characters.")
            .SingleLine();
        RuleFor(x => x.ContactEmail).NotEmpty().WithMessage("Enter the address where the agency is told of match decisions.")
            .MaximumLength(256).WithMessage("An email address has at most 256 characters.")
            .EmailAddress().WithMessage("Enter an email address, e.g. coaching@agency.gov.")
            .SingleLine();
    }
}

/// <summary>A person of an agency. The email is set once, when they are added: it is their login.</summary>
public sealed class PersonInput
{
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public string? Title { get; set; }
    public PositionLevel? PositionLevel { get; set; }
    public string? SupervisorEmail { get; set; }

    public PersonDetails ToDetails() => new(FullName!, Email ?? "", Title ?? "", PositionLevel!.Value, SupervisorEmail);
}

public sealed class PersonInputValidator : AbstractValidator<PersonInput>
{
    public PersonInputValidator()
    {
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Enter the person's full name.")
            .MaximumLength(200).WithMessage("A name has at most 200 characters.")
            .SingleLine();
        RuleFor(x => x.Email).MaximumLength(256).WithMessage("An email address has at most 256 characters.")
            .EmailAddress().WithMessage("Enter an email address, e.g. name@agency.gov.")
            .SingleLine();
        RuleFor(x => x.Title).MaximumLength(200).WithMessage("A title has at most 200 characters.")
            .SingleLine();
        RuleFor(x => x.PositionLevel).NotNull().WithMessage("Choose the position level.").IsInEnum().WithMessage("Choose the position level.");
        RuleFor(x => x.SupervisorEmail).MaximumLength(256).WithMessage("An email address has at most 256 characters.")
            .EmailAddress().WithMessage("Enter the supervisor's email address, or leave it empty.")
            .SingleLine();
    }
}

/// <summary>Adding a person needs their email; editing keeps it.</summary>
public sealed class NewPersonValidator : AbstractValidator<PersonInput>
{
    public NewPersonValidator()
    {
        Include(new PersonInputValidator());
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the person's email address: it is their login.");
    }
}
