using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Engagements;

/// <summary>Seed 003, step 5: a version of the development plan waits for the leader's and the sponsors' commitment.</summary>
public sealed class PlanToCommitEmail(IReadOnlyList<string> recipients, string coachName, string leaderName, int version, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Development plan, version {version}: {leaderName}'s program waits for your commitment";

    protected override string Text() => $"""
        {coachName} has written version {version} of {leaderName}'s development plan. Read it, and commit to it in your own
        name when you agree: {link}

        Earlier versions stay readable on the same page, with the commitments made to them.
        """;

    protected override string HtmlContent() => $"""
        <p>{H(coachName)} has written version {version} of {H(leaderName)}'s development plan.</p>
        <p><a href="{H(link)}">Read it, and commit to it in your own name</a> when you agree.</p>
        <p>Earlier versions stay readable on the same page, with the commitments made to them.</p>
        """;
}

/// <summary>Seed 003, step 6: a month of coaching meetings ended under the planned hours; coach and leader are told once.</summary>
public sealed class HoursUnderPlanEmail(IReadOnlyList<string> recipients, string coachName, string leaderName, string month, string heldHours,
    int plannedHours, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Coaching hours in {month}: {heldHours} of {plannedHours} planned";

    protected override string Text() => $"""
        In {month}, {coachName} and {leaderName} held {heldHours} hours of coaching against the {plannedHours} a month planned.
        If the pace should change, the coach can change the plan's hours; otherwise, book the next meetings: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>In {H(month)}, {H(coachName)} and {H(leaderName)} held <strong>{H(heldHours)} hours</strong> of coaching against the
        {plannedHours} a month planned.</p>
        <p>If the pace should change, the coach can change the plan's hours; otherwise, <a href="{H(link)}">book the next meetings</a>.</p>
        """;
}
