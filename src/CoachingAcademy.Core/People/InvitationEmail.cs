using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.People;

/// <summary>A new person's one-time link to set their password.</summary>
public sealed class InvitationEmail(string email, string name, string link, int validDays) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [email];
    protected override string Subject => "Your CoachingAcademy account: set your password";

    protected override string Text() => $"""
        Dear {name},

        The leadership academy has given you an account in CoachingAcademy, where the coaching program is run.
        Set your password with this link (it works once, for {validDays} days):

        {link}

        Then sign in with this email address ({email}). If the link has expired, ask the academy directors to send a new one.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(name)},</p>
        <p>The leadership academy has given you an account in CoachingAcademy, where the coaching program is run.
        Set your password with this link (it works once, for {validDays} days):</p>
        <p><a href="{H(link)}">Set your password</a></p>
        <p>Then sign in with this email address ({H(email)}). If the link has expired, ask the academy directors to send a new one.</p>
        """;
}
