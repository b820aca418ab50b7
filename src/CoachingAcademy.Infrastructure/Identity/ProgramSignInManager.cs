using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Infrastructure.Identity;

/// <summary>
/// Signing in costs the same work whether the login exists, is locked or not: Identity returns at once for an unknown or
/// locked login, so the time of an answer told real accounts from unknown ones. Both now verify a password hash too.
/// </summary>
public sealed class ProgramSignInManager(
    UserManager<ApplicationUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<ApplicationUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<ApplicationUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(users, context, claims, options, logger, schemes, confirmation)
{
    private static string? _dummyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is not null)
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        VerifyAgainstDummy(password);
        return SignInResult.Failed;
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(ApplicationUser user, string password, bool lockoutOnFailure)
    {
        if (await IsLockedOut(user))
            VerifyAgainstDummy(password);
        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    private void VerifyAgainstDummy(string password)
    {
        var dummy = new ApplicationUser();
        _dummyHash ??= UserManager.PasswordHasher.HashPassword(dummy, Guid.NewGuid().ToString());
        UserManager.PasswordHasher.VerifyHashedPassword(dummy, _dummyHash, password);
    }
}
