using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;

namespace CoachingAcademy.Core.Engagements;

/// <summary>The four parts of a development plan (seed 003, step 4: "a customized program of practices, exercises and reading").</summary>
public sealed record PlanText(string? Themes, string? Practices, string? Exercises, string? Reading);

/// <summary>
/// Seed 003, steps 4 and 5: one version of the coach's development plan. Every saved revision is a new version; earlier
/// ones are kept as they were, with the commitments made to them. Leader and sponsors each commit to the current version
/// themselves, so a new version needs their commitments again.
/// </summary>
public class DevelopmentPlanVersion
{
    public const int MaxLength = 4000;

    private readonly List<PlanCommitment> _commitments = [];

    private DevelopmentPlanVersion() { }

    private DevelopmentPlanVersion(int matchId, int version, int cycle, PlanText text, int writtenById, DateTime nowUtc)
    {
        MatchId = matchId;
        Version = version;
        Cycle = cycle;
        Themes = EngagementChallenge.Checked(text.Themes, MaxLength, "Write the themes of the program.", nameof(PlanText.Themes));
        Practices = EngagementChallenge.Checked(text.Practices, MaxLength, "Write the practices.", nameof(PlanText.Practices));
        Exercises = EngagementChallenge.Checked(text.Exercises, MaxLength, "Write the exercises.", nameof(PlanText.Exercises));
        Reading = EngagementChallenge.Checked(text.Reading, MaxLength, "Write the reading.", nameof(PlanText.Reading));
        WrittenById = writtenById;
        WrittenAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int MatchId { get; private set; }
    /// <summary>1 for the first plan, one more for every revision.</summary>
    public int Version { get; private set; }
    /// <summary>The engagement's cycle the plan is written for; numbers run on across cycles.</summary>
    public int Cycle { get; private set; } = 1;
    public string Themes { get; private set; } = "";
    public string Practices { get; private set; } = "";
    public string Exercises { get; private set; } = "";
    public string Reading { get; private set; } = "";
    public int WrittenById { get; private set; }
    public DateTime WrittenAtUtc { get; private set; }
    public IReadOnlyCollection<PlanCommitment> Commitments => _commitments;

    /// <summary>
    /// The plan written anew after <paramref name="current"/>, the engagement's latest version (null: the first), for
    /// <paramref name="cycle"/>. The same words as the current version of the same cycle make no new version (a second
    /// click of "Save" changes nothing): null is returned.
    /// </summary>
    public static DevelopmentPlanVersion? Revise(DevelopmentPlanVersion? current, int matchId, PlanText text, int coachId, DateTime nowUtc, int cycle = 1)
    {
        var next = new DevelopmentPlanVersion(matchId, (current?.Version ?? 0) + 1, cycle, text, coachId, nowUtc);
        return current is not null && current.Cycle == cycle && current.SameWords(next) ? null : next;
    }

    /// <summary>
    /// The signed-in member commits to this version, in their own name. Only the leader and sponsors commit; a second commit
    /// by the same person keeps the first (false).
    /// </summary>
    public bool Commit(int personId, string name, MemberRole role, DateTime nowUtc)
    {
        if (role is not (MemberRole.Coachee or MemberRole.Sponsor))
            throw new DomainException("The leader and the sponsors commit to the plan; the coach presents it.");
        if (_commitments.Any(c => c.PersonId == personId))
            return false;
        _commitments.Add(new PlanCommitment(personId, name, role, nowUtc));
        return true;
    }

    private bool SameWords(DevelopmentPlanVersion other) =>
        Themes == other.Themes && Practices == other.Practices && Exercises == other.Exercises && Reading == other.Reading;
}

/// <summary>A leader's or sponsor's signed and dated commitment to one version of the plan: who, as what, and when.</summary>
public class PlanCommitment
{
    public const int MaxNameLength = 200;

    private PlanCommitment() { }

    internal PlanCommitment(int personId, string name, MemberRole role, DateTime nowUtc)
    {
        PersonId = personId;
        Name = name.Length > MaxNameLength ? name[..MaxNameLength] : name;
        Role = role;
        CommittedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int PlanVersionId { get; private set; }
    public int PersonId { get; private set; }
    /// <summary>The name they signed with, as it was then.</summary>
    public string Name { get; private set; } = "";
    public MemberRole Role { get; private set; }
    public DateTime CommittedAtUtc { get; private set; }
}
