using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Seed 001: whoever ends the relationship may leave the other a thank-you note; the app delivers it, and keeps it
/// nowhere else.</summary>
public sealed class ThankYouEmail(string toEmail, string toName, string fromName, string cohortName, string note) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [toEmail];
    protected override string Subject => $"A thank-you note from {fromName}";

    protected override string Text() => $"""
        Dear {toName},

        {fromName} has ended your coaching relationship in {cohortName}, and left you this note:

        {note}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(toName)},</p>
        <p>{H(fromName)} has ended your coaching relationship in {H(cohortName)}, and left you this note:</p>
        <blockquote style="white-space: pre-line">{H(note)}</blockquote>
        """;
}
