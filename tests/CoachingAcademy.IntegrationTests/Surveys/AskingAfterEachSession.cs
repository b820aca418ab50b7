using System.Net;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.IntegrationTests.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Surveys.SurveyTestSupport;

namespace CoachingAcademy.IntegrationTests.Surveys;

/// <summary>
/// Seed 002's input on each session, on the demo academy's active pair (Grace Okafor coaching Marcus Webb): asked of the
/// participant after each held session, answered once, its written answer read by the coach alone.
/// </summary>
public sealed class AskingAfterEachSession(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_participant_is_asked_after_a_held_session_answers_once_and_only_the_coach_reads_what_they_wrote()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var matchId = await app.ActiveMatchIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var momentId = await director.AttachAsync(app, cohortId, SessionFeedback, MomentKind.AfterEachSession, SurveyAudience.Participants);
        var coach = await app.LoginAsync(SessionTestData.Coach);
        var participant = await app.LoginAsync(SessionTestData.Participant);

        Assert.Equal(0, await app.ScanSurveysAsync());
        await app.HoldSessionAsync(coach, matchId);
        Assert.Equal(1, await app.ScanSurveysAsync());
        Assert.Equal(0, await app.ScanSurveysAsync());

        // Asked by email, with a link to the request, and on the home page; the coach is not asked (the audience is participants).
        var (requestId, email) = Assert.Single(await app.RequestsAsync(momentId));
        Assert.Equal(SessionTestData.Participant, email);
        var message = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Session feedback: your view, please");
        Assert.Equal([SessionTestData.Participant], message.To.Mailboxes.Select(m => m.Address));
        Assert.Contains($"/Surveys/Answer/{requestId}", message.TextBody);
        Assert.Contains("Your written answers go to your coach alone", message.TextBody);
        var home = await participant.GetStringAsync("/");
        Assert.Contains("Surveys for you", home);
        Assert.Contains($"/Surveys/Answer/{requestId}", home);
        Assert.DoesNotContain("Surveys for you", await coach.GetStringAsync("/"));

        // A required rating left out is asked for next to its question, and nothing is saved.
        var questions = await app.QueryAsync(db => db.SurveyQuestions.Where(q => q.TemplateId == SessionFeedback).OrderBy(q => q.Position).Select(q => q.Id).ToListAsync());
        var url = $"/Surveys/Answer/{requestId}";
        var missing = await participant.PostFormAsync(url, new() { [$"Answers[{questions[1]}].Text"] = "More practice" });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        FieldMessages.Assert(await missing.Content.ReadAsStringAsync(), $"Answers[{questions[0]}]", "Answer this question.");
        Assert.Equal(0, await app.QueryAsync(db => db.SurveyResponses.CountAsync(r => r.MomentId == momentId)));

        // The same answers sent twice at once are saved once; the page then shows the first.
        var marker = $"role-play-{Guid.NewGuid():N}";
        var answers = new Dictionary<string, string> { [$"Answers[{questions[0]}].Rating"] = "4", [$"Answers[{questions[1]}].Text"] = marker };
        var both = await Task.WhenAll(participant.PostFormAsync(url, answers), participant.PostFormAsync(url, answers));
        Assert.All(both, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var response = await app.QueryAsync(db => db.SurveyResponses.Include(r => r.Answers).SingleAsync(r => r.MomentId == momentId));
        Assert.Equal(requestId, response.RequestId);
        Assert.Equal([4], response.Answers.Where(a => a.Rating != null).Select(a => a.Rating!.Value));
        var answered = await participant.GetStringAsync(url);
        Assert.Contains("You answered this survey", answered);
        Assert.Contains(marker, answered);
        Assert.DoesNotContain("Surveys for you", await participant.GetStringAsync("/"));
        var late = await participant.PostFormAsync(url, new() { [$"Answers[{questions[0]}].Rating"] = "1" }, url);
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.SurveyResponses.CountAsync(r => r.MomentId == momentId)));

        // The coach reads the written answer; the director sees the count only (one answer: too few to show), never the text.
        Assert.Contains($"/Surveys/Feedback/{matchId}", await coach.GetStringAsync($"/Sessions?matchId={matchId}"));
        Assert.DoesNotContain("/Surveys/Feedback/", await participant.GetStringAsync($"/Sessions?matchId={matchId}"));
        var feedback = await coach.GetStringAsync($"/Surveys/Feedback/{matchId}");
        Assert.Contains(marker, feedback);
        Assert.Contains("Marcus Webb", feedback);
        var results = await director.GetStringAsync($"/Surveys/Results/{momentId}");
        Assert.Contains("<strong>1</strong> answered of", results);
        Assert.Contains("Too few answers to show", results);
        Assert.DoesNotContain(marker, results);
    }
}
