using CoachingAcademy.Core.Resources;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Web.Models.Resources;

/// <summary>A resource a director adds to a cohort: a link or a file, for an audience. The cohort comes from the URL.</summary>
public sealed class ResourceInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public ResourceAudience? Audience { get; set; }
    public string? Url { get; set; }
    public IFormFile? File { get; set; }
    /// <summary>The step the resource is for (a peer circle's meeting on a competency), or none.</summary>
    public int? MilestoneId { get; set; }
}

public sealed class ResourceInputValidator : AbstractValidator<ResourceInput>
{
    public ResourceInputValidator(IOptions<ResourceOptions> options)
    {
        var max = options.Value;
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the resource a title.")
            .MaximumLength(Resource.TitleLength).WithMessage($"A title has at most {Resource.TitleLength} characters.")
            .SingleLine();
        RuleFor(x => x.Description).MaximumLength(Resource.DescriptionLength).WithMessage($"A description has at most {Resource.DescriptionLength} characters.")
            .SingleLine();
        RuleFor(x => x.Audience).NotNull().WithMessage("Choose coaches, participants or everyone.")
            .IsInEnum().WithMessage("Choose coaches, participants or everyone.");
        RuleFor(x => x.Url).SingleLine()
            .Must(url => string.IsNullOrWhiteSpace(url) || ResourceLink.IsValid(url)).WithMessage("Enter a web address that starts with http:// or https://.");
        RuleFor(x => x.File)
            .Must((input, file) => file is not null || !string.IsNullOrWhiteSpace(input.Url)).WithMessage("Give a link or choose a file.")
            .Must((input, file) => file is null || string.IsNullOrWhiteSpace(input.Url)).WithMessage("Give a link or a file, not both.")
            .Must(file => file is null || file.Length > 0).WithMessage("The file is empty.")
            .Must(file => file is null || file.Length <= max.MaxFileBytes)
            .WithMessage(input => $"The file is {ResourceService.Megabytes(input.File!.Length)}; at most {max.MaxFileMegabytes} MB can be added.");
    }
}
