using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Infrastructure.Demo;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Foundation;

/// <summary>The benchmark's generator (`seed-large`), on its own database: past classes archived, the current one open.</summary>
public sealed class GeneratingALargeProgram
{
    [Fact]
    public async Task Two_thousand_participants_make_two_cohorts_the_past_one_archived_and_every_account_signs_in()
    {
        await using var app = new AppFactory();
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<LargeProgramSeeder>().SeedAsync(new LargeProgramOptions(2_000, 200));

        var cohorts = await app.QueryAsync(db => db.Cohorts.Where(c => c.Name.StartsWith("Large Program"))
            .Select(c => new { c.IsArchived, Participants = c.Enrollments.Count(e => e.Role == EnrollmentRole.Participant) }).ToListAsync());
        Assert.Equal(2, cohorts.Count);
        Assert.Single(cohorts, c => !c.IsArchived);
        Assert.Equal(2_000, cohorts.Sum(c => c.Participants));
        // Coaches are enrolled and two in three hold an orientation seat, as the benchmark's pages need.
        Assert.Equal(200, await app.QueryAsync(db => db.Enrollments.CountAsync(e => e.Role == EnrollmentRole.Coach && e.Cohort.Name.StartsWith("Large Program"))));
        Assert.InRange(await app.QueryAsync(db => db.OrientationRegistrations.CountAsync(r => r.Coach.Agency!.Name.StartsWith("Large Program"))), 100, 200);
        foreach (var email in new[] { LargeProgramSeeder.Director, LargeProgramSeeder.Coach, LargeProgramSeeder.Participant, LargeProgramSeeder.Coordinator })
            await app.LoginAsync(email);
    }
}
