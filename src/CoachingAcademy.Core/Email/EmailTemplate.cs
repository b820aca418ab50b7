using System.Text.Encodings.Web;

namespace CoachingAcademy.Core.Email;

/// <summary>
/// A typed email: each subclass holds its model and its two templates (plain text and HTML) side by side.
/// <see cref="H"/> encodes every value placed in the HTML.
/// </summary>
public abstract class EmailTemplate
{
    protected abstract IReadOnlyList<string> Recipients { get; }
    protected abstract string Subject { get; }
    protected abstract string Text();
    protected abstract string HtmlContent();
    protected virtual IReadOnlyList<EmailAttachment>? Attachments => null;
    protected virtual IReadOnlyList<string> CopyTo => [];

    /// <summary>What the email is, as the directors' outbox page names it: the template's name without "Email".</summary>
    public virtual string Kind => GetType().Name is var name && name.EndsWith("Email", StringComparison.Ordinal) ? name[..^5] : GetType().Name;

    protected static string H(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    public EmailMessage Render() => new(Recipients.ToArray(), Subject, Text(), Layout(Subject, HtmlContent()), Attachments?.ToArray(),
        CopyTo.Count == 0 ? null : CopyTo.ToArray());

    private static string Layout(string title, string content) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{H(title)}</title></head>
        <body style="font-family:Arial,Helvetica,sans-serif;color:#212529;max-width:40rem">
        {content}
        <p style="color:#6c757d;font-size:0.85em">CoachingAcademy, the leadership academy's coaching program.</p>
        </body></html>
        """;
}
