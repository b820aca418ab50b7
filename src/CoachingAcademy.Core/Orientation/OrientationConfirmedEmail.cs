using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Orientation;

public sealed class OrientationConfirmedEmail(string email, string name, string programName, string when, string where, string ics,
    OrientationAudience audience = OrientationAudience.Coaches)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [email];
    protected override string Subject => $"{programName}: you are registered for {audience.Words()}, {when}";
    protected override IReadOnlyList<EmailAttachment> Attachments => [EmailAttachment.Calendar("orientation.ics", ics)];

    protected override string Text() => $"""
        Dear {name},

        You are registered for the {audience.Words()} of {programName}:

        When:  {when}
        Where: {where}

        {OrientationInvitation.Why(audience)} The attached invitation adds it to your calendar.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(name)},</p>
        <p>You are registered for the {H(audience.Words())} of {H(programName)}:</p>
        <ul><li>When: {H(when)}</li><li>Where: {H(where)}</li></ul>
        <p>{H(OrientationInvitation.Why(audience))} The attached invitation adds it to your calendar.</p>
        """;
}

/// <summary>A director moved an orientation session or changed its place: its registrants get the new details and an updated invitation.</summary>
public sealed class OrientationChangedEmail(string email, string name, string programName, string when, string where, string ics,
    OrientationAudience audience)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [email];
    protected override string Subject => $"{programName}: your {audience.Words()} session has changed, now {when}";
    protected override IReadOnlyList<EmailAttachment> Attachments => [EmailAttachment.Calendar("orientation.ics", ics)];

    protected override string Text() => $"""
        Dear {name},

        The {audience.Words()} session of {programName} you are registered for has changed. It is now:

        When:  {when}
        Where: {where}

        You keep your seat. The attached invitation updates it in your calendar. If the new time does not suit you, choose another session on your home page.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(name)},</p>
        <p>The {H(audience.Words())} session of {H(programName)} you are registered for has changed. It is now:</p>
        <ul><li>When: {H(when)}</li><li>Where: {H(where)}</li></ul>
        <p>You keep your seat. The attached invitation updates it in your calendar. If the new time does not suit you, choose another session on your home page.</p>
        """;
}

internal static class OrientationInvitation
{
    public static string Why(OrientationAudience audience) => audience == OrientationAudience.Participants
        ? "The orientation introduces the academy, your coach and the milestones ahead."
        : "Attending one orientation session is required to serve as a coach.";
}
