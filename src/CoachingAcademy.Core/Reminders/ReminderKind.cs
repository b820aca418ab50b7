namespace CoachingAcademy.Core.Reminders;

/// <summary>The reminders the scan records in the outbox; the name is the outgoing email's kind.</summary>
public enum ReminderKind
{
    MilestoneFirst = 0,
    MilestoneSecond = 1,
    MilestoneOverdue = 2,
    Session = 3,
    DirectorDigest = 4,
    Orientation = 5,
    /// <summary>A survey closes soon and is unanswered.</summary>
    Survey = 6,
    /// <summary>An active pair has held no session for longer than the cohort's rhythm.</summary>
    Rhythm = 7,
    /// <summary>A participant is under the minimum of sessions with the end of the program near.</summary>
    Minimum = 8,
    /// <summary>The directors' daily note of matches that wait for their approval.</summary>
    ApprovalsWaiting = 9,
    /// <summary>Seed 002: the coach's outline of further sessions is due within days.</summary>
    OutlineDue = 10,
    /// <summary>Seed 002: the outline is past its 10 days.</summary>
    OutlineOverdue = 11,
    /// <summary>Seed 001: the pair's agreed term ends soon: renew or conclude.</summary>
    TermEnding = 12,
    /// <summary>Seed 003: last month's coaching meetings held fewer hours than the plan.</summary>
    HoursUnderPlan = 13,
}
