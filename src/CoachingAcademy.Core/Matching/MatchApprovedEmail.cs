using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Seed 000: once the match is approved, the coach, the participant and the agency contact are told.</summary>
public sealed class MatchApprovedEmail(IReadOnlyList<string> recipients, string coachName, string coachEmail,
    string participantName, string participantEmail, string cohortName, string matchLink, bool exploratoryCall = false) : EmailTemplate
{
    private string NextSteps => exploratoryCall
        ? "Next steps: schedule your exploratory call, talk about what the player wants from coaching, and then each of you\n"
          + "chooses on the match's page to go on or to part, no fault. The relationship and its statement begin once both go on."
        : "Next steps: meet, fill in and sign your statement of mutual understanding together, and plan at least three\n"
          + "sessions of about an hour, about once a month. Conversations are confidential.";

    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Coaching match approved: {coachName} and {participantName}";

    protected override string Text() => $"""
        The academy directors have approved a coaching match in {cohortName}:

          Coach:       {coachName} <{coachEmail}>
          Participant: {participantName} <{participantEmail}>

        {NextSteps}

        {matchLink}
        """;

    protected override string HtmlContent() => $"""
        <p>The academy directors have approved a coaching match in {H(cohortName)}:</p>
        <ul>
          <li>Coach: {H(coachName)} &lt;{H(coachEmail)}&gt;</li>
          <li>Participant: {H(participantName)} &lt;{H(participantEmail)}&gt;</li>
        </ul>
        <p>{H(NextSteps)}</p>
        <p><a href="{H(matchLink)}">Open the match</a></p>
        """;
}
