using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Engagements;

/// <summary>
/// Seed 002: an assignment the coach and client agree on in a session, due on a day of the program's calendar. The client
/// commits to complete it on time; only the pair see it.
/// </summary>
public class EngagementAssignment
{
    public const int MaxLength = 500;

    private EngagementAssignment() { }

    public EngagementAssignment(int matchId, int? sessionId, string text, DateOnly dueOn, DateOnly today, int createdById, DateTime nowUtc)
    {
        if (dueOn < today)
            throw new DomainException("The due date is today or later.", "DueOn");
        if (dueOn > today.AddYears(1))
            throw new DomainException("The due date is within a year.", "DueOn");
        MatchId = matchId;
        SessionId = sessionId;
        Text = EngagementChallenge.Checked(text, MaxLength, "Write the assignment.", "Text");
        DueOn = dueOn;
        CreatedById = createdById;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int MatchId { get; private set; }
    /// <summary>The session it was agreed in, when the pair name one.</summary>
    public int? SessionId { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>The program's local day it is due by.</summary>
    public DateOnly DueOn { get; private set; }
    public int CreatedById { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? DoneAtUtc { get; private set; }

    public bool IsDone => DoneAtUtc is not null;

    /// <summary>Not done after the day it was due, in the program's calendar.</summary>
    public bool IsOverdue(DateOnly today) => !IsDone && DueOn < today;

    public void Mark(bool done, DateTime nowUtc) => DoneAtUtc = done ? DoneAtUtc ?? nowUtc : null;

    /// <summary>The same assignment again (a second click of "Add" adds nothing).</summary>
    public bool Same(string text, DateOnly dueOn, int? sessionId) =>
        DueOn == dueOn && SessionId == sessionId && string.Equals(Text, (text ?? "").Trim(), StringComparison.OrdinalIgnoreCase);
}
