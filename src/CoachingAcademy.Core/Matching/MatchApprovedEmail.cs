using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Seed 000: once the match is approved, the coach, the participant and the agency contact are told.</summary>
public sealed class MatchApprovedEmail(IReadOnlyList<string> recipients, string coachName, string coachEmail,
    string participantName, string participantEmail, string cohortName, string matchLink) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Coaching match approved: {coachName} and {participantName}";

    protected override string Text() => $"""
        The academy directors have approved a coaching match in {cohortName}:

          Coach:       {coachName} <{coachEmail}>
          Participant: {participantName} <{participantEmail}>

        Next steps: meet, fill in and sign your statement of mutual understanding together, and plan at least three
        sessions of about an hour, about once a month. Conversations are confidential.

        {matchLink}
        """;

    protected override string HtmlContent() => $"""
        <p>The academy directors have approved a coaching match in {H(cohortName)}:</p>
        <ul>
          <li>Coach: {H(coachName)} &lt;{H(coachEmail)}&gt;</li>
          <li>Participant: {H(participantName)} &lt;{H(participantEmail)}&gt;</li>
        </ul>
        <p>Next steps: meet, fill in and sign your statement of mutual understanding together, and plan at least three
        sessions of about an hour, about once a month. Conversations are confidential.</p>
        <p><a href="{H(matchLink)}">Open the match</a></p>
        """;
}
