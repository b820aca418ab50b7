using CoachingAcademy.Core.Network;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Network;

/// <summary>The public sign-up form of a coach network: who, where, and as what.</summary>
public sealed class SignUpInput
{
    /// <summary>"Coach" or "Player".</summary>
    public string? JoinAs { get; set; }
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public string? Region { get; set; }

    public const string Coach = "Coach", Player = "Player";
}

/// <summary>The password chosen on following the sign-up's link (the token comes from the link's query).</summary>
public sealed class ConfirmSignUpInput
{
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

/// <summary>A network coach's own profile. Forms and areas come as text and are parsed here, so a tampered value is a message, not a binding failure.</summary>
public sealed class ProfileInput
{
    public string? Title { get; set; }
    public string? Organisation { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public List<string>? ContactForms { get; set; }
    public List<string>? AreaIds { get; set; }
    public string? Bio { get; set; }
    public string? Capacity { get; set; }
    public bool IsAvailable { get; set; }

    public ContactForms Forms() => (ContactForms ?? []).Select(f => Enum.TryParse<ContactForms>(f, out var v) ? v : Core.Network.ContactForms.None)
        .Aggregate(Core.Network.ContactForms.None, (all, f) => all | f);

    public IReadOnlyList<int> Areas() => (AreaIds ?? []).Select(a => int.TryParse(a, out var id) ? id : 0).Where(id => id > 0).ToList();

    public ProfileDetails ToDetails() => new(Title, Organisation, City, Region, Forms(), Areas(), Bio, int.Parse(Capacity!), IsAvailable);

    public static ProfileInput From(ProfileDetails d) => new()
    {
        Title = d.Title, Organisation = d.Organisation, City = d.City, Region = d.Region,
        ContactForms = ContactFormWords.Each.Where(f => d.ContactForms.HasFlag(f)).Select(f => f.ToString()).ToList(),
        AreaIds = d.AreaIds.Select(a => a.ToString()).ToList(), Bio = d.Bio, Capacity = d.Capacity.ToString(), IsAvailable = d.IsAvailable,
    };
}

/// <summary>The region a player is in, for the directory's "near me".</summary>
public sealed class RegionInput
{
    public string? Region { get; set; }
}

public sealed class RegionInputValidator : AbstractValidator<RegionInput>
{
    public RegionInputValidator() => RuleFor(x => x.Region).Must(NetworkRegions.IsKnown).WithMessage(x => NetworkRegions.Refusal(x.Region));
}

/// <summary>A director's new area of experience for the network.</summary>
public sealed class AreaInput
{
    public string? Name { get; set; }
}

public sealed class SignUpInputValidator : AbstractValidator<SignUpInput>
{
    public SignUpInputValidator()
    {
        RuleFor(x => x.JoinAs).Must(r => r is SignUpInput.Coach or SignUpInput.Player)
            .WithMessage("Choose whether you join as a volunteer coach or as a player.");
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Write your name.")
            .MaximumLength(NetworkSignUp.MaxNameLength).WithMessage($"A name has at most {NetworkSignUp.MaxNameLength} characters.")
            .SingleLine();
        RuleFor(x => x.Email).NotEmpty().WithMessage("Write your email address: the confirmation link goes there.")
            .MaximumLength(NetworkSignUp.MaxEmailLength).WithMessage($"An email address has at most {NetworkSignUp.MaxEmailLength} characters.")
            .EmailAddress().WithMessage("This is not an email address, e.g. name@example.org.")
            .SingleLine();
        RuleFor(x => x.Region).Must(NetworkRegions.IsKnown).WithMessage(x => NetworkRegions.Refusal(x.Region));
    }
}

public sealed class ConfirmSignUpInputValidator : AbstractValidator<ConfirmSignUpInput>
{
    public ConfirmSignUpInputValidator()
    {
        RuleFor(x => x.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(12).WithMessage("A password has at least 12 characters; a few words make a good one.")
            .MaximumLength(128).WithMessage("A password has at most 128 characters.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The two passwords are not the same.");
    }
}

public sealed class ProfileInputValidator : AbstractValidator<ProfileInput>
{
    public ProfileInputValidator()
    {
        RuleFor(x => x.Title).MaximumLength(NetworkProfile.MaxTextLength).WithMessage($"A title has at most {NetworkProfile.MaxTextLength} characters.").SingleLine();
        RuleFor(x => x.Organisation).MaximumLength(NetworkProfile.MaxTextLength).WithMessage($"At most {NetworkProfile.MaxTextLength} characters.").SingleLine();
        RuleFor(x => x.City).NotEmpty().WithMessage("Write the city you are in: players near you look for it.")
            .MaximumLength(NetworkProfile.MaxTextLength).WithMessage($"A city has at most {NetworkProfile.MaxTextLength} characters.").SingleLine();
        RuleFor(x => x.Region).Must(NetworkRegions.IsKnown).WithMessage(x => NetworkRegions.Refusal(x.Region));
        RuleFor(x => x.ContactForms).Must(f => f is { Count: > 0 and <= 3 } && f.All(v => ContactFormWords.Each.Any(e => e.ToString() == v)))
            .WithMessage("Choose at least one form of contact: in person, phone or video.");
        RuleFor(x => x.AreaIds).Must(a => a is null || (a.Count <= 100 && a.All(v => int.TryParse(v, out var id) && id > 0)))
            .WithMessage("Choose areas of experience from the list.");
        RuleFor(x => x.Bio).MaximumLength(NetworkProfile.MaxBioLength)
            .WithMessage(x => $"A bio has at most {NetworkProfile.MaxBioLength:N0} characters; this one has {x.Bio!.Length:N0}. Shorten it: players read a few lines.");
        RuleFor(x => x.Capacity).Must(c => int.TryParse(c, out var n) && n is >= 1 and <= NetworkProfile.MaxCapacity)
            .WithMessage($"Say how many people you coach at once, from 1 to {NetworkProfile.MaxCapacity}.");
    }
}

public sealed class AreaInputValidator : AbstractValidator<AreaInput>
{
    public AreaInputValidator() =>
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the area of experience.")
            .MaximumLength(ExperienceArea.MaxNameLength).WithMessage($"An area's name has at most {ExperienceArea.MaxNameLength} characters.")
            .SingleLine();
}
