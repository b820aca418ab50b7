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

    public async Task CreateLoginsAsync(UserManager<ApplicationUser> users, string password, Func<Person, string[]> rolesOf)
    {
        foreach (var person in _people)
        {
            var roles = rolesOf(person);
            if (roles.Length == 0)
                continue;
            var user = new ApplicationUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRolesAsync(user, roles));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo login could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
