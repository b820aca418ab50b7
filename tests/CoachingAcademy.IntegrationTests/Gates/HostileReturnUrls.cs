using System.Net;
using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>
/// No endpoint that takes a returnUrl sends a visitor off the site: every action parameter named returnUrl (found from the
/// endpoints) is tried with each hostile value, and the redirect must stay on the app's own host.
/// </summary>
public sealed class HostileReturnUrls(AppFactory app) : IClassFixture<AppFactory>
{
    public static readonly TheoryData<string> Hostile =
    [
        "https://evil.example.com/",
        "http://evil.example.com",
        "//evil.example.com/",
        "///evil.example.com/",
        "/\\evil.example.com",
        "\\\\evil.example.com",
        "\\/evil.example.com",
        "/\t/evil.example.com",
        "/%2F/evil.example.com",
        " //evil.example.com",
        "~//evil.example.com",
        "~/\\evil.example.com",
        "https:evil.example.com",
        "http:/evil.example.com",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "\r\nLocation: https://evil.example.com",
        "/\r\n//evil.example.com",
        "https://coaching.example.org@evil.example.com/",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_return_url_keeps_the_visitor_on_the_site(string returnUrl)
    {
        var targets = EndpointCatalog.Discover(app)
            .Where(e => e.Action?.Parameters.Any(p => string.Equals(p.Name, "returnUrl", StringComparison.OrdinalIgnoreCase)
                || p.ParameterType.GetProperty("ReturnUrl") is not null) == true)
            .ToList();
        Assert.NotEmpty(targets);
        var anonymous = await Session.StartAsync(app, Who.Anonymous);
        var signedIn = await Session.StartAsync(app, Who.Coach);

        foreach (var endpoint in targets)
        {
            var query = "?returnUrl=" + Session.Encode(returnUrl);
            // A signed-in visitor is sent on from the login page at once; a signing-in visitor after the password.
            var response = endpoint.Method == "GET"
                ? await signedIn.GetAsync(endpoint.SamplePath() + query)
                : await anonymous.PostAsync(endpoint.SamplePath(),
                    [new("Email", DemoUsers.Coach), new("Password", DemoUsers.Password), new("ReturnUrl", returnUrl)]);

            Assert.True((int)response.StatusCode is >= 300 and < 400, $"{endpoint.Key}: {(int)response.StatusCode}");
            var target = new Uri(new Uri("https://coaching.example.org/app/"), response.Headers.Location!);
            Assert.True(target.Host == "coaching.example.org" && target.Scheme == "https",
                $"{endpoint.Key} sent the visitor to {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task A_local_return_url_is_followed()
    {
        var response = await (await Session.StartAsync(app, Who.Anonymous)).PostAsync("/Account/Login",
            [new("Email", DemoUsers.Coach), new("Password", DemoUsers.Password), new("ReturnUrl", "/Home/Index?page=1")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Home/Index?page=1", response.Headers.Location!.OriginalString);
    }
}
