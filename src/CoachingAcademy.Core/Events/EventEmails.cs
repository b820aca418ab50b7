using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Events;

/// <summary>An invitation to a cohort's graduation or coaches' debrief, with its .ics and a link to answer yes or no.</summary>
public sealed class EventInvitationEmail(string email, string name, string programName, CohortEventKind kind, string when, string where,
    string replyLink, string ics)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [email];
    protected override string Subject => $"{programName}: you are invited to the {kind.Words()}, {when}";
    protected override IReadOnlyList<EmailAttachment> Attachments => [EmailAttachment.Calendar("invitation.ics", ics)];

    protected override string Text() => $"""
        Dear {name},

        You are invited to the {kind.Words()} of {programName}:

        When:  {when}
        Where: {where}

        {EventCalendar.Why(kind)} The attached invitation adds it to your calendar.

        Will you attend? Answer yes or no here: {replyLink}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(name)},</p>
        <p>You are invited to the {H(kind.Words())} of {H(programName)}:</p>
        <ul><li>When: {H(when)}</li><li>Where: {H(where)}</li></ul>
        <p>{H(EventCalendar.Why(kind))} The attached invitation adds it to your calendar.</p>
        <p><a href="{H(replyLink)}">Will you attend? Answer yes or no</a></p>
        """;
}

/// <summary>A director moved a cohort event or changed its place: everyone invited gets the new details and an updated invitation.</summary>
public sealed class EventChangedEmail(string email, string name, string programName, CohortEventKind kind, string when, string where,
    string replyLink, string ics)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [email];
    protected override string Subject => $"{programName}: the {kind.Words()} has changed, now {when}";
    protected override IReadOnlyList<EmailAttachment> Attachments => [EmailAttachment.Calendar("invitation.ics", ics)];

    protected override string Text() => $"""
        Dear {name},

        The {kind.Words()} of {programName} you are invited to has changed. It is now:

        When:  {when}
        Where: {where}

        The attached invitation updates it in your calendar. If your answer changes, tell us here: {replyLink}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(name)},</p>
        <p>The {H(kind.Words())} of {H(programName)} you are invited to has changed. It is now:</p>
        <ul><li>When: {H(when)}</li><li>Where: {H(where)}</li></ul>
        <p>The attached invitation updates it in your calendar. <a href="{H(replyLink)}">If your answer changes, tell us here</a>.</p>
        """;
}

internal static class EventCalendar
{
    public static string Why(CohortEventKind kind) => kind switch
    {
        CohortEventKind.Debrief => "The directors debrief the coaching experience with the coaches and give further guidance and support.",
        CohortEventKind.Opening => "The program organizers introduce the leadership competencies, the teams' members and their projects, and how the meetings go.",
        _ => "The academy graduates its participants, and the coaches are recognised for their coaching.",
    };
}
