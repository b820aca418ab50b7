using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Account;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

public sealed class AccountController(SignInManager<ApplicationUser> signIn, IValidator<LoginInput> validator) : Controller
{
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

        ModelState.AddModelError("", result.IsLockedOut
            ? "This account is locked after too many failed sign-in attempts. Try again in 15 minutes."
            : "The email or password is incorrect.");
        return View(input);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
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
