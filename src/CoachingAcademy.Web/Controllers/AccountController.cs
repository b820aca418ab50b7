using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Account;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

public sealed class AccountController(
    SignInManager<ApplicationUser> signIn, IValidator<LoginInput> validator, IValidator<SetPasswordInput> passwordValidator) : Controller
{
    /// <summary>The page an invitation links to: a new person sets their password with its one-time token.</summary>
    [AllowAnonymous, HttpGet]
    public async Task<IActionResult> SetPassword(string? user, string? token) =>
        await ValidLinkAsync(user, token) is null ? LinkNotValid() : View(new SetPasswordInput { UserId = user, Token = token });

    [AllowAnonymous, HttpPost]
    public async Task<IActionResult> SetPassword(SetPasswordInput input)
    {
        var user = await ValidLinkAsync(input.UserId, input.Token);
        if (user is null)
            return LinkNotValid();
        if (!await passwordValidator.ValidateIntoAsync(input, ModelState))
            return View(input);
        var result = await signIn.UserManager.ResetPasswordAsync(user, input.Token!, input.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(nameof(SetPasswordInput.Password), error.Description);
            return View(input);
        }
        await signIn.SignOutAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Status"] = "Your password is set and you are signed in. Welcome to the coaching program.";
        return LocalRedirect("/");
    }

    /// <summary>The login a link names, when its token is still good: not expired, not used, not replaced by a newer invitation.</summary>
    private async Task<ApplicationUser?> ValidLinkAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || userId.Length > 100 || token.Length > 2000)
            return null;
        var users = signIn.UserManager;
        var user = await users.FindByIdAsync(userId);
        return user is not null && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token) ? user : null;
    }

    private ViewResult LinkNotValid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("LinkNotValid");
    }

    public const string FailedSignIn =
        "The email or password is incorrect. After 5 failed attempts in a row, an account waits 15 minutes before it can sign in again.";

    [AllowAnonymous, HttpGet]
    public IActionResult Login(string? returnUrl = null) =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl(returnUrl)) : View(new LoginInput { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!await validator.ValidateIntoAsync(input, ModelState))
            return View(input);

        var result = await signIn.PasswordSignInAsync(input.Email!.Trim(), input.Password!, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));

        // The same words for an unknown email, a wrong password and a locked account: none tells which accounts exist.
        ModelState.AddModelError("", FailedSignIn);
        return View(input);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        // A new stamp ends every copy of this sign-in's cookie, not only the browser's own.
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        TempData["Status"] = "You are signed out.";
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous, HttpGet]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
