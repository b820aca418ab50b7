using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Infrastructure.Identity;

/// <summary>
/// Logins for the program's people, through Identity. An invitation is a password-reset token: it works once (setting
/// the password changes the security stamp, which voids it) and expires after App:InvitationDays days.
/// </summary>
public sealed class ProgramAccounts(UserManager<ApplicationUser> users, AppDbContext db, IEmailQueue emails, IOptions<ProgramOptions> options)
    : IAccounts
{
    public async Task<bool> GrantAsync(Person person, AccountRole role, CancellationToken ct = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.PersonId == person.Id, ct);
        var isNew = user is null;
        if (user is null)
        {
            user = new ApplicationUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
            Check(await users.CreateAsync(user));
        }
        if (!await users.IsInRoleAsync(user, RoleName(role)))
            Check(await users.AddToRoleAsync(user, RoleName(role)));
        return isNew;
    }

    public async Task RevokeAsync(int personId, AccountRole role, CancellationToken ct = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.PersonId == personId, ct);
        if (user is not null && await users.IsInRoleAsync(user, RoleName(role)))
        {
            Check(await users.RemoveFromRoleAsync(user, RoleName(role)));
            // Signed-in sessions carry their roles in the cookie; a new stamp makes them sign in again.
            Check(await users.UpdateSecurityStampAsync(user));
        }
    }

    public async Task SendInvitationAsync(int personId, CancellationToken ct = default)
    {
        var user = await db.Users.Include(u => u.Person).SingleOrDefaultAsync(u => u.PersonId == personId, ct)
            ?? throw new DomainException("This person has no login yet: enroll them in a cohort or name them coordinator first.");
        if (user.PasswordHash is not null)
            throw new DomainException($"{user.Person!.FullName} has already set a password and can sign in.");
        // A new stamp voids any earlier link, so only the newest invitation works.
        Check(await users.UpdateSecurityStampAsync(user));
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = options.Value.Link($"/Account/SetPassword?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
        emails.Enqueue(new InvitationEmail(user.Email!, user.Person!.FullName, link, options.Value.InvitationDays));
    }

    public async Task<IReadOnlySet<int>> PendingInvitationsAsync(IReadOnlyCollection<int> personIds, CancellationToken ct = default) =>
        (await db.Users.Where(u => u.PersonId != null && personIds.Contains(u.PersonId.Value) && u.PasswordHash == null)
            .Select(u => u.PersonId!.Value).ToListAsync(ct)).ToHashSet();

    public async Task<IReadOnlySet<int>> CoordinatorsAsync(IReadOnlyCollection<int> personIds, CancellationToken ct = default) =>
        (await (from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where r.Name == Roles.AgencyCoordinator && u.PersonId != null && personIds.Contains(u.PersonId.Value)
                select u.PersonId!.Value).ToListAsync(ct)).ToHashSet();

    private static string RoleName(AccountRole role) => role switch
    {
        AccountRole.Coordinator => Roles.AgencyCoordinator,
        AccountRole.Coach => Roles.Coach,
        _ => Roles.Participant,
    };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
