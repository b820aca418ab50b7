using Microsoft.AspNetCore.Identity;

namespace CoachingAcademy.Infrastructure.Identity;

/// <summary>The four roles exist in every database, demo or not.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }
}
