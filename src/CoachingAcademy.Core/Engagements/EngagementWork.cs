using CoachingAcademy.Core.Matching;

namespace CoachingAcademy.Core.Engagements;

/// <summary>An engagement as its goals and assignments pages show it to one of its pair.</summary>
public sealed record PairEngagement(int MatchId, MatchStatus Status, string TimeZoneId, MemberRole ViewerRole, string CoachName, string ClientName)
{
    /// <summary>The client words the challenge and the goals (seed 002: "the client sets up specific goals").</summary>
    public bool ViewerIsClient => ViewerRole == MemberRole.Coachee;
    /// <summary>An ended engagement keeps its goals and assignments as they were.</summary>
    public bool IsOpenForWork => Status == MatchStatus.Active;
}

/// <summary>The goals page: the challenge and the goals in the client's order.</summary>
public sealed record GoalsPage(PairEngagement Engagement, string? Challenge, IReadOnlyList<EngagementGoal> Goals);

/// <summary>A session of the engagement an assignment may be linked to, in the program's zone.</summary>
public sealed record SessionOption(int Id, DateTime StartsAtUtc);

/// <summary>The assignments page: open ones by due date, then the done ones; the program's today decides what is overdue.</summary>
public sealed record AssignmentsPage(PairEngagement Engagement, DateOnly Today, IReadOnlyList<EngagementAssignment> Assignments,
    IReadOnlyList<SessionOption> Sessions);

/// <summary>What the engagement's hub page shows its pair: how the goals stand and the open assignments.</summary>
public sealed record WorkSummary(int MatchId, GoalCount Goals, DateOnly Today, IReadOnlyList<EngagementAssignment> OpenAssignments)
{
    public int Overdue => OpenAssignments.Count(a => a.IsOverdue(Today));
}
