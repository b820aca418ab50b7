using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace CoachingAcademy.TestSupport.Gates;

/// <summary>
/// A visitor's cookies and antiforgery token, captured once and sent unchanged with every request, as a copied cookie
/// would be. A response's new cookie changes nothing here, but signing out ends the sign-in on the server (its security
/// stamp changes), so a sweep of every endpoint tries sign-out last.
/// </summary>
public sealed partial class Session
{
    public const string AuthCookie = "CoachingAcademy.Auth";

    private readonly HttpClient _client;
    private readonly Dictionary<string, string> _cookies = new();

    private Session(AppFactory app, Who who)
    {
        Who = who;
        _client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
    }

    public Who Who { get; }

    /// <summary>The antiforgery request token issued to this visitor (it is bound to their identity).</summary>
    public string Token { get; private set; } = "";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>Signs in as <paramref name="who"/>'s demo account, or as <paramref name="email"/> when given.</summary>
    public static async Task<Session> StartAsync(AppFactory app, Who who, string? email = null)
    {
        var session = new Session(app, who);
        await session.TakeTokenFromAsync("/Account/Login");
        if (who != Who.Anonymous)
        {
            var login = await session.PostAsync("/Account/Login", [new("Email", email ?? who.Email()), new("Password", DemoUsers.Password)]);
            Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {who} failed: {(int)login.StatusCode}");
            session.Keep(login);
            Assert.True(session._cookies.ContainsKey(AuthCookie), $"Sign-in as {who} set no {AuthCookie} cookie");
            await session.TakeTokenFromAsync("/");
        }
        return session;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Posts form fields with this visitor's antiforgery token (unless <paramref name="token"/> says otherwise).</summary>
    public Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? token = null,
        HttpMethod? method = null)
    {
        var body = new StringBuilder();
        foreach (var (name, value) in fields)
            Append(body, Encode(name), Encode(value));
        return PostEncodedAsync(path, body.ToString(), token, method);
    }

    /// <summary>Posts a form body as it is given (already percent-encoded, possibly malformed), plus the token.</summary>
    public Task<HttpResponseMessage> PostEncodedAsync(string path, string encodedBody, string? token = null, HttpMethod? method = null)
    {
        var body = new StringBuilder(encodedBody);
        token ??= Token;
        if (token.Length > 0)
            Append(body, "__RequestVerificationToken", Encode(token));
        return SendAsync(new HttpRequestMessage(method ?? HttpMethod.Post, path)
        {
            Content = new StringContent(body.ToString(), Encoding.UTF8, "application/x-www-form-urlencoded"),
        });
    }

    /// <summary>Any request, with this visitor's cookies.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        return _client.SendAsync(request);
    }

    /// <summary>Percent-encodes text as a browser does: UTF-8 (lone surrogates become U+FFFD), unreserved characters kept.</summary>
    public static string Encode(string text)
    {
        var encoded = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
                encoded.Append((char)b);
            else
                encoded.Append('%').Append(b.ToString("X2"));
        }
        return encoded.ToString();
    }

    private static void Append(StringBuilder body, string name, string value)
    {
        if (body.Length > 0)
            body.Append('&');
        body.Append(name).Append('=').Append(value);
    }

    private async Task TakeTokenFromAsync(string path)
    {
        var response = await GetAsync(path);
        Keep(response);
        var html = await response.Content.ReadAsStringAsync();
        var match = AntiforgeryField().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {path} for {Who}: {(int)response.StatusCode}");
        Token = WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private void Keep(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies))
            return;
        foreach (var cookie in cookies)
        {
            var pair = cookie.Split(';', 2)[0];
            var equals = pair.IndexOf('=');
            if (equals > 0 && equals < pair.Length - 1)
                _cookies[pair[..equals]] = pair[(equals + 1)..];
        }
    }
}

/// <summary>One signed-in session per visitor, started when first asked for: for sweeps whose requests change nothing.</summary>
public sealed class SessionsByVisitor(AppFactory app)
{
    private readonly Dictionary<Who, Session> _started = new();

    public async Task<Session> OfAsync(Who who) =>
        _started.TryGetValue(who, out var session) ? session : _started[who] = await Session.StartAsync(app, who);
}
