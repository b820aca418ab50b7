using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Seed 002: the organisation's approver learns which engagement they approve for, and what they will see.</summary>
public sealed class ApproverNamedEmail(string approverEmail, string approverName, string clientName, string coachName, string cohortName, string link)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [approverEmail];
    protected override string Subject => $"You approve {clientName}'s coaching with {coachName} for your organisation";

    protected override string Text() => $"""
        Dear {approverName},

        You are named your organisation's approver of {clientName}'s coaching with {coachName} in {cohortName}. After the
        initial three sessions the coach outlines the further sessions anticipated, and you are asked to agree to them in
        writing: an email brings you a link for each outline. The engagement's plan and approvals: {link}

        The content of the sessions stays between the coach and {clientName}.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(approverName)},</p>
        <p>You are named your organisation's approver of {H(clientName)}'s coaching with {H(coachName)} in {H(cohortName)}. After the
        initial three sessions the coach outlines the further sessions anticipated, and you are asked to agree to them in writing:
        an email brings you a link for each outline. <a href="{H(link)}">The engagement's plan and approvals</a>.</p>
        <p>The content of the sessions stays between the coach and {H(clientName)}.</p>
        """;
}
