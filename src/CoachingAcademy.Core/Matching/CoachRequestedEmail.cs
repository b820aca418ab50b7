using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Seed 001: a participant picked this coach; the coach accepts or declines from the link.</summary>
public sealed class CoachRequestedEmail(string coachEmail, string coachName, string participantName, string participantTitle,
    string cohortName, string respondLink, string? message = null, bool directorApproves = true) : EmailTemplate
{
    private string Said => message is null ? "" : $"\n\nTheir message to you:\n\n{message}";
    private string Next => directorApproves
        ? "If you accept, the academy directors approve the match before coaching begins."
        : "If you accept, you begin with an exploratory call together.";

    protected override IReadOnlyList<string> Recipients => [coachEmail];
    protected override string Subject => $"{participantName} asks you to be their coach";

    protected override string Text() => $"""
        Dear {coachName},

        {participantName} ({participantTitle}), a participant in {cohortName}, has asked you to be their coach.{Said}

        Accept or decline here: {respondLink}

        {Next}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(coachName)},</p>
        <p>{H(participantName)} ({H(participantTitle)}), a participant in {H(cohortName)}, has asked you to be their coach.</p>
        {(message is null ? "" : $"<p>Their message to you:</p><blockquote style=\"white-space: pre-line\">{H(message)}</blockquote>")}
        <p><a href="{H(respondLink)}">Accept or decline the request</a></p>
        <p>{H(Next)}</p>
        """;
}
