using System.Text;
using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Orientation;

public sealed class OrientationConfirmedEmail(string coachEmail, string coachName, string programName, string when, string where, string ics)
    : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [coachEmail];
    protected override string Subject => $"{programName}: you are registered for coach orientation, {when}";
    protected override IReadOnlyList<EmailAttachment> Attachments =>
        [new("orientation.ics", "text/calendar; method=REQUEST; charset=utf-8", Encoding.UTF8.GetBytes(ics))];

    protected override string Text() => $"""
        Dear {coachName},

        You are registered for the coach orientation of {programName}:

        When:  {when}
        Where: {where}

        Attending one orientation session is required to serve as a coach. The attached invitation adds it to your calendar.
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(coachName)},</p>
        <p>You are registered for the coach orientation of {H(programName)}:</p>
        <ul><li>When: {H(when)}</li><li>Where: {H(where)}</li></ul>
        <p>Attending one orientation session is required to serve as a coach. The attached invitation adds it to your calendar.</p>
        """;
}
