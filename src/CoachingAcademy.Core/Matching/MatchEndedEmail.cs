using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Seed 001: either side may end the relationship, no fault. The reason, if any, stays private. Sent to the
/// members who met (<paramref name="whoMet"/>: "Grace Okafor and Marcus Webb", or a team's members).</summary>
public sealed class MatchEndedEmail(IReadOnlyList<string> recipients, string whoMet, string cohortName) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Coaching match ended: {whoMet}";

    protected override string Text() => $"""
        The coaching of {whoMet} in {cohortName} has ended. Ending it is no fault of anyone, and each of you can be
        matched again.
        """;

    protected override string HtmlContent() => $"""
        <p>The coaching of {H(whoMet)} in {H(cohortName)} has ended. Ending it is no fault of anyone, and each of you can be
        matched again.</p>
        """;
}
