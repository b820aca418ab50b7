using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>What the seed 003 tests share: the demo's executive engagement and a second one with logins of its own.</summary>
internal static class ExecutiveCoaching
{
    public const string OtherLeader = "morgan.quill@example.org";
    public const string OtherSponsor = "harbor.sponsor@example.org";

    /// <summary>Chris Donovan's engagement with Robin Achebe, Pat Lindgren its sponsor.</summary>
    public static Task<int> DemoExecutiveAsync(this AppFactory app) =>
        app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == DemoUsers.Leader && m.Status == MatchStatus.Active).Select(m => m.Id).SingleAsync());

    public static Task<string> ExecutiveZoneAsync(this AppFactory app) =>
        app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == Core.Cohorts.ProgramKind.ExecutiveCoaching).Select(c => c.TimeZoneId).SingleAsync());

    /// <summary>
    /// A second executive engagement of Robin Achebe's: leader Morgan Quill, sponsor Lee Hartmann, each with a login of
    /// their own, and no record yet. Made once per app.
    /// </summary>
    public static async Task<int> SecondExecutiveAsync(this AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var existing = await db.Matches.Where(m => m.Participant!.Email == OtherLeader).Select(m => m.Id).FirstOrDefaultAsync();
        if (existing != 0)
            return existing;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var agency = await db.Agencies.SingleAsync(a => a.Name == "Lakemont County");
        var leader = new Person("Morgan Quill", OtherLeader, "Director of Public Works", PositionLevel.DepartmentHead, agency);
        var sponsor = new Person("Lee Hartmann", OtherSponsor, "County Administrator", PositionLevel.ChiefExecutive, agency);
        db.People.AddRange(leader, sponsor);
        await db.SaveChangesAsync();
        var cohortId = await db.Cohorts.Where(c => c.Kind == Core.Cohorts.ProgramKind.ExecutiveCoaching).Select(c => c.Id).SingleAsync();
        var match = new Match(cohortId, leader, await db.People.SingleAsync(p => p.Email == DemoUsers.ExecutiveCoach), MatchSource.Director, null, now);
        match.AddMember(sponsor, MemberRole.Sponsor, now);
        match.Approve(null, [], now);
        db.Matches.Add(match);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (person, role) in new[] { (leader, Roles.Participant), (sponsor, Roles.Sponsor) })
        {
            var user = new ApplicationUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
            Assert.True((await users.CreateAsync(user, DemoUsers.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
        return match.Id;
    }

    public static DateTime Now(this AppFactory app) => app.Clock.GetUtcNow().UtcDateTime;

    public static string Shown(DateTime utc, string zone) => ProgramTime.Format(utc, zone);
}
