using System.Net;
using CoachingAcademy.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

/// <summary>The app on a real Kestrel socket on 127.0.0.1 and Debian's headless Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public AppFactory App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>
    /// How long start-up may take: the app's cold start (migrations, demo data, first views compiled) and Chromium's
    /// start, on a busy two-core machine (Chromium's very first start on a machine also builds its font cache). Paid here
    /// once, so that no test's own waits include it.
    /// </summary>
    public static readonly TimeSpan StartUpLimit = TimeSpan.FromSeconds(300);

    /// <summary>
    /// Debian's Chromium in its headless build (package chromium-headless-shell), the build Playwright drives by default:
    /// the full browser's headless mode also renders a window's tab strip for every context (the browser tests took
    /// 3 min 37 s on it, 2 min 21 s on this). Where only Debian's full Chromium is installed, that one.
    /// </summary>
    public const string HeadlessChromium = "/usr/lib/chromium/chromium-headless-shell";

    /// <summary>How long a test waits for a condition (a page, an element, a text) before it fails.</summary>
    public const float ConditionLimitMs = 30_000;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(ConditionLimitMs);
        await StartAsync().WaitAsync(StartUpLimit);
    }

    private async Task StartAsync()
    {
        var app = Task.Run(() =>
        {
            App.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            App.StartServer();
            BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? (File.Exists(HeadlessChromium) ? HeadlessChromium : "/usr/bin/chromium"),
            Headless = true,
            Timeout = (float)StartUpLimit.TotalMilliseconds,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        await app;

        // Warm both: the sign-in page, a sign-in and the home page it leads to, so the first test starts on a warm app.
        var warm = await SignInAsync(DemoUsers.Director, timeoutMs: (float)StartUpLimit.TotalMilliseconds);
        await warm.Context.CloseAsync();
    }

    /// <summary>A fresh browser context (its own cookies) signed in through the login page.</summary>
    public async Task<IPage> SignInAsync(string email, string password = DemoUsers.Password, float timeoutMs = ConditionLimitMs)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        context.SetDefaultTimeout(timeoutMs);
        context.SetDefaultNavigationTimeout(timeoutMs);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Signed in is a condition on the page (its Sign out button), not a navigation's load event: waiting for "load"
        // after the redirect once outlived 30 s on a busy machine although the home page had arrived.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync(new() { Timeout = timeoutMs });
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(AppCollection.Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
