using System.Net;
using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>
/// Every endpoint that takes POST, PUT, DELETE or PATCH refuses a request without a valid antiforgery token, even from a
/// visitor it is for, says why, and changes nothing.
/// </summary>
public sealed class UnsafeRequestsWithoutAValidToken(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Endpoints that take unsafe methods without a token, each with the reason. Keep this list short.</summary>
    private static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>
    {
        ["ANY Error/Status"] = "the status-code and exception pages re-execute failed requests of every method here; it renders words and changes nothing",
    };

    public static TheoryData<string> Tokens => ["none", "tampered", "another visitor's"];

    [Theory]
    [MemberData(nameof(Tokens))]
    public async Task Are_refused_with_words_and_change_nothing(string token)
    {
        var wrong = new List<string>();
        var endpoints = UnsafeEndpoints();
        Assert.NotEmpty(endpoints);

        // A refused request changes nothing, so one sign-in per visitor serves every endpoint.
        var sessions = new SessionsByVisitor(app);

        foreach (var endpoint in endpoints)
        {
            var who = AccessTable.Expectations[endpoint.Key].Allowed.First();
            var session = await sessions.OfAsync(who);
            var other = await sessions.OfAsync(who == Who.Anonymous ? Who.Director : Who.Anonymous);
            var sent = token switch
            {
                "none" => "",
                "tampered" => session.Token[..^4] + "AAAA",
                _ => other.Token,
            };
            var before = await DatabaseFingerprint.TakeAsync(app);
            var mailBefore = MailCount();

            var response = await session.PostAsync(endpoint.SamplePath(), [new("Email", who == Who.Anonymous ? DemoUsers.Coach : "x")],
                token: sent, method: endpoint.WriteMethod);

            var body = await response.Content.ReadAsStringAsync();
            var changed = (await DatabaseFingerprint.TakeAsync(app)).ChangedSince(before);
            if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.Forbidden))
                wrong.Add($"{endpoint.Key} as {who}: {(int)response.StatusCode} {response.Headers.Location}");
            else if (!PageText.SaysWhy(body))
                wrong.Add($"{endpoint.Key} as {who}: {(int)response.StatusCode} without a page that says why");
            if (changed.Count > 0 || MailCount() != mailBefore)
                wrong.Add($"{endpoint.Key} as {who}: changed {string.Join(", ", changed.DefaultIfEmpty("the mail folder"))}");
        }

        Assert.True(wrong.Count == 0, $"With {token} token:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_exemption_names_an_endpoint_that_exists()
    {
        var keys = EndpointCatalog.Discover(app).Select(e => e.Key).ToList();

        Assert.All(Exempt.Keys, key => Assert.Contains(key, keys));
    }

    private List<AppEndpoint> UnsafeEndpoints() =>
        EndpointCatalog.Discover(app).Where(e => e.IsUnsafe && !Exempt.ContainsKey(e.Key)).ToList();

    private int MailCount() => Directory.Exists(app.MailDirectory) ? Directory.GetFiles(app.MailDirectory).Length : 0;
}
