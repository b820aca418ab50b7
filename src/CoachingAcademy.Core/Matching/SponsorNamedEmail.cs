using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Seed 003: the sponsor learns which engagement they sponsor and where to follow its steps. They see that
/// things happen, never what is said.</summary>
public sealed class SponsorNamedEmail(string sponsorEmail, string sponsorName, string leaderName, string coachName, string cohortName, string link)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [sponsorEmail];
    protected override string Subject => $"You sponsor {leaderName}'s coaching with {coachName}";

    protected override string Text() => $"""
        Dear {sponsorName},

        You are named the sponsor of {leaderName}'s coaching with {coachName} in {cohortName}. You will be invited to the
        meetings you take part in (defining the context, the review of the program design, the mid- and end-of-program
        reviews), and you can follow the engagement's steps here: {link}

        What the leader and the coach say to each other stays between them.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(sponsorName)},</p>
        <p>You are named the sponsor of {H(leaderName)}'s coaching with {H(coachName)} in {H(cohortName)}. You will be invited to the
        meetings you take part in (defining the context, the review of the program design, the mid- and end-of-program reviews),
        and you can <a href="{H(link)}">follow the engagement's steps</a>.</p>
        <p>What the leader and the coach say to each other stays between them.</p>
        """;
}
