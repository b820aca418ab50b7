using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Matching;

/// <summary>What the coach may be asked to do (seed 001's statement of mutual understanding).</summary>
[Flags]
public enum CoachRoles
{
    None = 0,
    Model = 1,
    Guide = 2,
    ObserveAndGiveFeedback = 4,
    RecommendDevelopmentalActivities = 8,
    FacilitateLearning = 16,
    SuggestOrProvideResources = 32,
}

/// <summary>
/// The statement of mutual understanding a pair fill in together once their match is active (seed 001). Each side
/// acknowledges it; any change to its terms clears both acknowledgements, so a signature always covers what is written.
/// </summary>
public class MatchAgreement
{
    public int Id { get; private set; }
    public int MatchId { get; private set; }
    public string Confidentiality { get; private set; } = "Our conversations are confidential. Neither of us shares what is said without the other's consent.";
    public int DurationMonths { get; private set; } = 6;
    public string ContactFrequency { get; private set; } = "At least monthly";
    /// <summary>Seed 001: the pair's agreed rhythm, "at least every N days"; a longer silence brings both a gentle reminder.
    /// Null: the cohort's rhythm (<see cref="Cohorts.CohortRules.RhythmDays"/>).</summary>
    public int? ContactEveryDays { get; private set; }
    public string ContactForm { get; private set; } = "In person, video or phone";
    public string CoachTime { get; private set; } = "About one hour a month";
    public CoachRoles CoachRoles { get; private set; } = CoachRoles.Guide;
    public string AdditionalPoints { get; private set; } = "";
    public DateTime? CoachAcknowledgedAtUtc { get; private set; }
    public DateTime? ParticipantAcknowledgedAtUtc { get; private set; }
    /// <summary>When the current term began: when both first signed, or when the pair renewed it (seed 001).</summary>
    public DateTime? TermStartedAtUtc { get; private set; }

    /// <summary>Days before the term ends that both are asked whether to renew or conclude.</summary>
    public const int TermNoticeDays = 14;

    /// <summary>The last day of the current term in the cohort's zone: its start's day plus the intended duration.</summary>
    public static DateOnly? TermEndsOn(DateTime? termStartedAtUtc, int durationMonths, string timeZoneId) =>
        termStartedAtUtc is DateTime start ? ProgramTime.DayOf(start, timeZoneId).AddMonths(durationMonths) : null;

    public bool IsSigned => CoachAcknowledgedAtUtc is not null && ParticipantAcknowledgedAtUtc is not null;

    public void Update(string confidentiality, int durationMonths, string contactFrequency, string contactForm, string coachTime,
        CoachRoles coachRoles, string additionalPoints, int? contactEveryDays = null)
    {
        if (durationMonths is < 1 or > 24)
            throw new DomainException("The intended duration is between 1 and 24 months (3 to 6 are suggested).");
        if (contactEveryDays is < Cohorts.CohortRules.MinRhythmDays or > Cohorts.CohortRules.MaxRhythmDays)
            throw new DomainException($"Choose a rhythm between {Cohorts.CohortRules.MinRhythmDays} and {Cohorts.CohortRules.MaxRhythmDays} days.", nameof(ContactEveryDays));
        ContactEveryDays = contactEveryDays;
        Confidentiality = confidentiality.Trim();
        DurationMonths = durationMonths;
        ContactFrequency = contactFrequency.Trim();
        ContactForm = contactForm.Trim();
        CoachTime = coachTime.Trim();
        CoachRoles = coachRoles;
        AdditionalPoints = additionalPoints.Trim();
        CoachAcknowledgedAtUtc = null;
        ParticipantAcknowledgedAtUtc = null;
    }

    public void Acknowledge(MatchParty party, DateTime nowUtc)
    {
        switch (party)
        {
            case MatchParty.Coach: CoachAcknowledgedAtUtc ??= nowUtc; break;
            case MatchParty.Participant: ParticipantAcknowledgedAtUtc ??= nowUtc; break;
            default: throw new DomainException("Only the coach and the participant sign their statement of mutual understanding.");
        }
        if (IsSigned)
            TermStartedAtUtc ??= nowUtc;
    }

    /// <summary>Seed 001: at the end of a term the pair may renew for a new one. The term starts again today, and both sign
    /// the statement again, as after any change.</summary>
    public void Renew(int durationMonths, DateTime nowUtc)
    {
        if (TermStartedAtUtc is null)
            throw new DomainException("The term starts when both have signed the statement; sign it first.");
        if (durationMonths is < 1 or > 24)
            throw new DomainException("The intended duration is between 1 and 24 months (3 to 6 are suggested).", nameof(DurationMonths));
        DurationMonths = durationMonths;
        TermStartedAtUtc = nowUtc;
        CoachAcknowledgedAtUtc = null;
        ParticipantAcknowledgedAtUtc = null;
    }
}
