using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Engagements;

/// <summary>Where an outline stands with the client's organisation.</summary>
public enum OutlineDecision
{
    Pending = 0,
    Approved = 1,
    Declined = 2,
    /// <summary>The coach submitted a newer outline before this one was decided.</summary>
    Replaced = 3,
}

/// <summary>
/// Seed 002: after the initial sessions the coach outlines how many more sessions are anticipated, over what period and
/// why, and the client's organisation agrees in writing. Every version is kept: a change is a new version that needs a new
/// approval, and until then the last approved one stands.
/// </summary>
public class SessionOutline
{
    public const int MaxAdditionalSessions = 50;
    public const int MaxPeriodWeeks = 104;
    public const int MaxReasonLength = 2000;
    public const int MaxCommentLength = 1000;

    private SessionOutline() => Reason = "";

    public SessionOutline(int matchId, int version, int additionalSessions, int periodWeeks, string reason, int submittedById, DateTime nowUtc)
    {
        if (additionalSessions is < 0 or > MaxAdditionalSessions)
            throw new DomainException($"Outline 0 to {MaxAdditionalSessions} additional sessions.", nameof(AdditionalSessions));
        if (periodWeeks is < 1 or > MaxPeriodWeeks)
            throw new DomainException($"The period is 1 to {MaxPeriodWeeks} weeks.", nameof(PeriodWeeks));
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Say why these sessions are needed: the organisation reads it before approving.", nameof(Reason));
        MatchId = matchId;
        Version = version;
        AdditionalSessions = additionalSessions;
        PeriodWeeks = periodWeeks;
        Reason = reason.Trim();
        SubmittedById = submittedById;
        SubmittedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int MatchId { get; private set; }
    /// <summary>1 for the first outline of the engagement, then one more for each change.</summary>
    public int Version { get; private set; }
    public int AdditionalSessions { get; private set; }
    public int PeriodWeeks { get; private set; }
    public string Reason { get; private set; }
    public int SubmittedById { get; private set; }
    public DateTime SubmittedAtUtc { get; private set; }
    /// <summary>Checked on save, so that two decisions at once cannot both land.</summary>
    public OutlineDecision Decision { get; private set; }
    public int? DecidedById { get; private set; }
    /// <summary>The approver's name as it was when they decided: the written record of who agreed.</summary>
    public string? DecidedByName { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    /// <summary>True when the decision came through an emailed one-time link, false when signed in.</summary>
    public bool DecidedThroughLink { get; private set; }
    public string? Comment { get; private set; }

    public bool HasSamePlanAs(int additionalSessions, int periodWeeks, string reason) =>
        AdditionalSessions == additionalSessions && PeriodWeeks == periodWeeks && Reason == reason.Trim();

    /// <summary>Why this outline takes no decision any more, in words; null while it waits for one.</summary>
    public string? Closed => Decision switch
    {
        OutlineDecision.Pending => null,
        OutlineDecision.Replaced => "The coach has submitted a newer outline since this one; decide on that one.",
        _ => $"This outline was already {Decision.ToString().ToLowerInvariant()} by {DecidedByName}.",
    };

    public void Decide(bool approve, int personId, string personName, string? comment, bool throughLink, DateTime nowUtc)
    {
        if (Closed is string closed)
            throw new DomainException(closed);
        if (comment?.Trim().Length > MaxCommentLength)
            throw new DomainException($"A comment has at most {MaxCommentLength} characters.", nameof(Comment));
        Decision = approve ? OutlineDecision.Approved : OutlineDecision.Declined;
        DecidedById = personId;
        DecidedByName = personName;
        DecidedAtUtc = nowUtc;
        DecidedThroughLink = throughLink;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }

    internal void Replace()
    {
        if (Decision == OutlineDecision.Pending)
            Decision = OutlineDecision.Replaced;
    }
}

/// <summary>
/// A one-time link emailed to one of the organisation's approvers for one outline: it proves who they are without a login.
/// Only a hash of its token is stored; it works once, until it expires, and only while its outline waits for a decision.
/// </summary>
public class ApprovalLink
{
    public const int ValidDays = 14;

    private ApprovalLink() => TokenHash = "";

    private ApprovalLink(int outlineId, int personId, string tokenHash, DateTime nowUtc)
    {
        OutlineId = outlineId;
        PersonId = personId;
        TokenHash = tokenHash;
        ExpiresAtUtc = nowUtc.AddDays(ValidDays);
    }

    public int Id { get; private set; }
    public int OutlineId { get; private set; }
    public SessionOutline Outline { get; private set; } = null!;
    public int PersonId { get; private set; }
    /// <summary>SHA-256 of the token, in lower-case hex.</summary>
    public string TokenHash { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? UsedAtUtc { get; private set; }

    /// <summary>A new link for an approver and the token that opens it (sent by email, never stored).</summary>
    public static (ApprovalLink Link, string Token) Issue(SessionOutline outline, int personId, DateTime nowUtc)
    {
        var token = OneTimeToken.New();
        return (new ApprovalLink(0, personId, Hash(token), nowUtc) { Outline = outline }, token);
    }

    public static string Hash(string token) => OneTimeToken.Hash(token);

    /// <summary>Why the link no longer opens its outline, in words; null when it does.</summary>
    public string? Refusal(DateTime nowUtc) =>
        UsedAtUtc is not null ? "This link has already been used. Each link works once; the decision it carried is recorded."
        : nowUtc >= ExpiresAtUtc ? $"This link has expired (links work for {ValidDays} days). Ask the coach or the program's director for a new one."
        : null;

    public void Use(DateTime nowUtc) => UsedAtUtc = Refusal(nowUtc) is string refusal ? throw new DomainException(refusal) : nowUtc;
}
