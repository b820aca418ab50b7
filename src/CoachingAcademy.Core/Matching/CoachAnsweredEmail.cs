using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Tells a participant the coach's answer to their request: declined (ask another), or accepted and waiting for
/// the directors' approval. An accepted request that starts at once is announced by <see cref="MatchApprovedEmail"/>.</summary>
public sealed class CoachAnsweredEmail(string participantEmail, string participantName, string coachName, string cohortName, bool accepted,
    string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [participantEmail];
    protected override string Subject => accepted ? $"{coachName} accepted your request" : $"{coachName} cannot coach you this time";

    private string News => accepted
        ? $"{coachName} accepted your request to be your coach in {cohortName}. The program's directors approve every match before it starts; you will hear from us when they have."
        : $"{coachName} declined your request to be your coach in {cohortName}. This is no judgement of you: coaches take on only as many people as they can serve well. You can ask another coach.";

    private string Action => accepted ? "Your matches" : "Choose another coach";

    protected override string Text() => $"""
        Dear {participantName},

        {News}

        {Action}: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(participantName)},</p>
        <p>{H(News)}</p>
        <p><a href="{H(link)}">{H(Action)}</a></p>
        """;
}
