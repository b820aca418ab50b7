using CoachingAcademy.Core.Applications;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Teams;

/// <summary>A member's status of their project for this month.</summary>
public sealed class ProjectStatusInput
{
    public string? Text { get; set; }
}

public sealed class ProjectStatusInputValidator : AbstractValidator<ProjectStatusInput>
{
    public ProjectStatusInputValidator() =>
        RuleFor(x => x.Text).NotEmpty().WithMessage("Write a short status of your project for this month.")
            .MaximumLength(ProjectUpdate.TextLength).WithMessage($"Keep the status to {ProjectUpdate.TextLength} characters.");
}
