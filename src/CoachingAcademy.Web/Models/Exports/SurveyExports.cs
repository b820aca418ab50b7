using System.Globalization;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.Web.Infrastructure;

namespace CoachingAcademy.Web.Models.Exports;

/// <summary>
/// A survey's results as the page shows them: one row per rating or choice of each question shown, its count and share;
/// a question below three answers shows its count only. Never a written answer, never a name.
/// </summary>
public static class SurveyExports
{
    public static ExportTable Results(SurveyResults results) => new(
        $"{results.CohortName} {results.SurveyName} results",
        [
            new("Question"), new("Answers", CellKind.Number), new("Average of 5"), new("Rating or choice"), new("Count", CellKind.Number),
            new("Share (%)", CellKind.Number),
        ],
        results.Questions.SelectMany(Rows).ToAsyncEnumerable());

    private static IEnumerable<object?[]> Rows(QuestionResult q)
    {
        var average = q.Average?.ToString("0.0", CultureInfo.InvariantCulture);
        if (!q.Shown || q.Counts.Count == 0)
        {
            yield return [q.Question.Text, q.Answers, null, q.Shown ? "(written answers are not exported)" : "Too few answers to show", null, null];
            yield break;
        }
        foreach (var (label, count) in q.Counts)
            yield return [q.Question.Text, q.Answers, average, label, count, q.ShareOf(count)];
    }
}
