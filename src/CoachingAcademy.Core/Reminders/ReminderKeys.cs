namespace CoachingAcademy.Core.Reminders;

/// <summary>
/// The outbox key of a reminder (recipient | subject of the reminder | kind), written once for whoever records it, so that
/// the scan and a director's button find each other's reminder and it is sent once.
/// </summary>
public static class ReminderKeys
{
    public static string Orientation(string email, int cohortId, int sessionId) =>
        $"{email}|orientation:{cohortId}:{sessionId}|{ReminderKind.Orientation}";
}
