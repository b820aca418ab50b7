using CoachingAcademy.Core.Matching;

namespace CoachingAcademy.Core.Engagements;

/// <summary>A leader or sponsor of an executive engagement: those who commit to its plan.</summary>
public sealed record Committer(int PersonId, string Name, MemberRole Role);

/// <summary>An executive engagement (seed 003) as its record's pages show it to its coach, leader or a sponsor.</summary>
public sealed record ExecutiveEngagement(int MatchId, MatchStatus Status, string TimeZoneId, int ViewerPersonId, MemberRole ViewerRole,
    string CoachName, string LeaderName, IReadOnlyList<Committer> Committers, int Cycle = 1)
{
    /// <summary>The coach records outcomes, interviews, plan and reviews.</summary>
    public bool ViewerIsCoach => ViewerRole == MemberRole.Coach;
    public bool ViewerIsSponsor => ViewerRole == MemberRole.Sponsor;
    /// <summary>An ended engagement keeps its record as it was.</summary>
    public bool IsOpenForWork => Status == MatchStatus.Active;
}

/// <summary>The outcomes page; <see cref="PlanCommitted"/>: someone has committed to a plan, so outcomes are no longer removed.</summary>
public sealed record OutcomesPage(ExecutiveEngagement Engagement, IReadOnlyList<ProgramOutcome> Outcomes, bool PlanCommitted);

/// <summary>The 360° page: the list for coach and leader (empty for a sponsor), the count for everyone.</summary>
public sealed record InterviewsPage(ExecutiveEngagement Engagement, IReadOnlyList<Interview360> Interviews, InterviewCount Count);

/// <summary>One version of the plan with every version's number and date, the outcomes it answers, and who is still to commit.</summary>
public sealed record PlanPage(ExecutiveEngagement Engagement, IReadOnlyList<PlanVersionRow> Versions, DevelopmentPlanVersion? Shown,
    IReadOnlyList<ProgramOutcome> Outcomes)
{
    /// <summary>The newest version of the current cycle: earlier cycles' plans are kept, not committed to again.</summary>
    public int? CurrentVersion => Versions.Where(v => v.Cycle == Engagement.Cycle).Select(v => (int?)v.Version).FirstOrDefault();
    public bool ShowsCurrent => Shown is not null && Shown.Version == CurrentVersion;
    /// <summary>The leader and sponsors who have not committed to the shown version.</summary>
    public IReadOnlyList<Committer> StillToCommit => Shown is null ? [] :
        Engagement.Committers.Where(c => Shown.Commitments.All(x => x.PersonId != c.PersonId)).ToList();
    public bool ViewerMayCommit => ShowsCurrent && Engagement.IsOpenForWork && StillToCommit.Any(c => c.PersonId == Engagement.ViewerPersonId);
}

/// <summary>A version of the plan in the list of all versions, newest first.</summary>
public sealed record PlanVersionRow(int Version, DateTime WrittenAtUtc, int Commitments, int Cycle = 1);
