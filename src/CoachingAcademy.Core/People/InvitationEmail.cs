using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.People;

/// <summary>
/// A new person's one-time link to set their password, with where and as what they take part (when the login comes with a
/// place in a cohort) and what to do first once signed in.
/// </summary>
public sealed class InvitationEmail(string email, string name, string link, int validDays, AccountRole? role = null, string? cohortName = null)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [email];
    protected override string Subject => "Your CoachingAcademy account: set your password";

    private string Where => (role, cohortName) switch
    {
        (AccountRole.Coach, string cohort) => $", as a coach in {cohort}",
        (AccountRole.Participant, string cohort) => $", as a participant in {cohort}",
        (AccountRole.Sponsor, string cohort) => $", as the sponsor of an engagement in {cohort}",
        (AccountRole.OrganisationApprover, string cohort) => $", as your organisation's approver of an engagement in {cohort}",
        (AccountRole.Coordinator, _) => ", as your agency's coordinator",
        _ => "",
    };

    private string Next => role switch
    {
        AccountRole.Coach => "Once signed in, register for one of the cohort's orientation sessions; the participants matched with you then appear on your home page.",
        AccountRole.Participant => "Once signed in, you see the cohort's schedule of steps; when you are matched with a coach, you schedule your sessions there.",
        AccountRole.Sponsor => "Once signed in, you follow the engagement's steps and meeting dates, never what is said in them.",
        AccountRole.OrganisationApprover => "Once signed in, you see the engagement's plan and approve or decline the coach's outline of further sessions; never what is said in them.",
        AccountRole.Coordinator => "Once signed in, you see your agency's people in each cohort and propose matches for its participants.",
        _ => "",
    };

    protected override string Text() => $"""
        Dear {name},

        The leadership academy has given you an account in CoachingAcademy, where the coaching program is run{Where}.
        Set your password with this link (it works once, for {validDays} days):

        {link}

        Then sign in with this email address ({email}). If the link has expired, ask the academy directors to send a new one.
        {Next}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(name)},</p>
        <p>The leadership academy has given you an account in CoachingAcademy, where the coaching program is run{H(Where)}.
        Set your password with this link (it works once, for {validDays} days):</p>
        <p><a href="{H(link)}">Set your password</a></p>
        <p>Then sign in with this email address ({H(email)}). If the link has expired, ask the academy directors to send a new one.</p>
        <p>{H(Next)}</p>
        """;
}
