using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace CoachingAcademy.TestSupport;

public static partial class HttpClientExtensions
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>A client that signs in through the real login form and keeps its cookies.</summary>
    public static async Task<HttpClient> LoginAsync(this AppFactory app, string email, string password = DemoUsers.Password)
    {
        var client = app.CreateBrowserlessClient();
        var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = email, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login as {email} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>Reads an antiforgery token from a page, as a browser would have it in the form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = AntiforgeryField().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {pageUrl}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts a form with a fresh antiforgery token taken from <paramref name="tokenPage"/> (the form's own page by default).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields,
        string? tokenPage = null)
    {
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(tokenPage ?? url),
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>Posts a form whose fields may repeat (a list of ticked boxes), with a fresh antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostRepeatedFormAsync(this HttpClient client, string url, IEnumerable<(string Name, string Value)> fields,
        string tokenPage) =>
        await client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", await client.AntiforgeryTokenAsync(tokenPage)))));

    /// <summary>The number of SQL commands one successful GET of <paramref name="url"/> sends.</summary>
    public static async Task<int> CountQueriesAsync(this HttpClient client, AppFactory app, string url)
    {
        var id = Guid.NewGuid().ToString("N");
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(Gates.QueryCounter.Header, id);
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return app.QueryCounter.CountFor(id);
    }
}
