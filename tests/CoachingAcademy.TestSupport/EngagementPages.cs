using System.Text.RegularExpressions;
using MimeKit;

namespace CoachingAcademy.TestSupport;

/// <summary>One row of an engagement's step table, as its sessions page shows it.</summary>
public sealed record StepRow(string Name, string Kind, string Due, string Status);

/// <summary>Reads what the tests check of an engagement: its steps table and the calendar file of its session emails.</summary>
public static partial class EngagementPages
{
    [GeneratedRegex("""<tr><th scope="row">([^<]+)</th><td>([^<]+)</td><td>([^<]+)</td><td><span[^>]*>([^<]+)</span>""")]
    private static partial Regex StepRowPattern();

    /// <summary>The rows of the step statuses table of a sessions page, in order.</summary>
    public static List<StepRow> Steps(string html) => StepRowPattern().Matches(html)
        .Select(m => new StepRow(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value)).ToList();

    /// <summary>The text of an email's one calendar attachment, its folded long lines joined again (a line break and a
    /// space continue a line of an iCalendar file).</summary>
    public static string UnfoldedIcs(MimeMessage message)
    {
        using var content = new MemoryStream();
        ((MimePart)message.Attachments.Single()).Content!.DecodeTo(content);
        return Regex.Replace(System.Text.Encoding.UTF8.GetString(content.ToArray()), "\r?\n[ \t]", "");
    }
}
