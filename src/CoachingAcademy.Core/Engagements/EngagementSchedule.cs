using System.Globalization;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Milestones;

namespace CoachingAcademy.Core.Engagements;

/// <summary>What the end-of-program review decides (seed 003, step 8).</summary>
public enum CycleDecision
{
    /// <summary>The leader continues alone: the engagement is complete.</summary>
    ContinueAlone = 0,
    /// <summary>A new cycle with a new set of outcomes; the finished cycle's record stays as it was.</summary>
    Renew = 1,
}

/// <summary>
/// Seed 003: one executive engagement's own calendar. Its steps are counted from <see cref="StartsOn"/> (the cohort's day
/// counts unless a step has its own here), so moving the start moves every date; the coaching meetings' planned hours a
/// month; and its cycles: the end-of-program review either completes the engagement or renews it into a new cycle that
/// starts afresh (steps, outcomes and plan) and keeps the earlier cycles' record. No row: cycle 1 from the day the
/// engagement started, with the seed's defaults.
/// </summary>
public class EngagementSchedule
{
    /// <summary>Seed 003, step 6: "typically about three hours a month".</summary>
    public const int DefaultHoursPerMonth = 3;
    public const int MaxHoursPerMonth = 40;
    /// <summary>Seed 003's individual coaching meetings begin about 90 days in, after the design and its review.</summary>
    public const int DefaultMeetingsAfterDays = 90;
    public const int MaxSummaryLength = 2000;

    private readonly List<EngagementStepDays> _steps = [];
    private readonly List<CycleClosing> _closings = [];

    private EngagementSchedule() { }

    public EngagementSchedule(int matchId, DateOnly startsOn)
    {
        MatchId = matchId;
        Cycle = 1;
        StartsOn = startsOn;
        HoursPerMonth = DefaultHoursPerMonth;
        MeetingsAfterDays = DefaultMeetingsAfterDays;
    }

    public int MatchId { get; private set; }
    /// <summary>1 for the first cycle, one more for every renewal.</summary>
    public int Cycle { get; private set; }
    /// <summary>The day the current cycle's steps count from.</summary>
    public DateOnly StartsOn { get; private set; }
    /// <summary>When a renewed cycle began: sessions held before it serve the earlier cycle's steps, not this one's. Null in cycle 1.</summary>
    public DateTime? CycleStartedAtUtc { get; private set; }
    public int HoursPerMonth { get; private set; }
    /// <summary>Days after the start from which the planned hours apply.</summary>
    public int MeetingsAfterDays { get; private set; }
    public IReadOnlyCollection<EngagementStepDays> Steps => _steps;
    public IReadOnlyCollection<CycleClosing> Closings => _closings;

    public DateOnly MeetingsFrom => StartsOn.AddDays(MeetingsAfterDays);

    /// <summary>This engagement's own day count for a step, if it has one.</summary>
    public int? DaysFor(int milestoneId) => _steps.FirstOrDefault(s => s.MilestoneId == milestoneId)?.DaysAfterStart;

    /// <summary>
    /// The coach sets the calendar: the start, the hours a month and from when they apply, and each step's days after the
    /// start (<paramref name="stepDays"/>, by step id; a step left out keeps its days). Everything is checked before anything
    /// changes.
    /// </summary>
    public void Change(DateOnly startsOn, int hoursPerMonth, int meetingsAfterDays, IReadOnlyDictionary<int, int> stepDays)
    {
        if (hoursPerMonth is < 0 or > MaxHoursPerMonth)
            throw new DomainException($"Plan between 0 and {MaxHoursPerMonth} hours of coaching a month.", nameof(HoursPerMonth));
        if (meetingsAfterDays is < 0 or > StepDue.MaxDaysAfterStart)
            throw new DomainException($"Count the coaching meetings from 0 to {StepDue.MaxDaysAfterStart} days after the start.", nameof(MeetingsAfterDays));
        if (stepDays.Values.Any(d => d is < 0 or > StepDue.MaxDaysAfterStart))
            throw new DomainException($"A step is due from 0 to {StepDue.MaxDaysAfterStart} days after the start.", "Steps");
        StartsOn = startsOn;
        HoursPerMonth = hoursPerMonth;
        MeetingsAfterDays = meetingsAfterDays;
        foreach (var (milestoneId, days) in stepDays)
        {
            var own = _steps.FirstOrDefault(s => s.MilestoneId == milestoneId);
            if (own is null)
                _steps.Add(new EngagementStepDays(milestoneId, days));
            else
                own.DaysAfterStart = days;
        }
    }

    /// <summary>
    /// The end-of-program review closes the current cycle with a summary and a decision. A renewal starts the next cycle
    /// today: its steps count from today, and sessions held before now serve the cycle that ended.
    /// </summary>
    public CycleClosing Close(CycleDecision decision, string? summary, int coachId, DateOnly today, DateTime nowUtc)
    {
        if (!Enum.IsDefined(decision))
            throw new DomainException("Choose whether the leader continues alone or the engagement renews.", "Decision");
        var words = EngagementChallenge.Checked(summary, MaxSummaryLength, "Write the closing summary of this cycle.", "Summary");
        var closing = new CycleClosing(Cycle, decision, words, coachId, nowUtc);
        _closings.Add(closing);
        if (decision == CycleDecision.Renew)
        {
            Cycle++;
            StartsOn = today;
            CycleStartedAtUtc = nowUtc;
        }
        return closing;
    }
}

/// <summary>One step's days after the start for one engagement. The step is the cohort's (by id, no key: a step the
/// director removes leaves a row that nothing reads).</summary>
public class EngagementStepDays
{
    private EngagementStepDays() { }

    internal EngagementStepDays(int milestoneId, int days)
    {
        MilestoneId = milestoneId;
        DaysAfterStart = days;
    }

    public int MilestoneId { get; private set; }
    public int DaysAfterStart { get; internal set; }
}

/// <summary>A finished cycle: the end-of-program review's summary and decision, by the coach, dated.</summary>
public class CycleClosing
{
    private CycleClosing() { }

    internal CycleClosing(int cycle, CycleDecision decision, string summary, int coachId, DateTime nowUtc)
    {
        Cycle = cycle;
        Decision = decision;
        Summary = summary;
        ClosedById = coachId;
        ClosedAtUtc = nowUtc;
    }

    public int Cycle { get; private set; }
    public CycleDecision Decision { get; private set; }
    public string Summary { get; private set; } = "";
    public int ClosedById { get; private set; }
    public DateTime ClosedAtUtc { get; private set; }
}

/// <summary>Coaching hours held in one month of the cohort's calendar, against the plan when the meetings have begun.</summary>
public sealed record MonthHours(DateOnly Month, int HeldMinutes, int? PlannedMinutes)
{
    public bool Under => PlannedMinutes is int planned && HeldMinutes < planned;
    public string Label => Month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
    public static string Hours(int minutes) => (minutes / 60m).ToString("0.#", CultureInfo.InvariantCulture);
}

public static class CoachingHours
{
    /// <summary>
    /// Hours held per month of the cohort's time zone, from the month of <paramref name="startsOn"/> to today's month. A
    /// month is planned from the first whole month of the meetings (<paramref name="meetingsFrom"/> on its 1st, or the month
    /// after), so the month the meetings begin is not counted short.
    /// </summary>
    public static IReadOnlyList<MonthHours> ByMonth(DateOnly startsOn, DateOnly meetingsFrom, int hoursPerMonth,
        IEnumerable<(DateTime StartsAtUtc, int Minutes)> held, string timeZoneId, DateOnly today)
    {
        var minutes = held.GroupBy(s => FirstOfMonth(ProgramTime.DayOf(s.StartsAtUtc, timeZoneId))).ToDictionary(g => g.Key, g => g.Sum(s => s.Minutes));
        var plannedFrom = meetingsFrom.Day == 1 ? meetingsFrom : FirstOfMonth(meetingsFrom).AddMonths(1);
        var months = new List<MonthHours>();
        for (var month = FirstOfMonth(startsOn); month <= today; month = month.AddMonths(1))
            months.Add(new MonthHours(month, minutes.GetValueOrDefault(month), month >= plannedFrom ? hoursPerMonth * 60 : null));
        return months;
    }

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
