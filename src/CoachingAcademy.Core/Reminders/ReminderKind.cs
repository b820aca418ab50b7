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
}
