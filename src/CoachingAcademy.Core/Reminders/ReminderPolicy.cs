using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Reminders;

/// <summary>When a cohort's reminders go out. Each cohort has one; the defaults follow the program's rhythm.</summary>
public class ReminderPolicy
{
    private ReminderPolicy() { }

    public ReminderPolicy(int cohortId) => CohortId = cohortId;

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int FirstMilestoneReminderDays { get; private set; } = 14;
    public int SecondMilestoneReminderDays { get; private set; } = 3;
    public int OverdueNoticeDays { get; private set; } = 1;
    public int SessionReminderHours { get; private set; } = 24;
    public DayOfWeek DigestDay { get; private set; } = DayOfWeek.Monday;
    public int OrientationReminderDays { get; private set; } = 7;

    public void Update(int firstDays, int secondDays, int overdueDays, int sessionHours, DayOfWeek digestDay, int orientationDays)
    {
        if (secondDays >= firstDays)
            throw new DomainException("The second milestone reminder comes after the first: give it fewer days before the due date.");
        if (firstDays is < 1 or > 90 || secondDays < 0 || overdueDays is < 0 or > 30 || sessionHours is < 1 or > 168 || orientationDays is < 1 or > 60)
            throw new DomainException("Reminder times are out of range.");
        FirstMilestoneReminderDays = firstDays;
        SecondMilestoneReminderDays = secondDays;
        OverdueNoticeDays = overdueDays;
        SessionReminderHours = sessionHours;
        DigestDay = digestDay;
        OrientationReminderDays = orientationDays;
    }
}
