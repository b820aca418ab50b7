using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Surveys;

namespace CoachingAcademy.UnitTests.Surveys;

public sealed class CheckingAnswers
{
    private static readonly DateTime Now = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);

    private static (SurveyTemplate Template, SurveyQuestion Rating, SurveyQuestion Choice, SurveyQuestion Several, SurveyQuestion Text) Survey()
    {
        var template = new SurveyTemplate("Feedback", "", isAnonymous: false, TextReaders.Directors, Now);
        var rating = template.AddQuestion("How useful?", QuestionKind.Rating, required: true, []);
        var choice = template.AddQuestion("Again?", QuestionKind.SingleChoice, required: true, ["Yes", "No"]);
        var several = template.AddQuestion("What helped?", QuestionKind.MultipleChoice, required: false, ["Topic", "People", "Place"]);
        var text = template.AddQuestion("Anything else?", QuestionKind.ShortText, required: false, []);
        // Ids as the database would give them.
        foreach (var (q, id) in new[] { (rating, 1), (choice, 2), (several, 3), (text, 4) })
            typeof(SurveyQuestion).GetProperty(nameof(SurveyQuestion.Id))!.SetValue(q, id);
        return (template, rating, choice, several, text);
    }

    private static GivenAnswer Rate(int n) => new(n, [], null);
    private static GivenAnswer Pick(params int[] options) => new(null, options, null);

    [Fact]
    public void A_complete_set_of_answers_has_no_problem()
    {
        var (template, _, _, _, _) = Survey();
        Assert.Empty(template.Check(new Dictionary<int, GivenAnswer> { [1] = Rate(5), [2] = Pick(0), [3] = Pick(0, 2), [4] = new(null, [], "Thanks") }));
    }

    [Fact]
    public void Each_broken_rule_is_named_by_its_question()
    {
        var (template, _, _, _, _) = Survey();
        var problems = template.Check(new Dictionary<int, GivenAnswer> { [1] = Rate(6), [3] = Pick(1, 1), [4] = new(null, [], new string('x', 201)) });
        Assert.Equal(
            [(1, "Choose a rating from 1 to 5."), (2, "Answer this question."), (3, "Choose among the choices shown."), (4, "Keep the answer to 200 characters.")],
            problems);
        Assert.Equal([(2, "Choose one of the choices.")], template.Check(new Dictionary<int, GivenAnswer> { [1] = Rate(1), [2] = Pick(0, 1) }));
        Assert.Equal([(2, "Choose one of the choices.")], template.Check(new Dictionary<int, GivenAnswer> { [1] = Rate(1), [2] = Pick(2) }));
    }

    [Fact]
    public void An_anonymous_survey_takes_no_written_answer_and_its_questions_are_fixed_once_attached()
    {
        var template = new SurveyTemplate("Evaluation", "", isAnonymous: true, TextReaders.Directors, Now);
        var error = Assert.Throws<DomainException>(() => template.AddQuestion("Comments?", QuestionKind.LongText, false, []));
        Assert.Equal("Kind", error.Field);
        template.AddQuestion("How useful?", QuestionKind.Rating, true, []);
        Assert.Throws<DomainException>(() => template.AddQuestion("Pick", QuestionKind.SingleChoice, true, ["Only one"]));

        _ = new SurveyMoment(1, template, MomentKind.Once, null, SurveyAudience.Coaches, 14, Now);

        Assert.True(template.IsInUse);
        Assert.Throws<DomainException>(() => template.AddQuestion("Later?", QuestionKind.Rating, true, []));
        Assert.Throws<DomainException>(() => template.Update("Evaluation", "", false, TextReaders.Directors));
        Assert.Throws<DomainException>(() => template.Update("Evaluation", "", true, TextReaders.Coach));
        template.Update("Meeting evaluation", "Renamed", true, TextReaders.Directors);
        Assert.False(template.Copy(Now).IsInUse);
    }

    [Fact]
    public void An_anonymous_response_keeps_no_request_and_only_its_month()
    {
        var response = new SurveyResponse(momentId: 1, anonymous: true, requestId: 42, new DateOnly(2026, 12, 17));
        Assert.Null(response.RequestId);
        Assert.Equal(new DateOnly(2026, 12, 1), response.Month);
        Assert.Equal(42, new SurveyResponse(1, anonymous: false, 42, new DateOnly(2026, 12, 17)).RequestId);
    }
}
