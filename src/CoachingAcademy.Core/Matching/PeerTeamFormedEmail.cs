using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Seed 004: the members of a new peer team learn who they meet with and where to plan their meetings.</summary>
public sealed class PeerTeamFormedEmail(IReadOnlyList<string> recipients, string members, string cohortName, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Your peer coaching team in {cohortName}";

    protected override string Text() => $"""
        You are in a peer coaching team of {cohortName}: {members}.

        The team meets once a month, each time on one topic of the program's calendar. The meetings are on your calendar
        on the program's days (the third Wednesday of the month, at two), each with a facilitator, the members in turn;
        move any of them, and agree the place, here: {link}
        What is said in the team stays in the team.
        """;

    protected override string HtmlContent() => $"""
        <p>You are in a peer coaching team of {H(cohortName)}: {H(members)}.</p>
        <p>The team meets once a month, each time on one topic of the program's calendar. The meetings are on your calendar
        on the program's days (the third Wednesday of the month, at two), each with a facilitator, the members in turn.
        <a href="{H(link)}">Move any of them, and agree the place</a>.</p>
        <p>What is said in the team stays in the team.</p>
        """;
}
