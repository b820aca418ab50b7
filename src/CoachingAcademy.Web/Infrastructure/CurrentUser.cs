using CoachingAcademy.Core.Common;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Web.Infrastructure;

public sealed record PersonRef(int Id, string FullName, int? AgencyId);

/// <summary>The signed-in user's person record, read at most once per request (roles come from the cookie).</summary>
public sealed class CurrentUser(IHttpContextAccessor http, UserManager<ApplicationUser> users, AppDbContext db)
{
    private Task<PersonRef?>? _person;

    public Task<PersonRef?> PersonAsync() => _person ??= LoadAsync();

    /// <summary>The signed-in person as Core services see them; a login with no person record may not act.</summary>
    public async Task<Actor> ActorAsync()
    {
        var person = await PersonAsync() ?? throw new AccessDeniedException("Your account is not linked to a person in the program.");
        var user = http.HttpContext!.User;
        return new Actor(person.Id, person.FullName, user.IsInRole(Roles.Director), user.IsInRole(Roles.AgencyCoordinator), person.AgencyId);
    }

    private async Task<PersonRef?> LoadAsync()
    {
        var id = http.HttpContext is { } context ? users.GetUserId(context.User) : null;
        if (id is null)
            return null;
        return await db.Users.Where(u => u.Id == id && u.Person != null)
            .Select(u => new PersonRef(u.Person!.Id, u.Person.FullName, u.Person.AgencyId))
            .SingleOrDefaultAsync();
    }
}
