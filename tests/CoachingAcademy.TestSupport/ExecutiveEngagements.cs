using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.TestSupport;

/// <summary>Executive engagements (seed 003) of the demo's executive coach that tests make for themselves.</summary>
public static class ExecutiveEngagements
{
    /// <summary>
    /// An active engagement of Robin Achebe's with a new leader and sponsor, each with a login of their own (the demo
    /// password), started now and with no record yet. Made once per app and leader: the same leader again returns it.
    /// </summary>
    public static async Task<int> CreateAsync(AppFactory app, (string Name, string Email) leader, (string Name, string Email) sponsor)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var existing = await db.Matches.Where(m => m.Participant!.Email == leader.Email).Select(m => m.Id).FirstOrDefaultAsync();
        if (existing != 0)
            return existing;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var agency = await db.Agencies.SingleAsync(a => a.Name == "Lakemont County");
        var leaderPerson = new Person(leader.Name, leader.Email, "Director of Public Works", PositionLevel.DepartmentHead, agency);
        var sponsorPerson = new Person(sponsor.Name, sponsor.Email, "County Administrator", PositionLevel.ChiefExecutive, agency);
        db.People.AddRange(leaderPerson, sponsorPerson);
        await db.SaveChangesAsync();
        var cohortId = await db.Cohorts.Where(c => c.Kind == ProgramKind.ExecutiveCoaching).Select(c => c.Id).SingleAsync();
        var match = new Match(cohortId, leaderPerson, await db.People.SingleAsync(p => p.Email == DemoUsers.ExecutiveCoach), MatchSource.Director, null, now);
        match.AddMember(sponsorPerson, MemberRole.Sponsor, now);
        match.Approve(null, [], now);
        db.Matches.Add(match);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (person, role) in new[] { (leaderPerson, Roles.Participant), (sponsorPerson, Roles.Sponsor) })
        {
            var user = new ApplicationUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
            Xunit.Assert.True((await users.CreateAsync(user, DemoUsers.Password)).Succeeded);
            Xunit.Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
        return match.Id;
    }
}
