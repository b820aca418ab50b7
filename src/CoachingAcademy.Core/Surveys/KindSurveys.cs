using CoachingAcademy.Core.Cohorts;

namespace CoachingAcademy.Core.Surveys;

/// <summary>One of the surveys that ship with the app, attached to a cohort's moment when a cohort of a kind is created.</summary>
public sealed record KindSurvey(int TemplateId, MomentKind Moment, SurveyAudience Audience, int ClosesAfterDays);

/// <summary>The shipped surveys (ids of the schema's seed data) and those a kind's seed asks for from the start.</summary>
public static class KindSurveys
{
    public const int SessionFeedback = 1, EndOfSeriesAssessment = 2, MeetingEvaluation = 3, CoachesDebrief = 4;

    /// <summary>The surveys a new cohort of a kind starts with: seed 002's input after each session (for the coach alone) and
    /// assessment at the end of the series, seed 004's evaluation of each meeting.</summary>
    public static IReadOnlyList<KindSurvey> For(ProgramKind kind) => kind switch
    {
        ProgramKind.ManagementCoaching =>
        [
            new(SessionFeedback, MomentKind.AfterEachSession, SurveyAudience.Participants, 14),
            new(EndOfSeriesAssessment, MomentKind.EngagementEnd, SurveyAudience.Participants, 21),
        ],
        // Seed 004: each member who attended a meeting evaluates it, anonymously; directors read totals of three or more.
        ProgramKind.PeerCircle =>
        [
            new(MeetingEvaluation, MomentKind.AfterEachSession, SurveyAudience.Participants, 14),
        ],
        _ => [],
    };
}
