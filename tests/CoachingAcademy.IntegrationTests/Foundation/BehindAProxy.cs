using System.Net;
using CoachingAcademy.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Foundation;

/// <summary>
/// Behind a TLS-terminating proxy named in ForwardedHeaders:KnownProxies, a request the browser made over https gets HSTS
/// and Secure cookies; the same headers from any other address are not believed.
/// </summary>
public sealed class BehindAProxy
{
    private const string Proxy = "10.0.0.5";
    private const string PeerHeader = "X-Test-Peer";

    /// <summary>The app in Production, where each request arrives from the address the test names (TestServer has none).</summary>
    private sealed class ProxiedApp : AppFactory
    {
        public ProxiedApp() => InEnvironment("Production").With("ForwardedHeaders:KnownProxies:0", Proxy);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddress>());
        }
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, go) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                return go(context);
            });
            next(app);
        };
    }

    private static async Task<HttpResponseMessage> LoginPageFromAsync(AppFactory app, string peer)
    {
        var client = app.CreateBrowserlessClient();
        client.BaseAddress = new Uri("http://coaching.example.org/");
        var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add(PeerHeader, peer);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return await client.SendAsync(request);
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [];

    [Fact]
    public async Task Https_at_a_known_proxy_gets_hsts_and_secure_cookies()
    {
        await using var app = new ProxiedApp();

        var response = await LoginPageFromAsync(app, Proxy);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        var antiforgery = Assert.Single(Cookies(response), c => c.StartsWith("CoachingAcademy.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_secure_under_https()
    {
        await using var app = new ProxiedApp();
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://coaching.example.org/") });
        client.DefaultRequestHeaders.Add(PeerHeader, Proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = DemoUsers.Director, ["Password"] = DemoUsers.Password });

        var auth = Assert.Single(Cookies(response), c => c.StartsWith("CoachingAcademy.Auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_same_headers_from_an_unknown_address_are_not_believed()
    {
        await using var app = new ProxiedApp();

        var response = await LoginPageFromAsync(app, "10.0.0.9");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        var antiforgery = Assert.Single(Cookies(response), c => c.StartsWith("CoachingAcademy.Antiforgery=", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }
}
