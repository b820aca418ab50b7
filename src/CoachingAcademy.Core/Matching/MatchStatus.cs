namespace CoachingAcademy.Core.Matching;

public enum MatchStatus
{
    /// <summary>A participant asked for this coach; the coach has not answered yet (seed 001).</summary>
    AwaitingCoach = 0,
    /// <summary>Waiting for a director's decision (seed 000: the organizing committee approves matches).</summary>
    Proposed = 1,
    /// <summary>Approved: the pair is coaching.</summary>
    Active = 2,
    Rejected = 3,
    DeclinedByCoach = 4,
    /// <summary>Ended by either side or a director, no fault (seed 001).</summary>
    Ended = 5,
}

public enum MatchSource
{
    Coordinator = 0,
    Director = 1,
    ParticipantRequest = 2,
    Suggestion = 3,
}

public enum MatchParty
{
    Coach = 0,
    Participant = 1,
    Director = 2,
    /// <summary>Nobody: the engagement closed because its planned sessions were held (seed 002).</summary>
    Program = 3,
}

public static class MatchStatuses
{
    /// <summary>Statuses that hold a participant's place and a coach's seat.</summary>
    public static readonly MatchStatus[] Open = [MatchStatus.AwaitingCoach, MatchStatus.Proposed, MatchStatus.Active];

    public static string DisplayName(this MatchStatus status) => status switch
    {
        MatchStatus.AwaitingCoach => "Waiting for the coach",
        MatchStatus.Proposed => "Waiting for approval",
        MatchStatus.Active => "Active",
        MatchStatus.Rejected => "Rejected",
        MatchStatus.DeclinedByCoach => "Declined by the coach",
        MatchStatus.Ended => "Ended",
        _ => status.ToString(),
    };
}
