using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Engagements;

/// <summary>
/// Seed 002: the pressing, compelling challenge or opportunity the client names to address during the sessions. One per
/// engagement; its text is the pair's alone.
/// </summary>
public class EngagementChallenge
{
    public const int MaxLength = 2000;

    private EngagementChallenge() { }

    public EngagementChallenge(int matchId, string text, DateTime nowUtc)
    {
        MatchId = matchId;
        Change(text, nowUtc);
    }

    public int Id { get; private set; }
    public int MatchId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime UpdatedAtUtc { get; private set; }

    public void Change(string text, DateTime nowUtc)
    {
        Text = Checked(text, MaxLength, "Name the challenge or opportunity you want to work on.", "Text");
        UpdatedAtUtc = nowUtc;
    }

    internal static string Checked(string? text, int maxLength, string emptyMessage, string field)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
            throw new DomainException(emptyMessage, field);
        if (trimmed.Length > maxLength)
            throw new DomainException($"At most {maxLength:N0} characters.", field);
        return trimmed;
    }
}

/// <summary>
/// Seed 002: a specific goal the client sets for the first sessions. The client words it; coach and client mark it met.
/// A met goal keeps its words: mark it not met first to change or remove it.
/// </summary>
public class EngagementGoal
{
    public const int MaxLength = 500;
    /// <summary>Goals an engagement may hold: a short list to work on, not a backlog.</summary>
    public const int MaxGoals = 10;

    private EngagementGoal() { }

    public EngagementGoal(int matchId, string text, int position, DateTime nowUtc)
    {
        MatchId = matchId;
        Text = EngagementChallenge.Checked(text, MaxLength, "Write the goal.", "Text");
        Position = position;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int MatchId { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>Its place in the client's list, from 1.</summary>
    public int Position { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? MetAtUtc { get; private set; }

    public bool IsMet => MetAtUtc is not null;

    public void Rewrite(string text)
    {
        if (IsMet)
            throw new DomainException("This goal is met: mark it not met before you change it.", "Text");
        Text = EngagementChallenge.Checked(text, MaxLength, "Write the goal.", "Text");
    }

    /// <summary>Met keeps the first moment it was marked; not met clears it.</summary>
    public void Mark(bool met, DateTime nowUtc) => MetAtUtc = met ? MetAtUtc ?? nowUtc : null;

    public void EnsureRemovable()
    {
        if (IsMet)
            throw new DomainException("This goal is met: mark it not met before you remove it.");
    }

    /// <summary>Whether a goal with these words is already on the list (a second click of "Add" adds nothing).</summary>
    public bool SameWords(string text) => string.Equals(Text, (text ?? "").Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>What the director and the organisation's approver may know of an engagement's goals: how many, how many met.</summary>
public sealed record GoalCount(int Goals, int Met)
{
    public string Words => Goals == 0 ? "No goals set yet" : $"{Goals} goal{(Goals == 1 ? "" : "s")}, {Met} met";
}
