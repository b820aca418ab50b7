using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Seed 001: either side may end the relationship, no fault. The reason, if any, stays private.</summary>
public sealed class MatchEndedEmail(IReadOnlyList<string> recipients, string coachName, string participantName, string cohortName)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Coaching match ended: {coachName} and {participantName}";

    protected override string Text() => $"""
        The coaching match of {coachName} with {participantName} in {cohortName} has ended. Ending a match is no fault of anyone.
        {participantName} can be matched with another coach.
        """;

    protected override string HtmlContent() => $"""
        <p>The coaching match of {H(coachName)} with {H(participantName)} in {H(cohortName)} has ended. Ending a match is no fault of anyone.</p>
        <p>{H(participantName)} can be matched with another coach.</p>
        """;
}
