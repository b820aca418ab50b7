using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.TestSupport.Gates;

/// <summary>
/// A second account for each role, to try one user's resource as another user of the same role. The demo program has
/// one coordinator, so the second (Lakemont County's) is made on first use.
/// </summary>
public static class SecondUsers
{
    public const string Coordinator = "robin.vale@example.org";

    public static async Task<string> EmailAsync(AppFactory app, Who who) => who switch
    {
        Who.Director => "jamie.sutton@example.org",
        Who.Coach => "morgan.ellery@example.org",
        Who.Participant => "riley.santos@example.org",
        Who.Coordinator => await EnsureCoordinatorAsync(app),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private static async Task<string> EnsureCoordinatorAsync(AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(Coordinator) is not null)
            return Coordinator;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var lakemont = await db.Agencies.SingleAsync(a => a.Name == "Lakemont County");
        var person = new Person("Robin Vale", Coordinator, "Human Resources Analyst", PositionLevel.Other, lakemont);
        db.People.Add(person);
        await db.SaveChangesAsync();
        var user = new ApplicationUser { UserName = Coordinator, Email = Coordinator, EmailConfirmed = true, PersonId = person.Id };
        var created = await users.CreateAsync(user, DemoUsers.Password);
        if (!created.Succeeded || !(await users.AddToRoleAsync(user, Roles.AgencyCoordinator)).Succeeded)
            throw new InvalidOperationException("Could not create the second coordinator.");
        return Coordinator;
    }
}
