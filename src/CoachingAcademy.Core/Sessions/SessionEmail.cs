using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Sessions;

/// <summary>Tells every member a session was scheduled, moved or cancelled, with the calendar invitation that does the same.</summary>
public sealed class SessionEmail(
    SessionChangeKind? change, IReadOnlyList<string> recipients, string whoMeets, string when,
    string how, string? milestone, string? lateReason, string link, string ics) : EmailTemplate
{
    private string What => change switch
    {
        null => "scheduled",
        SessionChangeKind.Rescheduled => "moved",
        _ => "cancelled",
    };

    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => $"Coaching session {What}: {when}";
    protected override IReadOnlyList<EmailAttachment> Attachments =>
    [
        change == SessionChangeKind.Cancelled ? EmailAttachment.Calendar("cancel.ics", ics, "CANCEL") : EmailAttachment.Calendar("invite.ics", ics),
    ];

    protected override string Text() => $"""
        The coaching session of {whoMeets} is {What}.

        When: {when}
        How:  {how}
        {(milestone is null ? "" : $"For:  {milestone}")}
        {(lateReason is null ? "" : $"Changed at short notice, because: {lateReason}")}

        The attached invitation updates your calendar. The session: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>The coaching session of {H(whoMeets)} is <strong>{H(What)}</strong>.</p>
        <ul>
          <li>When: {H(when)}</li>
          <li>How: {H(how)}</li>
          {(milestone is null ? "" : $"<li>For: {H(milestone)}</li>")}
        </ul>
        {(lateReason is null ? "" : $"<p>Changed at short notice, because: {H(lateReason)}</p>")}
        <p>The attached invitation updates your calendar. <a href="{H(link)}">Open the session</a></p>
        """;
}
