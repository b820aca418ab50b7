using CoachingAcademy.Core.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoachingAcademy.Infrastructure.Email;

/// <summary>Turns an <see cref="EmailMessage"/> into MIME: text and HTML alternatives plus attachments.</summary>
public sealed class MimeMessageFactory(IOptions<EmailOptions> options, TimeProvider clock)
{
    public MimeMessage Create(EmailMessage message)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = clock.GetUtcNow(),
        };
        if (message.MessageId is not null)
            mime.MessageId = message.MessageId;
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        foreach (var to in message.To)
            mime.To.Add(MailboxAddress.Parse(to));
        foreach (var cc in message.Cc ?? [])
            mime.Cc.Add(MailboxAddress.Parse(cc));

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments ?? [])
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
