using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Engagements;

/// <summary>Seed 002: the organisation's approver is asked to agree in writing to the coach's outline, through a one-time
/// link that proves who they are (or by signing in).</summary>
public sealed class OutlineSubmittedEmail(string approverEmail, string approverName, string clientName, string coachName, string cohortName,
    int additionalSessions, int periodWeeks, string reason, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [approverEmail];
    protected override string Subject => $"Your approval is asked: {clientName}'s coaching with {coachName}";

    private string Plan => $"{additionalSessions} additional session{(additionalSessions == 1 ? "" : "s")} over {periodWeeks} week{(periodWeeks == 1 ? "" : "s")}";

    protected override string Text() => $"""
        Dear {approverName},

        {clientName} has held the initial coaching sessions with {coachName} in {cohortName}. The coach outlines
        {Plan}, because:

        {reason}

        Approve or decline the outline here (the link is yours alone, works once and for {ApprovalLink.ValidDays} days): {link}

        The content of the sessions stays between the coach and {clientName}; you see the plan and its approvals.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(approverName)},</p>
        <p>{H(clientName)} has held the initial coaching sessions with {H(coachName)} in {H(cohortName)}. The coach outlines
        <strong>{H(Plan)}</strong>, because:</p>
        <blockquote>{H(reason)}</blockquote>
        <p><a href="{H(link)}">Approve or decline the outline</a> (the link is yours alone, works once and for {ApprovalLink.ValidDays} days).</p>
        <p>The content of the sessions stays between the coach and {H(clientName)}; you see the plan and its approvals.</p>
        """;
}

/// <summary>The coach and the client learn the organisation's decision on the outline, with its comment.</summary>
public sealed class OutlineDecidedEmail(IReadOnlyList<string> recipients, string whoMeets, string cohortName, bool approved, string decidedBy,
    string? comment, int plannedSessions, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Outline {(approved ? "approved" : "declined")}: {whoMeets}";

    private string What => approved
        ? $"{decidedBy} approved the outline for the organisation: {plannedSessions} sessions are now planned in all."
        : $"{decidedBy} declined the outline for the organisation. The coach can submit a changed outline.";

    protected override string Text() => $"""
        {What}{(comment is null ? "" : $"\n\nTheir comment: {comment}")}

        The engagement's plan ({cohortName}): {link}
        """;

    protected override string HtmlContent() => $"""
        <p>{H(What)}</p>
        {(comment is null ? "" : $"<p>Their comment: {H(comment)}</p>")}
        <p><a href="{H(link)}">See the engagement's plan</a> ({H(cohortName)}).</p>
        """;
}

/// <summary>The planned sessions are all held: the engagement closes, and the client is asked for the end-of-series assessment.</summary>
public sealed class EngagementCompletedEmail(IReadOnlyList<string> recipients, string whoMeets, string cohortName, int sessions) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Coaching complete: {whoMeets}";

    protected override string Text() => $"""
        All {sessions} planned sessions of {whoMeets} in {cohortName} are held, so the coaching engagement is complete.
        Thank you both. If the program asks for an assessment of the series, it follows in a separate email.
        """;

    protected override string HtmlContent() => $"""
        <p>All {sessions} planned sessions of {H(whoMeets)} in {H(cohortName)} are held, so the coaching engagement is complete.
        Thank you both. If the program asks for an assessment of the series, it follows in a separate email.</p>
        """;
}
