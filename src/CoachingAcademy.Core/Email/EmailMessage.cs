namespace CoachingAcademy.Core.Email;

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

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
