using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>
/// Checks a sign-in cookie's security stamp against the login on every request (one query), so that signing out, a
/// removed role or a withdrawal ends every copy of the cookie at once. Identity's own validator checks only after an
/// interval and then rebuilds the principal (several more queries and a new cookie per request); a role change here
/// always changes the stamp, so the cookie's roles cannot be stale while its stamp is current.
/// </summary>
public sealed class EveryRequestStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<ApplicationUser> signIn, ILoggerFactory logger)
    : SecurityStampValidator<ApplicationUser>(options, signIn, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not null && await VerifySecurityStamp(context.Principal) is not null)
            return;
        context.RejectPrincipal();
        await SignInManager.SignOutAsync();
    }
}
