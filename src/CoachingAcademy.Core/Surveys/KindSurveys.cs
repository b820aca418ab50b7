using CoachingAcademy.Core.Cohorts;

namespace CoachingAcademy.Core.Surveys;

/// <summary>One of the surveys that ship with the app, attached to a cohort's moment when a cohort of a kind is created.</summary>
public sealed record KindSurvey(int TemplateId, MomentKind Moment, SurveyAudience Audience, int ClosesAfterDays);

/// <summary>The shipped surveys (ids of the schema's seed data) and those a kind's seed asks for from the start.</summary>
public static class KindSurveys
{
    public const int SessionFeedback = 1, EndOfSeriesAssessment = 2, MeetingEvaluation = 3, CoachesDebrief = 4;

    /// <summary>Seed 002: the client's input after each session, for the coach alone, and the assessment at the end of the series.</summary>
    public static IReadOnlyList<KindSurvey> For(ProgramKind kind) => kind switch
    {
        ProgramKind.ManagementCoaching =>
        [
            new(SessionFeedback, MomentKind.AfterEachSession, SurveyAudience.Participants, 14),
            new(EndOfSeriesAssessment, MomentKind.EngagementEnd, SurveyAudience.Participants, 21),
        ],
        _ => [],
    };
}
