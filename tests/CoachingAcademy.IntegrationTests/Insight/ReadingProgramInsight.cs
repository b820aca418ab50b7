using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoachingAcademy.IntegrationTests.Sessions.SessionTestData;
using Match = CoachingAcademy.Core.Matching.Match;

namespace CoachingAcademy.IntegrationTests.Insight;

/// <summary>The directors' insight page shows what the database holds, counted in each cohort's months, and nothing private.</summary>
public sealed class ReadingProgramInsight(MailingApp app) : IClassFixture<MailingApp>
{
    /// <summary>The test clock's day is 2 March 2026 in every demo cohort's zone (Los Angeles).</summary>
    private static readonly string[] Months = Enumerable.Range(0, 12)
        .Select(i => new DateTime(2025, 4, 1).AddMonths(i).ToString("MMM yyyy", CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public async Task The_figures_are_what_the_database_holds()
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        var html = WebUtility.HtmlDecode(await director.GetStringAsync("/Insight"));

        var cohorts = await app.QueryAsync(db => db.Cohorts.Where(c => !c.IsArchived).Select(c => new { c.Id, c.Name, c.TimeZoneId }).ToListAsync());
        Assert.NotEmpty(cohorts);
        var statuses = await app.QueryAsync(db => db.Matches.Select(m => new { m.CohortId, m.Status }).ToListAsync());
        foreach (var c in cohorts)
            foreach (var status in Enum.GetValues<MatchStatus>())
                Assert.Contains($"aria-label=\"{statuses.Count(m => m.CohortId == c.Id && m.Status == status)} {status.DisplayName().ToLowerInvariant()} in {c.Name}\"", html);
        Assert.Equal(statuses.Count(m => m.Status == MatchStatus.Active && cohorts.Any(c => c.Id == m.CohortId)), Figure(html, "engagements-chart", "Active"));

        using (var scope = app.Services.CreateScope())
        {
            var progress = scope.ServiceProvider.GetRequiredService<ProgressQueries>();
            var metLate = 0;
            foreach (var c in cohorts)
            {
                // The insight counts the steps of active engagements; the matrix also lists those without a coach.
                var cells = (await progress.ForCohortAsync(c.Id, ProgressFilter.All, 1, int.MaxValue))!.Rows.Items
                    .Where(r => r.Standing == Standing.Active).SelectMany(r => r.Progress.Milestones).ToList();
                Assert.Contains($"aria-label=\"{cells.Count(x => x.Status == MilestoneStatus.Met)} met on time in {c.Name}\"", html);
                Assert.Contains($"aria-label=\"{cells.Count(x => x.Status == MilestoneStatus.Overdue)} overdue in {c.Name}\"", html);
                Assert.Contains($"aria-label=\"{cells.Count(x => x.Status == MilestoneStatus.DueSoon)} due soon in {c.Name}\"", html);
                metLate += cells.Count(x => x.Status == MilestoneStatus.MetLate);
            }
            Assert.Equal(metLate, Figure(html, "steps-chart", "Met late"));
        }

        // Held sessions, counted here by converting each start to its cohort's zone.
        var held = await app.QueryAsync(db => (
            from s in db.CoachingSessions
            join m in db.Matches on s.MatchId equals m.Id
            join c in db.Cohorts on m.CohortId equals c.Id
            where s.Status == SessionStatus.Held && !c.IsArchived
            select new { s.StartsAtUtc, c.TimeZoneId }).ToListAsync());
        var byMonth = held.Select(s => TimeZoneInfo.ConvertTimeFromUtc(s.StartsAtUtc, TimeZoneInfo.FindSystemTimeZoneById(s.TimeZoneId)))
            .GroupBy(local => local.ToString("MMM yyyy", CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byMonth.Values.Sum() > 0, "the demo holds sessions");
        foreach (var month in Months)
            Assert.Equal(byMonth.GetValueOrDefault(month), Figure(html, "sessions-chart", month));
    }

    [Fact]
    public async Task A_held_session_counts_in_its_month_in_the_cohorts_time_zone()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var before = await director.GetStringAsync("/Insight");

        // 05:30 UTC on 1 March is still 28 February in Los Angeles; 18:00 UTC on 1 March is 1 March there.
        await HoldAsync(new DateTime(2026, 3, 1, 5, 30, 0, DateTimeKind.Utc));
        await HoldAsync(new DateTime(2026, 3, 1, 18, 0, 0, DateTimeKind.Utc));

        var after = await director.GetStringAsync("/Insight");
        Assert.Equal(Figure(before, "sessions-chart", "Feb 2026") + 1, Figure(after, "sessions-chart", "Feb 2026"));
        Assert.Equal(Figure(before, "sessions-chart", "Mar 2026") + 1, Figure(after, "sessions-chart", "Mar 2026"));
    }

    [Fact]
    public async Task A_late_change_counts_in_its_month_and_its_reason_is_not_shown()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var before = await director.GetStringAsync("/Insight");
        const string reason = "A family matter nobody else should read";

        await app.QueryAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var match = await db.Matches.SingleAsync(m => m.Participant!.Email == Participant && m.Status == MatchStatus.Active);
            var rules = (await db.Cohorts.SingleAsync(c => c.Id == match.CohortId)).Rules;
            var session = new CoachingSession(match.Id, now.AddHours(5), 60, SessionForm.Phone, "555-0100", null, match.PairParticipantId, now);
            db.CoachingSessions.Add(session);
            await db.SaveChangesAsync();
            session.Cancel(match.PairParticipantId, reason, rules, now);
            return await db.SaveChangesAsync();
        });

        var after = await director.GetStringAsync("/Insight");
        Assert.Equal(Figure(before, "late-changes-chart", "Mar 2026") + 1, Figure(after, "late-changes-chart", "Mar 2026"));
        Assert.DoesNotContain("family matter", after);
    }

    [Theory]
    [InlineData(DemoUsers.Coach)]
    [InlineData(DemoUsers.Participant)]
    [InlineData(DemoUsers.Coordinator)]
    [InlineData(DemoUsers.Sponsor)]
    public async Task Only_directors_open_it(string email)
    {
        Denied.Assert(await (await app.LoginAsync(email)).GetAsync("/Insight"));
    }

    [Fact]
    public async Task Without_an_open_cohort_the_page_says_so()
    {
        var open = await app.QueryAsync(db => db.Cohorts.Where(c => !c.IsArchived).Select(c => c.Id).ToListAsync());
        await app.QueryAsync(db => db.Cohorts.ExecuteUpdateAsync(s => s.SetProperty(c => c.IsArchived, true)));
        try
        {
            var html = await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync("/Insight");

            Assert.Contains("There is no open cohort", html);
            Assert.DoesNotContain("<svg", html);
        }
        finally
        {
            await app.QueryAsync(db => db.Cohorts.Where(c => open.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsArchived, false)));
        }
    }

    [Fact]
    public async Task The_page_sends_as_many_queries_with_more_cohorts_engagements_sessions_and_late_changes()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var small = await director.CountQueriesAsync(app, "/Insight");

        await GrowAsync(cohorts: 4, matchesEach: 6, sessionsEach: 12);

        Assert.Equal(small, await director.CountQueriesAsync(app, "/Insight"));
        Assert.Contains("Grown Insight Cohort 4", await director.GetStringAsync("/Insight"));
    }

    /// <summary>The figure a chart's description gives for one bar.</summary>
    private static int Figure(string html, string chartId, string label)
    {
        var desc = Regex.Match(WebUtility.HtmlDecode(html), $"<desc id=\"{chartId}-desc\">(.*?)</desc>", RegexOptions.Singleline);
        Assert.True(desc.Success, $"no chart {chartId}");
        var figure = Regex.Match(desc.Groups[1].Value, Regex.Escape(label) + @": (\d+)[;.]");
        Assert.True(figure.Success, $"no bar {label} in {chartId}: {desc.Groups[1].Value}");
        return int.Parse(figure.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>A session of the demo's active pair, held at <paramref name="startsAtUtc"/> with both attending.</summary>
    private Task<int> HoldAsync(DateTime startsAtUtc) => app.QueryAsync(async db =>
    {
        var match = await db.Matches.Include(m => m.Members).SingleAsync(m => m.Participant!.Email == Participant && m.Status == MatchStatus.Active);
        var session = new CoachingSession(match.Id, startsAtUtc, 60, SessionForm.Video, "https://meet.example.org/webb", null, match.PairParticipantId, startsAtUtc);
        session.Log(SessionStatus.Held, match.PairParticipantId, app.Clock.GetUtcNow().UtcDateTime, match.Members.Select(m => m.PersonId).ToList(), []);
        db.CoachingSessions.Add(session);
        return await db.SaveChangesAsync();
    });

    /// <summary>More open cohorts, one of them in Kathmandu (UTC+5:45), each with active pairs who held sessions over the
    /// past year against its steps, and late changes.</summary>
    private Task<int> GrowAsync(int cohorts, int matchesEach, int sessionsEach) => app.QueryAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var grace = await db.People.Include(p => p.Agency).SingleAsync(p => p.Email == Coach);
        for (var c = 0; c < cohorts; c++)
        {
            var cohort = new Cohort($"Grown Insight Cohort {c + 1}", c == 0 ? "Asia/Kathmandu" : "America/Chicago", today.AddDays(60), today.AddDays(90));
            for (var m = 0; m < 4; m++)
                cohort.AddMilestone($"Milestone {m + 1}", "A conversation.", today.AddDays(-200 + 80 * m));
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            var steps = cohort.Milestones.Select(m => m.Id).ToList();
            for (var i = 0; i < matchesEach; i++)
            {
                var person = new Person($"Insight Participant {c}-{i}", $"insight.{c}.{i}@example.org", "Analyst", PositionLevel.Other, grace.Agency);
                db.People.Add(person);
                cohort.Enroll(person, EnrollmentRole.Participant, now);
                var match = new Match(cohort.Id, person, grace, MatchSource.Director, null, now.AddDays(-300));
                match.Approve(null, [], now.AddDays(-300));
                db.Matches.Add(match);
                await db.SaveChangesAsync();
                for (var s = 0; s < sessionsEach; s++)
                {
                    var session = new CoachingSession(match.Id, now.AddDays(-29 * s - 1).AddMinutes(-45 * i), 60, SessionForm.Phone, "555-0100",
                        steps[s % steps.Count], person.Id, now.AddDays(-400));
                    if (s % 3 == 0)
                        session.Cancel(person.Id, "Late", cohort.Rules, session.StartsAtUtc.AddHours(-2));
                    else
                        session.Log(SessionStatus.Held, person.Id, now, [person.Id, grace.Id], []);
                    db.CoachingSessions.Add(session);
                }
            }
        }
        return await db.SaveChangesAsync();
    });
}
