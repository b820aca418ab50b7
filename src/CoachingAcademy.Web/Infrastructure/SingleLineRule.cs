using FluentValidation;

namespace CoachingAcademy.Web.Infrastructure;

public static class SingleLineRule
{
    /// <summary>
    /// A one-line field refuses line breaks, tabs and other control characters: a name or address with a line break ends
    /// up in email headers and calendar invitations, where it starts a line of its own.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || !value.Any(char.IsControl))
            .WithMessage("Keep this to one line: no line breaks, tabs or other control characters.");
}
