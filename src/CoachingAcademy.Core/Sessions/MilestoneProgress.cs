namespace CoachingAcademy.Core.Sessions;

public enum MilestoneStatus
{
    Upcoming = 0,
    DueSoon = 1,
    Overdue = 2,
    Met = 3,
    MetLate = 4,
}

/// <summary>
/// A match's milestone status, derived each time from the milestone's due date and the held sessions that served it,
/// never stored: a session logged, moved or cancelled is reflected at once.
/// </summary>
public static class MilestoneProgress
{
    /// <summary>Status from the due date and the local dates of the held sessions that served the milestone.</summary>
    /// <remarks>A step due some days after an engagement starts has no date before it starts (<paramref name="dueDate"/> null): upcoming.</remarks>
    public static MilestoneStatus StatusOf(DateOnly? dueDate, IEnumerable<DateOnly> heldOn, DateOnly today, int dueSoonDays)
    {
        var first = heldOn.Order().Cast<DateOnly?>().FirstOrDefault();
        if (first is DateOnly met)
            return dueDate is null || met <= dueDate ? MilestoneStatus.Met : MilestoneStatus.MetLate;
        if (dueDate is null)
            return MilestoneStatus.Upcoming;
        if (today > dueDate)
            return MilestoneStatus.Overdue;
        return dueDate.Value.DayNumber - today.DayNumber <= dueSoonDays ? MilestoneStatus.DueSoon : MilestoneStatus.Upcoming;
    }

    public static string DisplayName(this MilestoneStatus status) => status switch
    {
        MilestoneStatus.Met => "Met",
        MilestoneStatus.MetLate => "Met late",
        MilestoneStatus.DueSoon => "Due soon",
        MilestoneStatus.Overdue => "Overdue",
        _ => "Upcoming",
    };

    public static bool IsMet(this MilestoneStatus status) => status is MilestoneStatus.Met or MilestoneStatus.MetLate;
}
