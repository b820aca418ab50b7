using System.Globalization;
using CoachingAcademy.Core.Insight;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Core.Surveys;

namespace CoachingAcademy.Web.Models.Insight;

/// <summary>
/// The insight page: the program's figures and a chart for each. A record, so that more figures (survey scores over time)
/// join it as properties of their own, drawn by the same partials.
/// </summary>
public sealed record InsightPage(ProgramInsight Program, IReadOnlyList<MonthlyScore> SurveyScores)
{
    public static readonly IReadOnlyList<MatchStatus> Statuses =
        [MatchStatus.Active, MatchStatus.AwaitingCoach, MatchStatus.Proposed, MatchStatus.Ended, MatchStatus.Rejected, MatchStatus.DeclinedByCoach];

    public static readonly IReadOnlyList<MilestoneStatus> StepStatuses =
        [MilestoneStatus.Met, MilestoneStatus.MetLate, MilestoneStatus.Overdue, MilestoneStatus.DueSoon, MilestoneStatus.Upcoming];

    public static string StepLabel(MilestoneStatus status) => status switch
    {
        MilestoneStatus.Met => "Met on time",
        MilestoneStatus.MetLate => "Met late",
        MilestoneStatus.Overdue => "Overdue",
        MilestoneStatus.DueSoon => "Due soon",
        _ => "Not due yet",
    };

    /// <summary>The progress matrix filtered to the rows behind a step status, where it has such a filter.</summary>
    public static string ProgressUrl(int cohortId, MilestoneStatus? status = null) => $"/Progress/Cohort/{cohortId}" + status switch
    {
        MilestoneStatus.Overdue => "?filter=Overdue",
        MilestoneStatus.DueSoon => "?filter=AtRisk",
        _ => "",
    };

    public static string MonthLabel(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public BarChart Engagements => new("engagements-chart", "Engagements by status",
        "Engagements of every open cohort (pairs and peer teams), by status. The table below gives each cohort's figures.",
        Statuses.Select(s => new Bar(s.DisplayName(), Program.EngagementsIn(s))).ToList());

    public BarChart Steps => new("steps-chart", "Steps of active engagements",
        "Steps of every active engagement of the open cohorts: met on time, met late, overdue, due soon or not due yet. The table below gives each cohort's figures.",
        StepStatuses.Select(s => new Bar(StepLabel(s), Program.StepsIn(s))).ToList());

    public MonthlyFigures SessionsHeld => Monthly("sessions", "Sessions held per month",
        "Sessions held in each of the last twelve months, in each cohort's time zone.",
        "Sessions held in each open cohort per month. Each cohort opens its progress matrix, with the sessions each engagement held.",
        c => c.SessionsHeld);

    public MonthlyFigures LateChanges => Monthly("late-changes", "Late changes per month",
        "Sessions moved or cancelled inside the cohort's notice in each of the last twelve months, in each cohort's time zone.",
        "Late changes in each open cohort per month. Each cohort opens its progress matrix, with the late changes of each engagement.",
        c => c.LateChanges);

    /// <summary>The average rating per month; a month of fewer than three people's answers has no bar.</summary>
    public BarChart Scores => new("survey-scores-chart", "Survey scores per month",
        "The average of every rating (1 to 5) given in each of the last twelve months, over every survey. Months with answers of fewer than three people are left out. The table below gives each month's answers.",
        SurveyScores.Where(m => m.Average is not null).Select(m => new Bar(MonthLabel(m.Month), Math.Round(m.Average!.Value, 2))).ToList());

    private MonthlyFigures Monthly(string id, string title, string description, string caption, Func<CohortInsight, IReadOnlyList<MonthCount>> counts)
    {
        var rows = Program.Cohorts.Select(c => new CohortMonths(c.Id, c.Name, ProgressUrl(c.Id), counts(c))).ToList();
        var months = Program.Months;
        var chart = new BarChart(id + "-chart", title, description + " The table below gives each cohort's figures.",
            months.Select(m => new Bar(MonthLabel(m), rows.Sum(r => r.In(m) ?? 0))).ToList());
        return new MonthlyFigures(id, chart, caption, months, rows);
    }
}
