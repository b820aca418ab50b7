using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace CoachingAcademy.Infrastructure.Demo;

/// <summary>Builds the demo people and, once they are saved, a login for each one that has a role.</summary>
internal sealed class DemoOrgChart(AppDbContext db)
{
    private readonly List<Person> _people = [];

    public Person Add(Agency? agency, string fullName, string mailbox, string title, PositionLevel level, Person? supervisor)
    {
        var person = new Person(fullName, $"{mailbox}@example.org", title, level, agency);
        person.ReportTo(supervisor);
        db.People.Add(person);
        _people.Add(person);
        return person;
    }

    /// <remarks>Every demo login has the same password, so it is hashed once (a hash costs about 0.1 s of CPU, and the
    /// demo has some fifty logins); the hash carries its own salt and verifies for each of them.</remarks>
    public async Task CreateLoginsAsync(UserManager<ApplicationUser> users, string password, Func<Person, string[]> rolesOf)
    {
        string? hash = null;
        foreach (var person in _people)
        {
            var roles = rolesOf(person);
            if (roles.Length == 0)
                continue;
            var user = new ApplicationUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
            user.PasswordHash = hash ??= users.PasswordHasher.HashPassword(user, password);
            Check(await users.CreateAsync(user));
            Check(await users.AddToRolesAsync(user, roles));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo login could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
