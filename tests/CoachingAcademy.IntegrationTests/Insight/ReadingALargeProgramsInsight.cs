using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Infrastructure.Demo;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Insight;

/// <summary>The benchmark's generator with engagements (`seed-large --engagements`) gives the insight page figures to draw.</summary>
public sealed class ReadingALargeProgramsInsight
{
    [Fact]
    public async Task A_generated_program_has_coached_participants_held_sessions_and_late_changes_and_its_open_cohort_is_charted()
    {
        await using var app = new AppFactory();
        var director = await app.LoginAsync(DemoUsers.Director);
        var before = await director.CountQueriesAsync(app, "/Insight");
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<LargeProgramSeeder>().SeedAsync(new LargeProgramOptions(2_000, 200, Engagements: true));

        var large = await app.QueryAsync(db => db.Matches.Where(m => db.Cohorts.Any(c => c.Id == m.CohortId && c.Name.StartsWith("Large Program")))
            .GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.InRange(large[MatchStatus.Active], 1_500, 1_800);
        Assert.True(large[MatchStatus.Proposed] > 0 && large[MatchStatus.Ended] > 0);
        Assert.True(await app.QueryAsync(db => db.CoachingSessions.CountAsync(s => s.Status == SessionStatus.Held)) > 3_000);
        Assert.True(await app.QueryAsync(db => db.SessionChanges.CountAsync(c => c.WasLate)) > 300);

        var open = await app.QueryAsync(db => db.Cohorts.Where(c => c.Name.StartsWith("Large Program") && !c.IsArchived).Select(c => c.Name).SingleAsync());
        Assert.Contains(open, await director.GetStringAsync("/Insight"));
        Assert.Equal(before, await director.CountQueriesAsync(app, "/Insight"));
    }
}
