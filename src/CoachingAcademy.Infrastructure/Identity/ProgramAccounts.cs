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
public sealed class ProgramAccounts(UserManager<ApplicationUser> users, AppDbContext db, EmailOutbox emails, IOptions<ProgramOptions> options)
    : IAccounts
{
    public async Task<int> GrantAsync(IReadOnlyCollection<Person> people, AccountRole role, string? cohortName, CancellationToken ct = default)
    {
        // Straight through the context rather than UserManager, which saves once per call: a 5,000-line enrollment
        // file would take a minute. The fields are the ones UserManager.CreateAsync sets for a login without a password.
        var roleName = RoleName(role);
        var roleId = await db.Roles.Where(r => r.Name == roleName).Select(r => r.Id).SingleAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var logins = await db.Users.Where(u => u.PersonId != null && ids.Contains(u.PersonId.Value)).ToDictionaryAsync(u => u.PersonId!.Value, ct);
        var loginIds = logins.Values.Select(u => u.Id).ToList();
        var holding = (await db.UserRoles.Where(r => r.RoleId == roleId && loginIds.Contains(r.UserId)).Select(r => r.UserId).ToListAsync(ct)).ToHashSet();
        // A login name another account already holds (Identity compares them upper-cased) is refused in words.
        var wanted = people.Where(p => !logins.ContainsKey(p.Id)).Select(p => users.NormalizeName(p.Email)).ToList();
        var taken = await db.Users.Where(u => wanted.Contains(u.NormalizedUserName!)).Select(u => u.UserName).FirstOrDefaultAsync(ct);
        if (taken is not null)
            throw new DomainException($"{taken} is already the login of another account; this person needs another email address.");
        var invited = 0;
        foreach (var person in people)
        {
            if (!logins.TryGetValue(person.Id, out var login))
            {
                login = new ApplicationUser
                {
                    UserName = person.Email, NormalizedUserName = users.NormalizeName(person.Email),
                    Email = person.Email, NormalizedEmail = users.NormalizeEmail(person.Email), EmailConfirmed = true,
                    PersonId = person.Id, SecurityStamp = NewStamp(),
                    LockoutEnabled = users.Options.Lockout.AllowedForNewUsers,
                };
                db.Users.Add(login);
                logins[person.Id] = login;
                // The token is made from the stamp it is given here, so nothing may change the stamp after it.
                await InviteAsync(login, person, role, cohortName);
                invited++;
            }
            else if (!holding.Contains(login.Id))
            {
                // A role change ends the login's signed-in sessions (their cookies carry the old roles). It also voids a
                // pending invitation's link, so one who has not set a password yet gets a new one.
                login.SecurityStamp = NewStamp();
                if (login.PasswordHash is null)
                {
                    await InviteAsync(login, person, role, cohortName);
                    invited++;
                }
            }
            if (holding.Add(login.Id))
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = login.Id, RoleId = roleId });
        }
        await db.SaveChangesAsync(ct);
        return invited;
    }

    public async Task<IReadOnlyList<string>> PasswordProblemsAsync(string email, string password, CancellationToken ct = default)
    {
        var candidate = new ApplicationUser { UserName = email, Email = email };
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
            problems.AddRange((await validator.ValidateAsync(users, candidate, password)).Errors.Select(e => e.Description));
        return problems;
    }

    public async Task OpenWithPasswordAsync(Person person, AccountRole role, string password, CancellationToken ct = default)
    {
        var login = new ApplicationUser
        {
            UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id,
            LockoutEnabled = users.Options.Lockout.AllowedForNewUsers,
        };
        Check(await users.CreateAsync(login, password));
        Check(await users.AddToRoleAsync(login, RoleName(role)));
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

    public async Task ResendInvitationAsync(int personId, CancellationToken ct = default)
    {
        var login = await db.Users.Include(u => u.Person).SingleOrDefaultAsync(u => u.PersonId == personId, ct)
            ?? throw new DomainException("This person has no login yet: enroll them in a cohort or name them coordinator first.");
        if (login.PasswordHash is not null)
            throw new DomainException($"{login.Person!.FullName} has already set a password and can sign in.");
        // A new stamp voids any earlier link, so only the newest invitation works; the stamp and the email land together.
        await db.InTransactionAsync(async () =>
        {
            Check(await users.UpdateSecurityStampAsync(login));
            await InviteAsync(login, login.Person!, null, null);
            await db.SaveChangesAsync(ct);
        }, ct);
    }

    /// <summary>
    /// Adds the invitation to the outbox for the caller's save. The link carries a one-time token: it lives in the
    /// outbox row and the email only, never in a job, a log line or a page.
    /// </summary>
    private async Task InviteAsync(ApplicationUser login, Person person, AccountRole? role, string? cohortName)
    {
        var token = await users.GeneratePasswordResetTokenAsync(login);
        var link = options.Value.Link($"/Account/SetPassword?user={Uri.EscapeDataString(login.Id)}&token={Uri.EscapeDataString(token)}");
        emails.Add(new InvitationEmail(login.Email!, person.FullName, link, options.Value.InvitationDays, role, cohortName));
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

    private static string NewStamp() => Guid.NewGuid().ToString("N").ToUpperInvariant();

    private static string RoleName(AccountRole role) => role switch
    {
        AccountRole.Coordinator => Roles.AgencyCoordinator,
        AccountRole.Coach => Roles.Coach,
        AccountRole.Sponsor => Roles.Sponsor,
        AccountRole.OrganisationApprover => Roles.OrganisationApprover,
        _ => Roles.Participant,
    };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
