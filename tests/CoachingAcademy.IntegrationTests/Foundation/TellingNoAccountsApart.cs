using System.Net;
using System.Text.RegularExpressions;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.TestSupport;
using CoachingAcademy.Web.Controllers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Foundation;

/// <summary>
/// A failed sign-in says the same words and does the same work (a password hash is verified) for an unknown email, a
/// wrong password and a locked account, so neither the page nor its timing tells which accounts exist.
/// </summary>
public sealed partial class TellingNoAccountsApart
{
    private sealed class CountingHasher : PasswordHasher<ApplicationUser>
    {
        private int _verifications;
        public int Verifications => _verifications;

        public override PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class CountingApp : AppFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IPasswordHasher<ApplicationUser>>(Hasher));
        }
    }

    [GeneratedRegex("<div[^>]*validation-summary[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    private static async Task<(string Words, int Hashes)> SignInAsync(CountingApp app, string email, string password)
    {
        var before = app.Hasher.Verifications;
        var response = await app.CreateBrowserlessClient().PostFormAsync("/Account/Login", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var words = Regex.Replace(Summary().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value, "<[^>]+>", "").Trim();
        return (WebUtility.HtmlDecode(words), app.Hasher.Verifications - before);
    }

    [Fact]
    public async Task Unknown_wrong_and_locked_get_the_same_words_and_each_verifies_a_password_hash()
    {
        await using var app = new CountingApp();
        const string quinn = "quinn.foster@example.org";

        var unknown = await SignInAsync(app, "nobody.here@example.org", "a guess at a password");
        var wrong = await SignInAsync(app, quinn, "a guess at a password");
        for (var i = 0; i < 5; i++)
            await SignInAsync(app, quinn, "another wrong guess " + i);
        var locked = await SignInAsync(app, quinn, DemoUsers.Password);

        Assert.Equal(AccountController.FailedSignIn, unknown.Words);
        Assert.Equal(unknown.Words, wrong.Words);
        Assert.Equal(unknown.Words, locked.Words);
        Assert.Equal(1, unknown.Hashes);
        Assert.Equal(1, wrong.Hashes);
        Assert.True(locked.Hashes >= 1, $"a locked account verified {locked.Hashes} hashes");
    }
}
