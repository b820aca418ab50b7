using CoachingAcademy.Core.Insight;

namespace CoachingAcademy.Web.Models.Insight;

/// <summary>One cohort's row of a monthly table: its counts, linked to the list they come from.</summary>
public sealed record CohortMonths(int CohortId, string CohortName, string ListUrl, IReadOnlyList<MonthCount> Counts)
{
    public int? In(DateOnly month) => Counts.Where(m => m.Month == month).Select(m => (int?)m.Count).FirstOrDefault();
}

/// <summary>A figure counted per month (Views/Insight/_MonthlyFigures.cshtml): its chart over every cohort, and a table of
/// each cohort's months.</summary>
public sealed record MonthlyFigures(string Id, BarChart Chart, string Caption, IReadOnlyList<DateOnly> Months, IReadOnlyList<CohortMonths> Rows)
{
    public int TotalIn(DateOnly month) => Rows.Sum(r => r.In(month) ?? 0);
}
