using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Sessions;

/// <summary>
/// Seed 004: the cohort's guest (the Branch Deputy) is invited to a peer team's meeting, or told it moved or was cancelled,
/// with the calendar invitation that does the same. The guest has no login: nothing links into the app.
/// </summary>
public sealed class GuestMeetingEmail(
    SessionChangeKind? change, string email, string name, string cohortName, string team, string when, string how, string? topic, string ics)
    : EmailTemplate
{
    private string What => change switch
    {
        null => "You are invited as the guest of a peer coaching meeting",
        SessionChangeKind.Rescheduled => "The peer coaching meeting you are invited to has moved",
        _ => "The peer coaching meeting you were invited to is cancelled",
    };

    protected override IReadOnlyList<string> Recipients => [email];
    protected override string Subject => change is null ? $"Invitation: peer coaching meeting, {when}" : $"Peer coaching meeting {(change == SessionChangeKind.Rescheduled ? "moved" : "cancelled")}: {when}";
    protected override IReadOnlyList<EmailAttachment> Attachments =>
    [
        change == SessionChangeKind.Cancelled ? EmailAttachment.Calendar("cancel.ics", ics, "CANCEL") : EmailAttachment.Calendar("invite.ics", ics),
    ];

    protected override string Text() => $"""
        Dear {name},

        {What} ({cohortName}).

        Team: {team}
        When: {when}
        How:  {how}
        {(topic is null ? "" : $"Topic: {topic}")}

        The team presents their projects and discusses the month's leadership competency; your view of the higher-level concepts
        is welcome. The attached invitation updates your calendar.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(name)},</p>
        <p>{H(What)} ({H(cohortName)}).</p>
        <ul>
          <li>Team: {H(team)}</li>
          <li>When: {H(when)}</li>
          <li>How: {H(how)}</li>
          {(topic is null ? "" : $"<li>Topic: {H(topic)}</li>")}
        </ul>
        <p>The team presents their projects and discusses the month's leadership competency; your view of the higher-level
        concepts is welcome. The attached invitation updates your calendar.</p>
        """;
}
