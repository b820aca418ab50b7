using System.Net;
using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>A resource reached by an id in the URL, made for its owner by <see cref="Create"/>; Marker is text only its page shows.</summary>
public sealed record ResourceCase(string Endpoint, Who Owner, Func<AppFactory, Session, Task<(string Path, string Marker)>> Create)
{
    /// <summary>Set when every user of the owner's role may see it by design, with the reason.</summary>
    public string? SharedWithinRoleBecause { get; init; }

    public override string ToString() => Endpoint;
}

/// <summary>
/// Ownership (IDOR): for every endpoint with an id in its URL, a resource is made for one user and requested by another
/// user of the same role and by every other visitor: they get 403 or 404 and none of its data.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ResourcesOfOtherUsers(AppFactory app)
{
    /// <summary>One line per endpoint that reads or changes a resource named by an id in its URL.</summary>
    public static readonly IReadOnlyList<ResourceCase> Cases =
    [
        new("GET Mail/Show", Who.Director, SendTestMailAsync)
        {
            SharedWithinRoleBecause = "the development mail page is the program's outbox, read by every director",
        },
    ];

    public static TheoryData<string> CaseNames => new(Cases.Select(c => c.Endpoint));

    [Fact]
    public void Every_endpoint_with_an_id_in_its_url_has_a_case()
    {
        var withIds = EndpointCatalog.Discover(app)
            .Where(e => e.RouteParameters.Any(p => p.Name.Equals("id", StringComparison.OrdinalIgnoreCase) || p.Name.EndsWith("Id", StringComparison.Ordinal))
                && e.Action?.Parameters.Any(p => p.Name.Equals("id", StringComparison.OrdinalIgnoreCase) || p.Name.EndsWith("Id", StringComparison.Ordinal)) == true)
            .Select(e => e.Key).ToList();

        Assert.Contains("GET Mail/Show", withIds);
        var missing = withIds.Except(Cases.Select(c => c.Endpoint)).ToList();
        Assert.True(missing.Count == 0, "Endpoints with an id in the URL and no case in ResourcesOfOtherUsers.Cases: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Another_user_of_the_same_role_gets_403_or_404_and_no_data(string endpoint)
    {
        var resource = Cases.Single(c => c.Endpoint == endpoint);
        var (path, marker) = await resource.Create(app, await Session.StartAsync(app, resource.Owner));
        var sameRole = await Session.StartAsync(app, resource.Owner, await SecondUsers.EmailAsync(app, resource.Owner));

        var response = await sameRole.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        if (resource.SharedWithinRoleBecause is not null)
        {
            // Shared by design: the other user of the role sees it, which the case states with its reason.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(marker, body);
            return;
        }
        Assert.True(response.IsRefusal(resource.Owner) || response.StatusCode == HttpStatusCode.NotFound,
            $"{path} answered {(int)response.StatusCode} to another {resource.Owner}");
        Assert.DoesNotContain(marker, body);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Every_other_visitor_gets_403_or_404_and_no_data(string endpoint)
    {
        var resource = Cases.Single(c => c.Endpoint == endpoint);
        var owner = await Session.StartAsync(app, resource.Owner);
        var (path, marker) = await resource.Create(app, owner);
        Assert.Contains(marker, await (await owner.GetAsync(path)).Content.ReadAsStringAsync());

        foreach (var who in Visitors.All.Where(w => w != resource.Owner))
        {
            var response = await (await Session.StartAsync(app, who)).GetAsync(path);

            Assert.True(response.IsRefusal(who) || response.StatusCode == HttpStatusCode.NotFound,
                $"{path} answered {(int)response.StatusCode} to {who}");
            Assert.DoesNotContain(marker, await response.Content.ReadAsStringAsync());
        }
    }

    private static async Task<(string, string)> SendTestMailAsync(AppFactory app, Session director)
    {
        var before = Directory.Exists(app.MailDirectory) ? Directory.GetFiles(app.MailDirectory, "*.eml") : [];
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostAsync("/Mail/SendTest", [])).StatusCode);
        var file = Directory.GetFiles(app.MailDirectory, "*.eml").Except(before).Single();
        return ("/Mail/Show/" + Path.GetFileNameWithoutExtension(file), "If you can read it, outgoing email works.");
    }
}
