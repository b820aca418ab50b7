using CoachingAcademy.Core.Surveys;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>The words the pages use for surveys' kinds, moments and audiences.</summary>
public static class SurveyWords
{
    public static string Of(QuestionKind kind) => kind switch
    {
        QuestionKind.Rating => "Rating from 1 to 5",
        QuestionKind.SingleChoice => "One choice",
        QuestionKind.MultipleChoice => "Several choices",
        QuestionKind.ShortText => "Short text",
        _ => "Long text",
    };

    public static string Of(MomentKind kind, string? stepName = null) => kind switch
    {
        MomentKind.AfterEachSession => "After each held session",
        MomentKind.AfterStep => $"When a step is met: {stepName}",
        MomentKind.EngagementEnd => "When an engagement ends",
        MomentKind.CohortEnd => "On graduation day",
        _ => "Once, sent by hand",
    };

    public static string Of(SurveyAudience audience) => audience switch
    {
        SurveyAudience.Participants => "Participants",
        SurveyAudience.Coaches => "Coaches",
        _ => "Participants and coaches",
    };

    public static string Of(TextReaders readers) => readers == TextReaders.Coach ? "The engagement's coach only" : "The program's directors";
}
