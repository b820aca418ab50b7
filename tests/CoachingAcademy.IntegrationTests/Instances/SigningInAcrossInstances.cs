using System.Net;
using CoachingAcademy.TestSupport;
using Xunit.Abstractions;
using static CoachingAcademy.IntegrationTests.Instances.TwoInstances;

namespace CoachingAcademy.IntegrationTests.Instances;

/// <summary>Behind a load balancer without sticky sessions: whichever instance a request reaches, the cookies hold.</summary>
[Collection(AppProcesses.Name)]
public sealed class SigningInAcrossInstances(ITestOutputHelper output) : IAsyncLifetime
{
    private TwoInstances? _instances;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_instances is not null)
            await _instances.DisposeAsync();
    }

    [Fact]
    public async Task A_director_signed_in_on_one_instance_is_served_by_the_other_and_its_forms_cross_both_ways()
    {
        _instances = await StartAsync();
        var (a, b) = (_instances.A, _instances.B);

        // The login form from B, posted to A: the antiforgery cookie and token B issued are accepted by A.
        var browser = Browser();
        var signIn = await browser.PostFormAsync(Url(a, "/Account/Login"),
            new() { ["Email"] = DemoUsers.Director, ["Password"] = DemoUsers.Password }, Url(b, "/Account/Login"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // Every following request goes to B: the login cookie A issued is B's too.
        var home = await browser.GetAsync(Url(b, "/"));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Alex Rivera", await home.Content.ReadAsStringAsync());

        // A form read on B and posted on A, and one read on A and posted on B.
        var onA = await EnrollAsync(browser, formFrom: b, postTo: a, "cross.ab", 1);
        Assert.Equal(HttpStatusCode.Redirect, onA.StatusCode);
        var onB = await EnrollAsync(browser, formFrom: a, postTo: b, "cross.ba", 1);
        Assert.Equal(HttpStatusCode.Redirect, onB.StatusCode);
        Assert.Equal(2, _instances.Count("SELECT COUNT(*) FROM People WHERE Email LIKE 'cross.%'"));

        // Signing out on B ends the session A would still have served.
        var signOut = await browser.PostFormAsync(Url(b, "/Account/Logout"), [], Url(a, "/"));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var afterSignOut = await browser.GetAsync(Url(a, "/"));
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Contains("/Account/Login", afterSignOut.Headers.Location!.ToString());
        // The "signed out" notice B put in TempData travels in a cookie, and A shows it.
        Assert.Contains("You are signed out.", await browser.GetStringAsync(Url(a, "/Account/Login")));

        var keys = _instances.Count("SELECT COUNT(*) FROM DataProtectionKeys");
        output.WriteLine($"two instances, one database: {keys} data-protection key(s) in the database, none in either data folder " +
                         $"(A: {KeyFiles(a)}, B: {KeyFiles(b)})");
        Assert.True(keys >= 1);
        Assert.Equal(0, KeyFiles(a) + KeyFiles(b));
    }

    [Fact]
    public async Task With_keys_in_each_instances_own_files_the_other_instance_refuses_the_login()
    {
        // The single-instance store, used by two: what the database store is for.
        _instances = await StartAsync(new Dictionary<string, string> { ["DataProtection__Store"] = "Files" });
        var browser = await SignInAsync(_instances.A);

        var onB = await browser.GetAsync(Url(_instances.B, "/"));

        Assert.Equal(HttpStatusCode.Redirect, onB.StatusCode);
        Assert.Contains("/Account/Login", onB.Headers.Location!.ToString());
        Assert.True(KeyFiles(_instances.A) >= 1);
    }

    private static int KeyFiles(AppProcess instance)
    {
        var folder = Path.Combine(instance.DataDirectory, "keys");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
    }
}
