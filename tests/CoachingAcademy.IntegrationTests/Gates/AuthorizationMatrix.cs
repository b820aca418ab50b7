using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>Every endpoint the app routes to is in <see cref="AccessTable"/>, and each visitor gets exactly what it grants.</summary>
public sealed class AuthorizationMatrix(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Every_endpoint_of_the_app_has_a_row_in_the_access_table()
    {
        var endpoints = EndpointCatalog.Discover(app).Select(e => e.Key).ToList();

        var missing = endpoints.Except(AccessTable.Expectations.Keys).ToList();
        var stale = AccessTable.Expectations.Keys.Except(endpoints).ToList();

        Assert.True(missing.Count == 0, "Endpoints missing from AccessTable (add a row saying who may use each): " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rows of AccessTable for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.Director)]
    [InlineData(Who.Coordinator)]
    [InlineData(Who.Coach)]
    [InlineData(Who.Participant)]
    [InlineData(Who.Sponsor)]
    [InlineData(Who.Approver)]
    public async Task Each_visitor_reaches_exactly_the_endpoints_the_table_grants(Who who)
    {
        var session = await Session.StartAsync(app, who);
        var wrong = new List<string>();

        // Signing out ends the session's cookie everywhere, so it is tried last.
        foreach (var endpoint in EndpointCatalog.Discover(app).Where(e => AccessTable.Expectations.ContainsKey(e.Key))
                     .OrderBy(e => e.Key == "POST Account/Logout"))
        {
            var path = endpoint.SamplePath();
            // Reads are sent as reads; changes carry a valid token so that only authorization can refuse them.
            var response = endpoint.IsUnsafe && endpoint.Method != "ANY"
                ? await session.PostAsync(path, [], method: endpoint.WriteMethod)
                : await session.SendAsync(new HttpRequestMessage(endpoint.ReadMethod, path));
            var expected = AccessTable.Expectations[endpoint.Key].Allows(who);
            if (response.IsRefusal(who) == expected || (int)response.StatusCode >= 500)
                wrong.Add($"{endpoint.Key} ({path}): expected {(expected ? "allowed" : "refused")}, got {(int)response.StatusCode} {response.Headers.Location}");
        }

        Assert.True(wrong.Count == 0, $"As {who}:\n" + string.Join("\n", wrong));
    }
}
