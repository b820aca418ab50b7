using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Cohorts;

public sealed class MilestoneInput
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public DateOnly? DueDate { get; set; }

    public static MilestoneInput From(MilestoneRow m) => new() { Name = m.Name, Description = m.Description, DueDate = m.DueDate };
}

public sealed class MilestoneInputValidator : AbstractValidator<MilestoneInput>
{
    public MilestoneInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the conversation, e.g. Informational interview.")
            .MaximumLength(200).WithMessage("A name has at most 200 characters.")
            .SingleLine();
        RuleFor(x => x.Description).MaximumLength(2000).WithMessage("A description has at most 2,000 characters.");
        RuleFor(x => x.DueDate).NotNull().WithMessage("Enter the date the conversation is due by.")
            .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Choose a date between 2000 and 2100.");
    }
}
