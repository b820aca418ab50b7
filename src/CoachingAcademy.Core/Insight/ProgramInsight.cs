using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;

namespace CoachingAcademy.Core.Insight;

/// <summary>One open cohort's figures: its engagements by status, its active engagements' steps by status (the progress
/// matrix's rules), and sessions held and late changes in each of its last twelve months. Counts only, never a note or a reason.</summary>
public sealed record CohortInsight(
    int Id, string Name, string TimeZoneId, IReadOnlyDictionary<MatchStatus, int> Engagements,
    IReadOnlyDictionary<MilestoneStatus, int> Steps, IReadOnlyList<MonthCount> SessionsHeld, IReadOnlyList<MonthCount> LateChanges)
{
    public int EngagementsIn(MatchStatus status) => Engagements.GetValueOrDefault(status);
    public int StepsIn(MilestoneStatus status) => Steps.GetValueOrDefault(status);
}

/// <summary>
/// The director's view across the open cohorts. Other figures of the program (survey scores) join it as properties of
/// their own, read by their own queries, so each chart of the page stays one query's work.
/// </summary>
public sealed record ProgramInsight(IReadOnlyList<CohortInsight> Cohorts, DateTime NowUtc)
{
    /// <summary>Every cohort's months, oldest first: the same twelve unless cohorts' zones are on either side of a month's turn.</summary>
    public IReadOnlyList<DateOnly> Months => Cohorts.SelectMany(c => c.SessionsHeld.Select(m => m.Month)).Distinct().Order().ToList();

    public int EngagementsIn(MatchStatus status) => Cohorts.Sum(c => c.EngagementsIn(status));
    public int StepsIn(MilestoneStatus status) => Cohorts.Sum(c => c.StepsIn(status));
    public int SessionsHeldIn(DateOnly month) => Cohorts.Sum(c => c.SessionsHeld.Where(m => m.Month == month).Sum(m => m.Count));
    public int LateChangesIn(DateOnly month) => Cohorts.Sum(c => c.LateChanges.Where(m => m.Month == month).Sum(m => m.Count));
}
