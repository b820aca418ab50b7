namespace CoachingAcademy.Core.Email;

/// <summary>Lets a director check that outgoing mail works, from the mail page.</summary>
public sealed class TestEmail(string to, string requestedBy, DateTimeOffset sentAt) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [to];
    protected override string Subject => "CoachingAcademy test message";

    protected override string Text() => $"""
        This is a test message from CoachingAcademy, sent by {requestedBy} at {sentAt:u}.
        If you can read it, outgoing email works.
        """;

    protected override string HtmlContent() => $"""
        <h1 style="font-size:1.25em">Outgoing email works</h1>
        <p>This is a test message from CoachingAcademy, sent by {H(requestedBy)} at {H(sentAt.ToString("u"))}.</p>
        """;
}
