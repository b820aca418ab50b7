using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Surveys;

/// <summary>The surveys that ship with the schema, and helpers to attach, scan and hold sessions.</summary>
internal static class SurveyTestSupport
{
    public const int SessionFeedback = KindSurveys.SessionFeedback, EndOfSeriesAssessment = KindSurveys.EndOfSeriesAssessment,
        MeetingEvaluation = KindSurveys.MeetingEvaluation, CoachesDebrief = KindSurveys.CoachesDebrief;

    /// <summary>Runs one survey scan, as the recurring job does after the reminder scan.</summary>
    public static async Task<int> ScanSurveysAsync(this AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SurveyScanner>().ScanAsync();
    }

    public static Task<int> CohortIdAsync(this AppFactory app, ProgramKind kind) =>
        app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == kind).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    /// <summary>Attaches a survey through the cohort's Surveys page and returns the new moment's id.</summary>
    public static async Task<int> AttachAsync(this HttpClient director, AppFactory app, int cohortId, int templateId, MomentKind kind,
        SurveyAudience audience, int? stepId = null, int days = 14)
    {
        var response = await director.PostFormAsync($"/Cohorts/{cohortId}/Surveys", new()
        {
            ["TemplateId"] = templateId.ToString(), ["Kind"] = kind.ToString(), ["Audience"] = audience.ToString(),
            ["StepId"] = stepId?.ToString() ?? "", ["ClosesAfterDays"] = days.ToString(),
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        // What happens from now on is after the survey was attached.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        return await app.QueryAsync(db => db.SurveyMoments.Where(m => m.CohortId == cohortId).MaxAsync(m => m.Id));
    }

    /// <summary>A session of the engagement that started two hours ago, logged as held by <paramref name="logger"/> through the
    /// sessions page with every member who meets present.</summary>
    public static async Task<int> HoldSessionAsync(this AppFactory app, HttpClient logger, int matchId, int? stepId = null)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var (sessionId, present) = await app.QueryAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var members = await db.EngagementMembers.Where(x => x.MatchId == matchId && MemberRoles.Meeting.Contains(x.Role)).Select(x => x.PersonId).ToListAsync();
            var session = new CoachingSession(matchId, now.AddHours(-2), 60, SessionForm.Video, "https://meet.example.org/survey", stepId, members[0], now.AddDays(-3));
            db.CoachingSessions.Add(session);
            await db.SaveChangesAsync();
            return (session.Id, members);
        });
        var response = await logger.PostRepeatedFormAsync($"/Sessions/Log/{sessionId}",
            present.Select(id => ("Attended", id.ToString())).Append(("Outcome", "Held")), $"/Sessions?matchId={matchId}");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SessionStatus.Held, await app.QueryAsync(db => db.CoachingSessions.Where(s => s.Id == sessionId).Select(s => s.Status).SingleAsync()));
        return sessionId;
    }

    public static Task<List<(int Id, string Email)>> RequestsAsync(this AppFactory app, int momentId) =>
        app.QueryAsync(async db => (await db.SurveyRequests.Where(r => r.MomentId == momentId).OrderBy(r => r.Id)
            .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new { r.Id, p.Email }).ToListAsync()).Select(r => (r.Id, r.Email)).ToList());
}
