using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Tells whoever proposed a match (the agency contact, or the participant who asked) that it was not approved.</summary>
public sealed class MatchRejectedEmail(IReadOnlyList<string> recipients, string coachName, string participantName,
    string cohortName, string reason) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Coaching match not approved: {coachName} and {participantName}";

    protected override string Text() => $"""
        The academy directors did not approve the proposed coaching match of {coachName} with {participantName} in {cohortName}.

        Reason: {reason}

        Another coach can be proposed for {participantName}.
        """;

    protected override string HtmlContent() => $"""
        <p>The academy directors did not approve the proposed coaching match of {H(coachName)} with {H(participantName)} in {H(cohortName)}.</p>
        <p>Reason: {H(reason)}</p>
        <p>Another coach can be proposed for {H(participantName)}.</p>
        """;
}
