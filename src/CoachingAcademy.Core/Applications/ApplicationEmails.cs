using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Applications;

/// <summary>Seed 004: the supervisor, then the division director, is asked to approve an application through a one-time link.</summary>
public sealed class ApplicationApprovalAskedEmail(string approverEmail, string approverName, string role, string applicantName, string cohortName,
    string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [approverEmail];
    protected override string Subject => $"Your approval is asked: {applicantName}'s application to {cohortName}";

    protected override string Text() => $"""
        Dear {approverName},

        {applicantName} has applied to {cohortName}, a peer coaching circle, and names you as their {role}. Read the application
        and approve or decline it here (the link is yours alone, works once and for {ApplicationLink.ValidDays} days): {link}

        You see the application and its approvals; the team's meetings stay between its members.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(approverName)},</p>
        <p>{H(applicantName)} has applied to {H(cohortName)}, a peer coaching circle, and names you as their {H(role)}.</p>
        <p><a href="{H(link)}">Read the application and approve or decline it</a> (the link is yours alone, works once and for {ApplicationLink.ValidDays} days).</p>
        <p>You see the application and its approvals; the team's meetings stay between its members.</p>
        """;
}

/// <summary>The applicant learns each outcome of their application: an approval, the acceptance, or a decline with its reason.</summary>
public sealed class ApplicationOutcomeEmail(string applicantEmail, string applicantName, string cohortName, string headline, string what, string? reason,
    string link)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [applicantEmail];
    protected override string Subject => $"Your application to {cohortName}: {headline}";

    protected override string Text() => $"""
        Dear {applicantName},

        {what}{(reason is null ? "" : $"\n\nThe reason given: {reason}")}

        Your application: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(applicantName)},</p>
        <p>{H(what)}</p>
        {(reason is null ? "" : $"<p>The reason given: {H(reason)}</p>")}
        <p><a href="{H(link)}">See your application</a>.</p>
        """;
}

/// <summary>The program office learns that an application has both approvals and waits for its decision.</summary>
public sealed class ApplicationReadyEmail(IReadOnlyList<string> directorEmails, string applicantName, string cohortName, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => directorEmails;
    protected override string Subject => $"{cohortName}: {applicantName}'s application waits for the program office";

    protected override string Text() => $"""
        {applicantName}'s supervisor and division director have approved their application to {cohortName}. Accept or decline it: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>{H(applicantName)}'s supervisor and division director have approved their application to {H(cohortName)}.</p>
        <p><a href="{H(link)}">Accept or decline it</a>.</p>
        """;
}

/// <summary>
/// Seed 004: the supervisor is told how the member they approved completed the program, once the team's final meeting is
/// held: whether they kept the attendance commitment and receive the certificate. Nothing from the meetings.
/// </summary>
public sealed class CompletionToSupervisorEmail(string supervisorEmail, string supervisorName, string memberName, string cohortName,
    bool completed, int attended, int meetings) : EmailTemplate
{
    private string What => completed
        ? $"{memberName} has completed {cohortName}: they attended {attended} of the {meetings} monthly meetings and receive the certificate of completion."
        : $"{memberName}'s team has held its final meeting of {cohortName}. {memberName} attended {attended} of the {meetings} monthly meetings, fewer than the program's attendance commitment asks, so no certificate of completion is issued.";

    protected override IReadOnlyList<string> Recipients => [supervisorEmail];
    protected override string Subject => $"{cohortName}: {memberName} {(completed ? "has completed the program" : "has finished the program")}";

    protected override string Text() => $"""
        Dear {supervisorName},

        {What}

        Thank you for supporting their participation. What was said in the team's meetings stays with the team.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(supervisorName)},</p>
        <p>{H(What)}</p>
        <p>Thank you for supporting their participation. What was said in the team's meetings stays with the team.</p>
        """;
}
