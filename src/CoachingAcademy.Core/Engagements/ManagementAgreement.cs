using CoachingAcademy.Core.Cohorts;

namespace CoachingAcademy.Core.Engagements;

/// <summary>
/// Seed 002's engagement agreement, in the seed's own words: fixed text that coach and client sign (through the
/// engagement's <see cref="Matching.MatchAgreement"/> acknowledgements), not terms the pair write.
/// </summary>
public static class ManagementAgreement
{
    /// <summary>The kinds whose engagements sign this text instead of writing a statement.</summary>
    public static bool IsFor(ProgramKind kind) => kind == ProgramKind.ManagementCoaching;

    public const string Confidentiality =
        "The content of coaching sessions are confidential to the coach and the client individual.";

    public static IReadOnlyList<string> ConfidentialityExceptions { get; } =
    [
        "The client individual indicates they are, will, or wish to do harm to themselves or others.",
        "The coach learns about illegal activity.",
    ];

    public const string SettingGoals =
        "The client individual will work with the coach to identify a pressing, compelling challenge or opportunity to address during the sessions. "
        + "The coach will provide a sounding board to test ideas and a safe, objective place to process and plan. "
        + "For the initial three sessions, the client sets up specific goals to work on.";

    public static IReadOnlyList<string> CoachResponsibilities { get; } =
    [
        "To be committed to your professional and organizational success.",
        "To fully prepare each meeting to ensure that time is well spent.",
        "To be open, honest, constructive, respectful, and professional.",
        "To be open to input from client to bring more value to their experience.",
        "To provide 48 hours notice if a coaching session needs to be rescheduled.",
    ];

    public static IReadOnlyList<string> ClientResponsibilities { get; } =
    [
        "To be invested in the coaching relationship and be committed to achieving the goals outlined above.",
        "To remain open to receiving coaching, including willing to hear advice.",
        "To attend coaching sessions on time and provide 48 hours’ notice if a coaching session needs to be rescheduled.",
        "To be fully present during coaching sessions, with no external distractions (cell phones, other people, email, etc.).",
        "To complete any assignments agreed upon on time.",
        "To be open and honest during coaching sessions, include giving input to the coach on how more value can be created in each session.",
        "To provide an honest review of the coaching program at the end of the coaching series through an assessment survey.",
    ];
}
