using System.Globalization;
using System.Net;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.IntegrationTests.Exports;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Surveys.SurveyTestSupport;

namespace CoachingAcademy.IntegrationTests.Surveys;

/// <summary>
/// Seed 004's meeting evaluation, anonymous, sent to the demo peer circle's seven participants: results only from three
/// answers up, no trace from an answer to its person, a reminder before it closes, and no answer after.
/// </summary>
public sealed class KeepingAnswersAnonymous(MailingApp app) : IClassFixture<MailingApp>
{
    private static readonly string[] Peers = [DemoUsers.Peer, "felix.grant@example.org", "maya.torres@example.org"];

    [Fact]
    public async Task Results_show_from_three_answers_up_and_no_page_or_row_ties_an_answer_to_its_person()
    {
        var cohortId = await app.CohortIdAsync(ProgramKind.PeerCircle);
        var director = await app.LoginAsync(DemoUsers.Director);
        var momentId = await director.AttachAsync(app, cohortId, MeetingEvaluation, MomentKind.Once, SurveyAudience.Participants);
        await director.PostFormAsync($"/Surveys/Moments/{momentId}/Send", [], "/Surveys");
        var requests = await app.RequestsAsync(momentId);
        Assert.Equal(9, requests.Count);   // every participant of the circle, whatever their application's stage
        var questions = await app.QueryAsync(db => db.SurveyQuestions.Where(q => q.TemplateId == MeetingEvaluation).OrderBy(q => q.Position)
            .Select(q => q.Id).ToListAsync());
        var resultsUrl = $"/Surveys/Results/{momentId}";
        var insightQueries = await director.CountQueriesAsync(app, "/Insight");

        for (var i = 0; i < Peers.Length; i++)
        {
            var peer = await app.LoginAsync(Peers[i]);
            var requestId = requests.Single(r => r.Email == Peers[i]).Id;
            var saved = await peer.PostFormAsync($"/Surveys/Answer/{requestId}", new()
            {
                [$"Answers[{questions[0]}].Rating"] = (3 + i % 2).ToString(), [$"Answers[{questions[1]}].Rating"] = "5",
                [$"Answers[{questions[2]}].Choices"] = "1", [$"Answers[{questions[3]}].Choices"] = "0",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var results = await director.GetStringAsync(resultsUrl);
            Assert.Contains($"<strong>{i + 1}</strong> answered of", results);
            if (i < 2)
            {
                // Two answers: too few to show anything of them.
                Assert.Contains("Too few answers to show", results);
                Assert.DoesNotContain("average", results);
                Assert.Contains("too few to show", await director.GetStringAsync("/Insight"));
            }
            else
            {
                Assert.DoesNotContain("Too few answers to show", results);
                Assert.Contains("3 answers; average 3.3 of 5", results);
                Assert.Contains("3 answers; average 5.0 of 5", results);
                Assert.Contains("The competency discussion", results);
                // The insight page's month: the average of every rating given (3, 4, 3 and 5, 5, 5), at the same cost in queries.
                var insight = await director.GetStringAsync("/Insight");
                Assert.Matches(@"Mar 2026</th>\s*<td class=""text-end"">3</td>\s*<td class=""text-end"">4\.2</td>", insight);
                Assert.Contains("Survey scores per month", insight);
                Assert.Equal(insightQueries, await director.CountQueriesAsync(app, "/Insight"));
            }
            foreach (var name in new[] { "Noor Haddad", "Felix Grant", "Maya Torres" })
                Assert.DoesNotContain(name, results);
        }

        // The download carries the same totals, cell for cell in both formats, and no name.
        var csv = await ExportFiles.CsvAsync(await director.DownloadAsync($"{resultsUrl}/csv", ExportFiles.Csv));
        var xlsx = ExportFiles.Xlsx(await director.DownloadAsync($"{resultsUrl}/xlsx", ExportFiles.Workbook));
        Assert.Equal(["Question", "Answers", "Average of 5", "Rating or choice", "Count", "Share (%)"], csv[0]);
        Assert.Equal(1 + 5 + 5 + 4 + 3, csv.Count);
        Assert.Equal(["How useful was today's meeting?", "3", "3.3", "3", "2", "67"], csv[3]);
        Assert.Equal(["Which parts of the meeting helped you most?", "3", "", "The competency discussion", "3", "100"], csv[12]);
        Assert.Equal(csv.Count, xlsx.Count);
        for (var row = 0; row < csv.Count; row++)
            Assert.Equal(csv[row], xlsx[row].Select(cell => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? ""));
        Assert.DoesNotContain(csv.SelectMany(r => r), cell => cell.Contains("Noor") || cell.Contains("Felix") || cell.Contains("Maya"));

        // By construction: the responses hold neither request nor person, and a request records the day it was answered, not the time.
        var rows = await app.QueryAsync(db => db.SurveyResponses.Where(r => r.MomentId == momentId).Select(r => new { r.RequestId, r.Month }).ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Null(r.RequestId));
        var answeredAt = await app.QueryAsync(db => db.SurveyRequests.Where(r => r.MomentId == momentId && r.AnsweredAtUtc != null)
            .Select(r => r.AnsweredAtUtc!.Value).ToListAsync());
        Assert.Equal(3, answeredAt.Count);
        Assert.All(answeredAt, at => Assert.Equal(TimeSpan.Zero, at.TimeOfDay));
        // The person who answered sees that they did, not what: nothing of the answers is kept with them.
        var noor = await app.LoginAsync(DemoUsers.Peer);
        var own = await noor.GetStringAsync($"/Surveys/Answer/{requests.Single(r => r.Email == DemoUsers.Peer).Id}");
        Assert.Contains("You answered this survey", own);
        Assert.DoesNotContain("The competency discussion", own);
    }

    [Fact]
    public async Task Those_who_have_not_answered_are_reminded_once_before_it_closes_and_cannot_answer_after()
    {
        var cohortId = await app.CohortIdAsync(ProgramKind.PeerCircle);
        var director = await app.LoginAsync(DemoUsers.Director);
        var momentId = await director.AttachAsync(app, cohortId, MeetingEvaluation, MomentKind.Once, SurveyAudience.Participants, days: 10);
        await director.PostFormAsync($"/Surveys/Moments/{momentId}/Send", [], "/Surveys");
        var requests = await app.RequestsAsync(momentId);
        var lena = requests.Single(r => r.Email == "lena.sorensen@example.org").Id;

        // Seven days later, three days before it closes (the cohort's second deadline reminder): each unanswered request once.
        app.Clock.Advance(TimeSpan.FromDays(7.5));
        await app.ScanSurveysAsync();
        await app.ScanSurveysAsync();
        var reminded = await app.QueryAsync(db => db.OutgoingEmails.Where(e => e.Kind == "Survey" && e.Key!.Contains($"|survey:{lena}|")).CountAsync());
        Assert.Equal(1, reminded);
        await app.Smtp.WaitForMessageAsync(m => m.Subject!.StartsWith("Reminder: Meeting evaluation closes on") && m.To.Mailboxes.Any(x => x.Address == "lena.sorensen@example.org"));

        // Closed: the form is gone, an answer sent anyway is refused in words and nothing is saved; the home page forgets it.
        app.Clock.Advance(TimeSpan.FromDays(3));
        var client = await app.LoginAsync("lena.sorensen@example.org");
        Assert.Contains("This survey is closed", await client.GetStringAsync($"/Surveys/Answer/{lena}"));
        var late = await client.PostFormAsync($"/Surveys/Answer/{lena}", new() { ["Answers[1].Rating"] = "3" }, "/");
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.DoesNotContain($"/Surveys/Answer/{lena}", await client.GetStringAsync("/"));
        Assert.Equal(0, await app.QueryAsync(db => db.SurveyResponses.CountAsync(r => r.MomentId == momentId)));
    }
}
