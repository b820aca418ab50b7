namespace CoachingAcademy.Core.Email;

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content)
{
    /// <summary>An iCalendar invitation (<paramref name="method"/> REQUEST) or cancellation (CANCEL), as calendars read it from an email.</summary>
    public static EmailAttachment Calendar(string fileName, string ics, string method = "REQUEST") =>
        new(fileName, $"text/calendar; method={method}; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(ics));
}

/// <summary>A rendered email, ready for any <see cref="IEmailSender"/>.</summary>
public sealed record EmailMessage(
    IReadOnlyList<string> To,
    string Subject,
    string TextBody,
    string HtmlBody,
    IReadOnlyList<EmailAttachment>? Attachments = null,
    IReadOnlyList<string>? Cc = null,
    string? MessageId = null);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
