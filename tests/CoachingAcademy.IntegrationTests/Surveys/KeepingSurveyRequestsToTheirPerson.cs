using System.Net;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.IntegrationTests.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Surveys.SurveyTestSupport;

namespace CoachingAcademy.IntegrationTests.Surveys;

/// <summary>A survey request is its person's alone; the written answers a coach reads are that engagement's coach's alone.</summary>
public sealed class KeepingSurveyRequestsToTheirPerson(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task Nobody_else_reads_a_request_or_the_coachs_feedback()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var matchId = await app.ActiveMatchIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var momentId = await director.AttachAsync(app, cohortId, SessionFeedback, MomentKind.AfterEachSession, SurveyAudience.Everyone);
        await app.HoldSessionAsync(await app.LoginAsync(SessionTestData.Coach), matchId);
        await app.ScanSurveysAsync();
        var requests = await app.RequestsAsync(momentId);
        Assert.Equal([SessionTestData.Coach, SessionTestData.Participant], requests.Select(r => r.Email).Order());
        var participantRequest = requests.Single(r => r.Email == SessionTestData.Participant).Id;

        // Another participant, another cohort's leader and the pair's own coach find no such survey; nothing is saved.
        foreach (var other in new[] { "taylor.nguyen@example.org", DemoUsers.Leader, SessionTestData.Coach })
        {
            var client = await app.LoginAsync(other);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Surveys/Answer/{participantRequest}")).StatusCode);
            var post = await client.PostFormAsync($"/Surveys/Answer/{participantRequest}", new() { ["Answers[1].Rating"] = "5" }, "/");
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        Assert.Equal(0, await app.QueryAsync(db => db.SurveyResponses.CountAsync(r => r.MomentId == momentId)));

        // The feedback page is the engagement's coach's: another coach finds nothing, a participant and a director are refused.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(DemoUsers.Coach)).GetAsync($"/Surveys/Feedback/{matchId}")).StatusCode);
        Denied.Assert(await (await app.LoginAsync(SessionTestData.Participant)).GetAsync($"/Surveys/Feedback/{matchId}"));
        Denied.Assert(await director.GetAsync($"/Surveys/Feedback/{matchId}"));
        // Directors' pages are theirs alone.
        Denied.Assert(await (await app.LoginAsync(SessionTestData.Coach)).GetAsync($"/Surveys/Results/{momentId}"));
    }
}
