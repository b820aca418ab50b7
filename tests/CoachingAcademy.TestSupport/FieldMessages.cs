using System.Net;
using System.Text.RegularExpressions;

namespace CoachingAcademy.TestSupport;

/// <summary>The validation message a re-shown form puts next to one field.</summary>
public static class FieldMessages
{
    public static string For(string html, string field)
    {
        var match = Regex.Match(html, $"""data-valmsg-for="{Regex.Escape(field)}"[^>]*>([^<]*)<""");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : "";
    }

    public static void Assert(string html, string field, string startsWith) =>
        Xunit.Assert.StartsWith(startsWith, For(html, field));
}
