using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Engagements;

/// <summary>The two reviews of an executive program (seed 003, steps 7 and 8).</summary>
public enum ReviewStage
{
    MidProgram = 0,
    EndOfProgram = 1,
}

/// <summary>Where an outcome stands against its benchmark at a review.</summary>
public enum OutcomeStanding
{
    NotStarted = 0,
    SomeProgress = 1,
    Met = 2,
    Exceeded = 3,
}

/// <summary>The stages and standings in words.</summary>
public static class ReviewWords
{
    public static string DisplayName(this ReviewStage stage) => stage == ReviewStage.MidProgram ? "Mid-program review" : "End-of-program review";

    public static string DisplayName(this OutcomeStanding standing) => standing switch
    {
        OutcomeStanding.NotStarted => "Not started",
        OutcomeStanding.SomeProgress => "Some progress",
        _ => standing.ToString(),
    };
}

/// <summary>
/// Seed 003, steps 7 and 8: at a review the coach compares an outcome with its benchmark and records where it stands, with a
/// short comment. One per outcome and review; recording it again replaces the standing and comment.
/// </summary>
public class OutcomeReview
{
    public const int MaxCommentLength = 500;

    private OutcomeReview() { }

    public OutcomeReview(int outcomeId, ReviewStage stage, OutcomeStanding standing, string? comment, int coachId, DateTime nowUtc)
    {
        if (!Enum.IsDefined(stage))
            throw new DomainException("Choose the review.", "Stage");
        OutcomeId = outcomeId;
        Stage = stage;
        Record(standing, comment, coachId, nowUtc);
    }

    public int Id { get; private set; }
    public int OutcomeId { get; private set; }
    public ReviewStage Stage { get; private set; }
    public OutcomeStanding Standing { get; private set; }
    /// <summary>The coach's words for coach and leader; a sponsor sees the standing alone.</summary>
    public string? Comment { get; private set; }
    public int RecordedById { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>Records the standing; the same standing and comment again change nothing (false).</summary>
    public bool Record(OutcomeStanding standing, string? comment, int coachId, DateTime nowUtc)
    {
        if (!Enum.IsDefined(standing))
            throw new DomainException("Choose where the outcome stands against its benchmark.", "Standing");
        var words = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (words?.Length > MaxCommentLength)
            throw new DomainException($"A comment has at most {MaxCommentLength} characters.", "Comment");
        if (RecordedById != 0 && Standing == standing && Comment == words)
            return false;
        Standing = standing;
        Comment = words;
        RecordedById = coachId;
        RecordedAtUtc = nowUtc;
        return true;
    }
}

/// <summary>The reviews page: each outcome with its standing at each review.</summary>
/// <remarks><see cref="Cycle"/>: the cycle shown; an earlier one is read as it was.</remarks>
public sealed record ReviewsPage(ExecutiveEngagement Engagement, IReadOnlyList<ProgramOutcome> Outcomes, IReadOnlyList<OutcomeReview> Reviews)
{
    public int Cycle { get; init; } = 1;
    public bool ShowsCurrentCycle => Cycle == Engagement.Cycle;

    public OutcomeReview? For(int outcomeId, ReviewStage stage) => Reviews.FirstOrDefault(r => r.OutcomeId == outcomeId && r.Stage == stage);
}
