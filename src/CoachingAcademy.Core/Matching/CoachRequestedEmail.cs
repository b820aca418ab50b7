using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Seed 001: a participant picked this coach; the coach accepts or declines from the link.</summary>
public sealed class CoachRequestedEmail(string coachEmail, string coachName, string participantName, string participantTitle,
    string cohortName, string respondLink) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [coachEmail];
    protected override string Subject => $"{participantName} asks you to be their coach";

    protected override string Text() => $"""
        Dear {coachName},

        {participantName} ({participantTitle}), a participant in {cohortName}, has asked you to be their coach.

        Accept or decline here: {respondLink}

        If you accept, the academy directors approve the match before coaching begins.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(coachName)},</p>
        <p>{H(participantName)} ({H(participantTitle)}), a participant in {H(cohortName)}, has asked you to be their coach.</p>
        <p><a href="{H(respondLink)}">Accept or decline the request</a></p>
        <p>If you accept, the academy directors approve the match before coaching begins.</p>
        """;
}
