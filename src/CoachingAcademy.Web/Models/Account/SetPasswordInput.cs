using FluentValidation;

namespace CoachingAcademy.Web.Models.Account;

/// <summary>An invitation link's form: the login and one-time token from the link, and the new password.</summary>
public sealed class SetPasswordInput
{
    public string? UserId { get; set; }
    public string? Token { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class SetPasswordInputValidator : AbstractValidator<SetPasswordInput>
{
    public SetPasswordInputValidator()
    {
        RuleFor(x => x.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(12).WithMessage("A password has at least 12 characters; a few words make a good one.")
            .MaximumLength(128).WithMessage("A password has at most 128 characters.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The two passwords are not the same.");
    }
}
