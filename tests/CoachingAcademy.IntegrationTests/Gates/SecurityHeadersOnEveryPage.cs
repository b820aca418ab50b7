using System.Net;
using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>Every HTML response, to every visitor, carries the headers that stop framing, sniffing, inline script and referrer leaks.</summary>
public sealed class SecurityHeadersOnEveryPage(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.Director)]
    [InlineData(Who.Coordinator)]
    [InlineData(Who.Coach)]
    [InlineData(Who.Participant)]
    public async Task Every_html_response_carries_the_security_headers(Who who)
    {
        var session = await Session.StartAsync(app, who);
        var paths = EndpointCatalog.Discover(app).Where(e => !e.IsUnsafe || e.Method == "ANY").Select(e => e.SamplePath())
            .Append("/Nowhere/AtAll").Append("/Error/500");
        var wrong = new List<string>();
        var pages = 0;

        foreach (var path in paths)
        {
            var response = await session.GetAsync(path);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            pages++;
            var csp = Header(response, "Content-Security-Policy");
            if (!csp.Contains("frame-ancestors 'none'") || !csp.Contains("default-src 'self'") || !csp.Contains("object-src 'none'"))
                wrong.Add($"{path}: Content-Security-Policy '{csp}'");
            if (Header(response, "X-Content-Type-Options") != "nosniff")
                wrong.Add($"{path}: no X-Content-Type-Options: nosniff");
            if (Header(response, "Referrer-Policy") != "strict-origin-when-cross-origin")
                wrong.Add($"{path}: Referrer-Policy '{Header(response, "Referrer-Policy")}'");
            if (Header(response, "X-Frame-Options") != "DENY")
                wrong.Add($"{path}: no X-Frame-Options: DENY");
        }

        Assert.True(pages >= 3, $"Only {pages} HTML pages were checked as {who}");
        Assert.True(wrong.Count == 0, $"As {who}:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task Production_responses_over_https_carry_hsts()
    {
        await using var production = new AppFactory().InEnvironment("Production");
        var client = production.CreateBrowserlessClient();
        client.BaseAddress = new Uri("https://coaching.example.org/");

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Development_responses_carry_no_hsts()
    {
        var client = app.CreateBrowserlessClient();
        client.BaseAddress = new Uri("https://coaching.example.org/");

        var response = await client.GetAsync("/Account/Login");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
}
