using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Engagements;

/// <summary>Who an interviewee is to the leader (seed 003: "the leader's team, boss, peers and others").</summary>
public enum InterviewRelationship
{
    Boss = 0,
    Peer = 1,
    DirectReport = 2,
    Other = 3,
}

/// <summary>The relationship in words.</summary>
public static class InterviewRelationships
{
    public static string DisplayName(this InterviewRelationship relationship) => relationship switch
    {
        InterviewRelationship.DirectReport => "Direct report",
        _ => relationship.ToString(),
    };
}

/// <summary>
/// Seed 003, step 3: someone the coach interviews about the leader. Only who and when is kept: what was said never enters
/// the app. Coach and leader read the list; a sponsor learns how many interviews there are and how many are done.
/// </summary>
public class Interview360
{
    public const int MaxNameLength = 200;
    /// <summary>A broad view, not a survey of the organisation.</summary>
    public const int MaxInterviews = 30;

    private Interview360() { }

    public Interview360(int matchId, string name, InterviewRelationship relationship, DateTime nowUtc)
    {
        if (!Enum.IsDefined(relationship))
            throw new DomainException("Choose the relationship to the leader.", "Relationship");
        MatchId = matchId;
        Name = EngagementChallenge.Checked(name, MaxNameLength, "Write the name of the person to interview.", "Name");
        Relationship = relationship;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int MatchId { get; private set; }
    public string Name { get; private set; } = "";
    public InterviewRelationship Relationship { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>The program's local day the interview was held; null while it is still to do.</summary>
    public DateOnly? DoneOn { get; private set; }

    public bool IsDone => DoneOn is not null;

    /// <summary>Done keeps the first day it was marked; not done clears it.</summary>
    public void Mark(bool done, DateOnly today) => DoneOn = done ? DoneOn ?? today : null;

    /// <summary>The same person on the list already (a second click of "Add" adds nothing).</summary>
    public bool SamePerson(string name, InterviewRelationship relationship) =>
        Relationship == relationship && string.Equals(Name, (name ?? "").Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>What a sponsor may know of the 360° interviews: how many, how many done.</summary>
public sealed record InterviewCount(int Interviews, int Done)
{
    public string Words => Interviews == 0 ? "No interviews listed yet" : $"{Interviews} interview{(Interviews == 1 ? "" : "s")}, {Done} done";
}
