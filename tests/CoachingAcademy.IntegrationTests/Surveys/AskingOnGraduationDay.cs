using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Surveys.SurveyTestSupport;

namespace CoachingAcademy.IntegrationTests.Surveys;

/// <summary>A survey of the cohort's end asks its audience on graduation day, in the cohort's zone, not before; a closed one asks nobody.</summary>
public sealed class AskingOnGraduationDay(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_coaches_are_asked_when_graduation_day_begins_in_the_cohorts_zone()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var momentId = await director.AttachAsync(app, cohortId, CoachesDebrief, MomentKind.CohortEnd, SurveyAudience.Coaches);
        var closed = await director.AttachAsync(app, cohortId, CoachesDebrief, MomentKind.CohortEnd, SurveyAudience.Everyone);
        await director.PostFormAsync($"/Surveys/Moments/{closed}/Close", [], "/Surveys");
        var (graduation, zone) = await app.QueryAsync(async db => await db.Cohorts.Where(c => c.Id == cohortId)
            .Select(c => new { c.GraduationDate, c.TimeZoneId }).SingleAsync() is var c ? (c.GraduationDate, c.TimeZoneId) : default);
        var dayStarts = ProgramTime.ToUtc(graduation.ToDateTime(TimeOnly.MinValue), zone);

        app.Clock.SetUtcNow(new DateTimeOffset(dayStarts.AddMinutes(-1), TimeSpan.Zero));
        Assert.Equal(0, await app.ScanSurveysAsync());
        app.Clock.SetUtcNow(new DateTimeOffset(dayStarts.AddMinutes(1), TimeSpan.Zero));
        Assert.Equal(6, await app.ScanSurveysAsync());
        Assert.Equal(0, await app.ScanSurveysAsync());

        var coaches = await app.QueryAsync(db => db.Enrollments.Where(e => e.CohortId == cohortId && e.Role == EnrollmentRole.Coach)
            .Select(e => e.Person.Email).OrderBy(e => e).ToListAsync());
        Assert.Equal(coaches, (await app.RequestsAsync(momentId)).Select(r => r.Email).Order());
        Assert.Empty(await app.RequestsAsync(closed));
    }
}
