using System.Globalization;

namespace CoachingAcademy.Web.Models.Insight;

/// <summary>One bar: what it counts and how much (a count, or an average such as a survey score).</summary>
public sealed record Bar(string Label, double Value)
{
    public string Text => Value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// A horizontal bar chart drawn on the server as SVG (Views/Shared/_BarChart.cshtml): its title and description are the
/// chart's accessible name and text, and the page shows the same figures in a table beside it.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<Bar> Bars)
{
    public const int Width = 640, LabelWidth = 200, ValueWidth = 56, RowHeight = 28, BarHeight = 18;

    public int Height => Math.Max(1, Bars.Count) * RowHeight + 8;

    /// <summary>A bar's length: its share of the longest, which fills the space between the labels and the values.</summary>
    public int LengthOf(Bar bar)
    {
        var max = Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);
        return max <= 0 ? 0 : (int)Math.Round(Math.Max(0, bar.Value) / max * (Width - LabelWidth - ValueWidth - 8));
    }
}
