using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>How dates and times read on every page: in the program's time zone, with the zone named.</summary>
public static class Display
{
    public static string Date(DateOnly date) => date.ToString("ddd d MMM yyyy");

    /// <summary>A step's due date for one engagement ("by Thu 8 Apr 2027"), or its rule while it has none yet.</summary>
    /// <remarks><paramref name="stepName"/> names the step a step counts from.</remarks>
    public static string Due(Core.Milestones.StepDue due, DateOnly? date = null, Func<int, string?>? stepName = null) =>
        (date ?? due.On) is DateOnly on ? "by " + Date(on) : due.Describe(stepName);

    public static string DateTime(DateTime utc, string timeZoneId) => ProgramTime.Format(utc, timeZoneId);

    public static string TimeRange(DateTime startUtc, DateTime endUtc, string timeZoneId)
    {
        var start = ProgramTime.ToLocal(startUtc, timeZoneId);
        var end = ProgramTime.ToLocal(endUtc, timeZoneId);
        return $"{start:ddd d MMM yyyy, h:mm tt} – {end:h:mm tt} ({ProgramTime.ZoneLabel(startUtc, timeZoneId)})";
    }

    /// <summary>A started orientation session's attendance, in place of its free seats: "3 attended, 1 not marked".</summary>
    public static string Attendance(int attended, int notMarked) => $"{attended} attended, {notMarked} not marked";

    /// <summary>What an outbox email is, in words: the reminders by name, any other kind (a template's name) split into words.</summary>
    public static string EmailKind(string kind) => kind switch
    {
        nameof(Core.Reminders.ReminderKind.MilestoneFirst) => "First deadline reminder",
        nameof(Core.Reminders.ReminderKind.MilestoneSecond) => "Second deadline reminder",
        nameof(Core.Reminders.ReminderKind.MilestoneOverdue) => "Overdue notice",
        nameof(Core.Reminders.ReminderKind.Session) => "Session reminder",
        nameof(Core.Reminders.ReminderKind.DirectorDigest) => "Weekly digest for directors",
        nameof(Core.Reminders.ReminderKind.Orientation) => "Orientation reminder",
        nameof(Core.Reminders.ReminderKind.Survey) => "Survey reminder",
        nameof(Core.Reminders.ReminderKind.Rhythm) => "No-session reminder",
        nameof(Core.Reminders.ReminderKind.Minimum) => "Minimum sessions reminder",
        nameof(Core.Reminders.ReminderKind.ApprovalsWaiting) => "Approvals waiting, for directors",
        nameof(Core.Reminders.ReminderKind.OutlineDue) => "Outline due reminder",
        nameof(Core.Reminders.ReminderKind.OutlineOverdue) => "Outline overdue notice",
        nameof(Core.Reminders.ReminderKind.TermEnding) => "Term ending reminder",
        nameof(Core.Reminders.ReminderKind.HoursUnderPlan) => "Coaching hours under the plan",
        _ => string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString())),
    };
}
