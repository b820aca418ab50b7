using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Sessions.SessionTestData;

namespace CoachingAcademy.IntegrationTests.Sessions;

/// <summary>The dashboards send the same number of SQL commands whatever the number of participants or sessions.</summary>
public sealed class CountingDashboardQueries(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task Dashboards_send_as_many_queries_with_forty_more_matches_and_hundreds_of_sessions()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var participant = await app.LoginAsync(Participant);
        var coach = await app.LoginAsync(Coach);
        var director = await app.LoginAsync(DemoUsers.Director);
        var pages = new (HttpClient Client, string Url)[]
        {
            (participant, "/"), (coach, "/"), (coach, "/Roster"), (director, $"/Progress/Cohort/{cohortId}"),
            (director, $"/Matches?cohortId={cohortId}"), (director, $"/Roster/Cohort/{cohortId}"), (director, "/"),
        };
        var small = new List<int>();
        foreach (var (client, url) in pages)
            small.Add(await client.CountQueriesAsync(app, url));

        await GrowAsync(cohortId, extraMatches: 40, sessionsEach: 6);

        for (var i = 0; i < pages.Length; i++)
            Assert.True(small[i] == await pages[i].Client.CountQueriesAsync(app, pages[i].Url), $"{pages[i].Url} changed its query count");
    }

    /// <summary>Forty more Lakemont participants, all coached by Grace Okafor, each with sessions held and booked.</summary>
    private Task GrowAsync(int cohortId, int extraMatches, int sessionsEach) => app.QueryAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var cohort = await db.Cohorts.Include(c => c.Enrollments).SingleAsync(c => c.Id == cohortId);
        var grace = await db.People.SingleAsync(p => p.Email == Coach);
        var agency = await db.Agencies.SingleAsync(a => a.Id == grace.AgencyId);
        var milestone = await db.Milestones.Where(m => m.CohortId == cohortId).Select(m => m.Id).FirstAsync();
        var marcusMatch = await db.Matches.SingleAsync(m => m.Participant!.Email == Participant && m.Status == MatchStatus.Active);
        for (var i = 0; i < extraMatches; i++)
        {
            var person = new Person($"Extra Participant {i}", $"extra{i}@example.org", "Analyst", PositionLevel.Other, agency);
            db.People.Add(person);
            cohort.Enroll(person, EnrollmentRole.Participant, now);
            var match = new Match(cohortId, person, grace, MatchSource.Director, null, now);
            match.Approve(1, [], now);
            db.Matches.Add(match);
            await db.SaveChangesAsync();
            for (var s = 0; s < sessionsEach; s++)
                db.CoachingSessions.Add(new CoachingSession(match.Id, now.AddDays(s * 7 - 20), 60, SessionForm.Phone, "555-0100", milestone, person.Id, now));
        }
        for (var s = 0; s < 30; s++)
            db.CoachingSessions.Add(new CoachingSession(marcusMatch.Id, now.AddDays(s + 1), 60, SessionForm.Video, "link", null, marcusMatch.PairParticipantId, now));
        return await db.SaveChangesAsync();
    });
}
