using CoachingAcademy.Core.Common;
using MimeKit;

namespace CoachingAcademy.Infrastructure.Email;

public sealed record MailSummary(string Id, DateTimeOffset Date, string To, string Subject);

public sealed record MailDetail(MailSummary Summary, string? TextBody, string? HtmlBody, IReadOnlyList<string> Attachments);

/// <summary>Reads back what <see cref="PickupFolderEmailSender"/> wrote, for the development mail page.</summary>
public sealed class MailFolder(AppPaths paths)
{
    public PagedList<MailSummary> List(int page, int pageSize = 25)
    {
        page = PagedList<MailSummary>.Clamp(page);
        var files = Directory.Exists(paths.MailDirectory)
            ? new DirectoryInfo(paths.MailDirectory).GetFiles("*.eml").OrderByDescending(f => f.Name).ToList()
            : [];
        var items = files.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(f => Summarize(Path.GetFileNameWithoutExtension(f.Name), MimeMessage.Load(f.FullName)))
            .ToList();
        return new PagedList<MailSummary>(items, page, pageSize, files.Count);
    }

    public MailDetail? Find(string id)
    {
        // Ids are file names we wrote: letters, digits and dashes only, so no path can be smuggled in.
        if (string.IsNullOrEmpty(id) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or 'T'))
            return null;
        var path = Path.Combine(paths.MailDirectory, id + ".eml");
        if (!File.Exists(path))
            return null;
        var message = MimeMessage.Load(path);
        return new MailDetail(Summarize(id, message), message.TextBody, message.HtmlBody,
            message.Attachments.Select(a => a.ContentDisposition?.FileName ?? a.ContentType.Name ?? "attachment").ToList());
    }

    private static MailSummary Summarize(string id, MimeMessage message) =>
        new(id, message.Date, string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "");
}
