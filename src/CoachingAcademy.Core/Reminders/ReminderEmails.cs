using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Reminders;

/// <summary>A milestone is coming up, or has passed unmet: the participant is told what to do (or, when a session for it
/// is booked, <paramref name="booked"/>, when it is), the coach is copied.</summary>
public sealed class MilestoneReminderEmail(bool overdue, string participantEmail, string coachEmail, string participantName, string coachName,
    string programName, string milestone, string dueDate, string? booked, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [participantEmail];
    protected override IReadOnlyList<string> CopyTo => [coachEmail];
    protected override string Subject => overdue ? $"Overdue: {milestone} (was due {dueDate})" : $"Reminder: {milestone} due by {dueDate}";

    private string Ask => $"The {milestone.ToLowerInvariant()} with {coachName} "
        + (overdue ? $"was due by {dueDate} and no held session is logged for it yet. " : $"is due by {dueDate}. ")
        + (booked is not null ? $"A session for it is booked for {booked}; log it once it is held."
            : overdue ? "Schedule it now, or log it if it already happened." : "Schedule a session for it, or log it if it already happened.");

    private string Action => booked is null ? "Schedule or log a session" : "Your sessions";

    protected override string Text() => $"""
        Dear {participantName},

        {programName}: {Ask}

        {Action}: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(participantName)},</p>
        <p>{H(programName)}: {H(Ask)}</p>
        <p><a href="{H(link)}">{H(Action)}</a></p>
        """;
}

/// <summary>Reminds whoever meets (<paramref name="whoMeets"/>: "Grace Okafor and Marcus Webb", or a team) of a session:
/// <paramref name="when"/> in full, and <paramref name="day"/> as seen from the moment of writing ("today at 4:01 PM").</summary>
public sealed class SessionReminderEmail(IReadOnlyList<string> recipients, string whoMeets, string programName,
    string when, string day, string how, int noticeHours, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Coaching session {day}";

    private string Moving => noticeHours > 0 ? $"To move it, give at least {noticeHours} hours' notice where you can." : "To move it, tell the other side as early as you can.";

    protected override string Text() => $"""
        {programName}: the coaching session of {whoMeets} is {day}.

        When: {when}
        How:  {how}

        {Moving} The session: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>{H(programName)}: the coaching session of {H(whoMeets)} is {H(day)}.</p>
        <ul><li>When: {H(when)}</li><li>How: {H(how)}</li></ul>
        <p>{H(Moving)} <a href="{H(link)}">Open the session</a></p>
        """;
}

/// <summary>Seed 004: a team's topic is due and no meeting on it is logged; every peer is told.</summary>
/// <summary>A team's step is coming up or has passed unmet; when a meeting for it is booked (<paramref name="booked"/>), says when.</summary>
public sealed class TeamStepReminderEmail(bool overdue, IReadOnlyList<string> peers, string programName, string step, string dueDate, string? booked,
    string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => peers;
    protected override string Subject => overdue ? $"Overdue: {step} (was due {dueDate})" : $"Reminder: {step} due by {dueDate}";

    private string Ask => (overdue
            ? $"Your team's meeting on {step} was due by {dueDate} and none is logged as held yet. "
            : $"Your team's meeting on {step} is due by {dueDate}. ")
        + (booked is not null ? $"It is booked for {booked}; log it once it is held."
            : overdue ? "Plan it now, or log it if it already happened." : "Plan it together, or log it if it already happened.");

    protected override string Text() => $"""
        {programName}: {Ask}

        The team's meetings: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>{H(programName)}: {H(Ask)}</p>
        <p><a href="{H(link)}">The team's meetings</a></p>
        """;
}

public sealed class OrientationReminderEmail(string coachEmail, string coachName, string programName, string firstSession, string link)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [coachEmail];
    protected override string Subject => $"{programName}: register for a coach orientation session";

    protected override string Text() => $"""
        Dear {coachName},

        Attending one orientation session is required to serve as a coach in {programName}. The next one is {firstSession}.
        Register here: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(coachName)},</p>
        <p>Attending one orientation session is required to serve as a coach in {H(programName)}. The next one is {H(firstSession)}.</p>
        <p><a href="{H(link)}">Register for orientation</a></p>
        """;
}

/// <summary>The weekly list, for directors, of matches with an overdue milestone or one due soon. Names only, never notes.</summary>
public sealed class DirectorDigestEmail(IReadOnlyList<string> directors, string programName, IReadOnlyList<string> overdue,
    IReadOnlyList<string> atRisk, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => directors;
    protected override string Subject => $"{programName}: {overdue.Count} overdue, {atRisk.Count} at risk this week";

    private static string Lines(IReadOnlyList<string> items) => items.Count == 0 ? "  none" : string.Join("\n", items.Select(i => "  - " + i));

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 0 ? "<p>None.</p>" : "<ul>" + string.Concat(items.Select(i => $"<li>{H(i)}</li>")) + "</ul>";

    protected override string Text() => $"""
        {programName}, this week.

        Overdue:
        {Lines(overdue)}

        At risk (due soon, not met):
        {Lines(atRisk)}

        Progress: {link}
        """;

    protected override string HtmlContent() => $"""
        <h1 style="font-size:1.2em">{H(programName)}, this week</h1>
        <h2 style="font-size:1em">Overdue</h2>{List(overdue)}
        <h2 style="font-size:1em">At risk (due soon, not met)</h2>{List(atRisk)}
        <p><a href="{H(link)}">Open the progress page</a></p>
        """;
}

/// <summary>Asks a pair to keep their rhythm or reach the minimum of sessions; <paramref name="news"/> says which, in figures.</summary>
public sealed class PaceReminderEmail(IReadOnlyList<string> recipients, string who, string programName, string news, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"{programName}: time for your next coaching session";

    protected override string Text() => $"""
        Dear {who},

        {programName}: {news}

        Schedule or log a session: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(who)},</p>
        <p>{H(programName)}: {H(news)}</p>
        <p><a href="{H(link)}">Schedule or log a session</a></p>
        """;
}

/// <summary>The directors' daily note: <paramref name="arrived"/> matches came to wait for approval yesterday, <paramref name="all"/> wait in all.</summary>
public sealed class ApprovalsWaitingEmail(IReadOnlyList<string> directors, string programName, int arrived, int all, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => directors;
    protected override string Subject => $"{programName}: {all} {(all == 1 ? "match waits" : "matches wait")} for your approval";

    private string News => $"{(arrived == 1 ? "One match" : $"{arrived} matches")} came to wait for your approval yesterday; {all} {(all == 1 ? "waits" : "wait")} in all. Each shows the rules it meets or breaks before you decide.";

    protected override string Text() => $"""
        {programName}: {News}

        Review them: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>{H(programName)}: {H(News)}</p>
        <p><a href="{H(link)}">Review them</a></p>
        """;
}

/// <summary>Seed 002: the coach owes the organisation the outline of further sessions, within 10 days of the third session.</summary>
public sealed class OutlineReminderEmail(string coachEmail, string coachName, string clientName, string programName, DateOnly dueOn, bool overdue,
    string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [coachEmail];
    protected override string Subject => overdue
        ? $"{programName}: the outline for {clientName} is overdue"
        : $"{programName}: the outline for {clientName} is due by {dueOn:ddd d MMM}";

    private string News => overdue
        ? $"the outline of further sessions for {clientName} was due by {dueOn:dddd d MMMM yyyy}, 10 days after the third session. No session beyond the third can be booked until the organisation approves it."
        : $"the outline of further sessions for {clientName} is due by {dueOn:dddd d MMMM yyyy}, 10 days after the third session: how many more sessions, over what period, and why.";

    protected override string Text() => $"""
        Dear {coachName},

        {programName}: {News}

        Submit the outline: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(coachName)},</p>
        <p>{H(programName)}: {H(News)}</p>
        <p><a href="{H(link)}">Submit the outline</a></p>
        """;
}

/// <summary>Seed 001: the intended duration the pair agreed is about to end; they renew with a new term or conclude, no fault.</summary>
public sealed class TermEndingEmail(IReadOnlyList<string> recipients, string who, string programName, DateOnly endsOn, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"{programName}: your coaching term ends on {endsOn:ddd d MMM}";

    private string News => $"the term you agreed on in your statement of mutual understanding ends on {endsOn:dddd d MMMM yyyy}. Talk about what comes next: renew it for a new term, or conclude the relationship, no fault.";

    protected override string Text() => $"""
        Dear {who},

        {programName}: {News}

        Renew or conclude: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(who)},</p>
        <p>{H(programName)}: {H(News)}</p>
        <p><a href="{H(link)}">Renew or conclude</a></p>
        """;
}
