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

/// <summary>Seed 004: a director proposes a team; each member is asked to consent, and the team forms when all have.</summary>
public sealed class PeerTeamProposedEmail(IReadOnlyList<string> recipients, string members, string cohortName, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"A peer coaching team is proposed for you in {cohortName}";

    protected override string Text() => $"""
        The program office proposes a peer coaching team of {cohortName}: {members}.

        The team forms when every member has consented. Consent, or decline, here: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>The program office proposes a peer coaching team of {H(cohortName)}: {H(members)}.</p>
        <p>The team forms when every member has consented. <a href="{H(link)}">Consent, or decline</a>.</p>
        """;
}

/// <summary>A member declined the proposed team: the others learn that it does not form.</summary>
public sealed class PeerTeamDeclinedEmail(IReadOnlyList<string> recipients, string who, string cohortName) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"The proposed peer team in {cohortName} does not form";

    protected override string Text() => $"""
        {who} declined to join the proposed team, so it does not form. The program office will propose another team.
        """;

    protected override string HtmlContent() => $"""
        <p>{H(who)} declined to join the proposed team, so it does not form. The program office will propose another team.</p>
        """;
}
