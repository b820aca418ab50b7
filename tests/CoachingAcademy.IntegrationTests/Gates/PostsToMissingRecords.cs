using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>
/// The gates post empty and hostile forms to apps with the demo program, aiming the ones that remove or archive at records that do not
/// exist (<see cref="EndpointSamples"/>). This proves those posts leave the demo data untouched, even when the form names a
/// real record in a field called like the route's id ("id=4" against "/Milestones/Delete/999999"): the URL decides.
/// </summary>
public sealed class PostsToMissingRecords(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Enough ids to name every record of the demo program's small tables.</summary>
    private static readonly IEnumerable<int> RealIds = Enumerable.Range(1, 30);

    [Fact]
    public async Task Leave_every_table_of_the_shared_app_as_it_was()
    {
        var samples = EndpointCatalog.Discover(app)
            .Where(e => e.IsUnsafe && e.Method != "ANY" && EndpointSamples.Paths.ContainsKey(e.Key)).ToList();
        Assert.NotEmpty(samples);
        var sessions = new Dictionary<Who, Session>();
        foreach (var who in Visitors.All)
            sessions[who] = await Session.StartAsync(app, who);
        var before = await DatabaseFingerprint.TakeAsync(app);

        var sent = 0;
        foreach (var endpoint in samples)
        {
            var path = endpoint.SamplePath();
            var names = endpoint.RouteParameters.Select(p => p.Name)
                .SelectMany(n => new[] { n, char.ToUpperInvariant(n[0]) + n[1..] }).Distinct().ToList();
            foreach (var who in AccessTable.Expectations[endpoint.Key].Allowed)
            {
                await sessions[who].PostAsync(path, [], method: endpoint.WriteMethod);
                foreach (var id in RealIds)
                    await sessions[who].PostAsync(path,
                        [.. names.Select(n => new KeyValuePair<string, string>(n, id.ToString())), new("coordinator", "true"), new("by", "1")],
                        method: endpoint.WriteMethod);
                sent += 1 + RealIds.Count();
            }
        }

        var changed = (await DatabaseFingerprint.TakeAsync(app)).ChangedSince(before);
        Assert.True(sent > 100, $"only {sent} posts were sent");
        Assert.True(changed.Count == 0, $"Posts to records that do not exist changed: {string.Join(", ", changed)}");
    }
}
