using CoachingAcademy.Core.Reminders;
using Microsoft.AspNetCore.Identity;

namespace CoachingAcademy.Infrastructure.Identity;

public sealed class DirectorDirectory(UserManager<ApplicationUser> users) : IDirectorDirectory
{
    public async Task<IReadOnlyList<string>> DirectorEmailsAsync(CancellationToken ct = default) =>
        (await users.GetUsersInRoleAsync(Roles.Director)).Select(u => u.Email).OfType<string>().Order().ToList();
}
