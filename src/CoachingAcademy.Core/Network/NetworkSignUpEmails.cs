using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Network;

/// <summary>The one-time link that confirms a sign-up to a coach network; the person exists once they follow it.</summary>
public sealed class NetworkSignUpEmail(string email, string name, string cohortName, EnrollmentRole role, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [email];
    protected override string Subject => $"Confirm your sign-up to {cohortName}";
    private string As => role == EnrollmentRole.Coach ? "a volunteer coach" : "a player";

    protected override string Text() => $"""
        Dear {name},

        You asked to join {cohortName} as {As}. Confirm your email address and choose your password with this link
        (it works once, for {NetworkSignUp.ValidHours} hours):

        {link}

        Until you do, you cannot sign in and nobody sees you in the network. If you did not ask for this, ignore this email.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(name)},</p>
        <p>You asked to join {H(cohortName)} as {H(As)}. Confirm your email address and choose your password with this link
        (it works once, for {NetworkSignUp.ValidHours} hours):</p>
        <p><a href="{H(link)}">Confirm and choose a password</a></p>
        <p>Until you do, you cannot sign in and nobody sees you in the network. If you did not ask for this, ignore this email.</p>
        """;
}

/// <summary>
/// Sent instead of a link when the address already belongs to someone in the program, so that the sign-up page answers the
/// same whoever asks and never tells which addresses have an account.
/// </summary>
public sealed class NetworkAlreadyMemberEmail(string email, string cohortName, string signInLink) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [email];
    protected override string Subject => $"Your sign-up to {cohortName}";

    protected override string Text() => $"""
        Someone, probably you, asked to join {cohortName} with this email address, which already has an account in
        CoachingAcademy. Sign in with it here: {signInLink}
        To take part in {cohortName} too, ask the program's directors. If you did not ask for this, ignore this email.
        """;

    protected override string HtmlContent() => $"""
        <p>Someone, probably you, asked to join {H(cohortName)} with this email address, which already has an account in
        CoachingAcademy. <a href="{H(signInLink)}">Sign in with it</a>.</p>
        <p>To take part in {H(cohortName)} too, ask the program's directors. If you did not ask for this, ignore this email.</p>
        """;
}
