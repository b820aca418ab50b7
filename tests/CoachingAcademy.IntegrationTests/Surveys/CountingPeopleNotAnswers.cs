using CoachingAcademy.Core.Surveys;
using CoachingAcademy.IntegrationTests.Sessions;
using CoachingAcademy.TestSupport;
using static CoachingAcademy.IntegrationTests.Surveys.SurveyTestSupport;

namespace CoachingAcademy.IntegrationTests.Surveys;

/// <summary>Three answers by one person are still one person's: the results stay hidden until three people have answered.</summary>
public sealed class CountingPeopleNotAnswers(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task One_participant_answering_after_three_sessions_shows_no_figures()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var momentId = await director.AttachAsync(app, await app.DemoCohortIdAsync(), SessionFeedback, MomentKind.AfterEachSession, SurveyAudience.Participants);
        var coach = await app.LoginAsync(SessionTestData.Coach);
        var matchId = await app.ActiveMatchIdAsync();
        for (var i = 0; i < 3; i++)
            await app.HoldSessionAsync(coach, matchId);
        Assert.Equal(3, await app.ScanSurveysAsync());

        var participant = await app.LoginAsync(SessionTestData.Participant);
        var rating = await app.QueryAsync(db => Task.FromResult(db.SurveyQuestions.Where(q => q.TemplateId == SessionFeedback).OrderBy(q => q.Position).First().Id));
        foreach (var (requestId, _) in await app.RequestsAsync(momentId))
            await participant.PostFormAsync($"/Surveys/Answer/{requestId}", new() { [$"Answers[{rating}].Rating"] = "2" });

        var results = await director.GetStringAsync($"/Surveys/Results/{momentId}");
        Assert.Contains("<strong>3</strong> answered of", results);
        Assert.Contains("Too few answers to show", results);
        Assert.DoesNotContain("average", results);
    }
}
