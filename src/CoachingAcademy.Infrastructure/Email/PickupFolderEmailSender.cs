using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Infrastructure.Email;

/// <summary>The embedded default: every message becomes an .eml file in the pickup folder, readable by any mail client.</summary>
public sealed class PickupFolderEmailSender(AppPaths paths, MimeMessageFactory factory, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(paths.MailDirectory);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";
        await factory.Create(message).WriteToAsync(Path.Combine(paths.MailDirectory, name), cancellationToken);
    }
}
