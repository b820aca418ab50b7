using System.Net;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Surveys.SurveyTestSupport;

namespace CoachingAcademy.IntegrationTests.Surveys;

/// <summary>
/// A survey at each of its moments: a step met (the executive demo's mid-program review), an engagement's end (the coach
/// network's pair), once by hand (the academy coaches' debrief), and graduation day; each asks its audience once, and whoever
/// does not meet (a sponsor) is not asked about meetings.
/// </summary>
public sealed class AskingAtEachMoment(MailingApp app) : IClassFixture<MailingApp>
{
    private Task<int> MatchOfAsync(string email) => app.QueryAsync(db => db.EngagementMembers
        .Where(x => x.Person.Email == email && db.Matches.Any(m => m.Id == x.MatchId && m.Status == MatchStatus.Active)).Select(x => x.MatchId).FirstAsync());

    [Fact]
    public async Task A_step_met_asks_those_who_met_and_not_the_sponsor_and_a_later_session_of_the_step_asks_nothing_more()
    {
        var cohortId = await app.CohortIdAsync(ProgramKind.ExecutiveCoaching);
        var step = await app.QueryAsync(db => db.Milestones.Where(m => m.CohortId == cohortId && m.Name == "Mid-program review").Select(m => m.Id).SingleAsync());
        var director = await app.LoginAsync(DemoUsers.Director);
        var momentId = await director.AttachAsync(app, cohortId, EndOfSeriesAssessment, MomentKind.AfterStep, SurveyAudience.Everyone, step);
        var matchId = await MatchOfAsync(DemoUsers.Leader);
        var coach = await app.LoginAsync(DemoUsers.ExecutiveCoach);

        await app.HoldSessionAsync(coach, matchId, step);
        await app.ScanSurveysAsync();
        await app.HoldSessionAsync(coach, matchId, step);
        await app.ScanSurveysAsync();

        Assert.Equal([DemoUsers.ExecutiveCoach, DemoUsers.Leader], (await app.RequestsAsync(momentId)).Select(r => r.Email).Order());
        var told = await app.Smtp.WaitForMessageAsync(m => m.Subject == "End-of-series assessment: your view, please" && m.To.Mailboxes.Any(x => x.Address == DemoUsers.Leader));
        Assert.Contains("now that \"Mid-program review\" is met", told.TextBody);
        Assert.Contains("Your answers are anonymous", told.TextBody);
    }

    [Fact]
    public async Task An_engagements_end_asks_its_members_once()
    {
        var cohortId = await app.CohortIdAsync(ProgramKind.CoachNetwork);
        var director = await app.LoginAsync(DemoUsers.Director);
        var momentId = await director.AttachAsync(app, cohortId, EndOfSeriesAssessment, MomentKind.EngagementEnd, SurveyAudience.Participants);
        var matchId = await MatchOfAsync(DemoUsers.Player);
        Assert.Equal(0, await app.ScanSurveysAsync());

        var player = await app.LoginAsync(DemoUsers.Player);
        var ended = await player.PostFormAsync($"/Matches/End/{matchId}", new() { ["Reason"] = "" }, "/");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        await app.ScanSurveysAsync();
        await app.ScanSurveysAsync();

        var (requestId, email) = Assert.Single(await app.RequestsAsync(momentId));
        Assert.Equal(DemoUsers.Player, email);
        Assert.Contains($"/Surveys/Answer/{requestId}", await player.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_survey_sent_by_hand_asks_each_coach_of_the_cohort_once_even_sent_twice_at_once()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var momentId = await director.AttachAsync(app, cohortId, CoachesDebrief, MomentKind.Once, SurveyAudience.Coaches);
        Assert.Empty(await app.RequestsAsync(momentId));
        Assert.Contains($"/Surveys/Moments/{momentId}/Send", await director.GetStringAsync($"/Cohorts/{cohortId}/Surveys"));

        var url = $"/Surveys/Moments/{momentId}/Send";
        var sends = await Task.WhenAll(director.PostFormAsync(url, [], "/Surveys"), director.PostFormAsync(url, [], "/Surveys"));
        Assert.All(sends, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        var coaches = await app.QueryAsync(db => db.Enrollments.Where(e => e.CohortId == cohortId && e.Role == EnrollmentRole.Coach)
            .Select(e => e.Person.Email).OrderBy(e => e).ToListAsync());
        Assert.Equal(6, coaches.Count);
        Assert.Equal(coaches, (await app.RequestsAsync(momentId)).Select(r => r.Email).Order());
        var page = await director.GetStringAsync($"/Cohorts/{cohortId}/Surveys");
        Assert.Contains("0 of 6", page);
        Assert.DoesNotContain($"/Surveys/Moments/{momentId}/Send", page);
        Assert.Equal(6, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.Kind == "SurveyRequested" && e.Subject == "Coaches' debrief: your view, please")));
    }
}
