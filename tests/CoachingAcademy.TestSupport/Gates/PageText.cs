using System.Text.RegularExpressions;

namespace CoachingAcademy.TestSupport.Gates;

/// <summary>What a refusal must show a person: words, not a blank page or a stack trace.</summary>
public static partial class PageText
{
    /// <summary>A paragraph of at least five words, as the error pages have.</summary>
    [GeneratedRegex(@"<p>\s*(\w+\W+){5}")]
    private static partial Regex Paragraph();

    /// <summary>A validation message next to a field or in the summary of a re-shown form.</summary>
    [GeneratedRegex(@"class=""[^""]*(field-validation-error|validation-summary-errors)[^""]*""[^>]*>\s*(<ul>\s*<li>)?\s*\w")]
    private static partial Regex ValidationMessage();

    public static bool SaysWhy(string html) => Paragraph().IsMatch(html);

    public static bool HasValidationMessage(string html) => ValidationMessage().IsMatch(html);
}
