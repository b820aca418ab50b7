using CoachingAcademy.Core.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Infrastructure.Email;

/// <summary>Sends through an SMTP server with MailKit. Failures surface as exceptions so that callers (and Hangfire) can retry.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options, MimeMessageFactory factory) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(factory.Create(message), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
