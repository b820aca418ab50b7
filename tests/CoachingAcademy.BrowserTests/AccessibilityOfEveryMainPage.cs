using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

/// <summary>
/// axe-core finds no serious or critical violation on any page a visitor reaches from the access table: every page the
/// table grants them that needs no id (a new page is checked as soon as it has its row there).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AccessibilityOfEveryMainPage(BrowserFixture browser)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.Director)]
    [InlineData(Who.Coordinator)]
    [InlineData(Who.Coach)]
    [InlineData(Who.Participant)]
    public async Task Has_no_serious_or_critical_violations(Who who)
    {
        var page = who == Who.Anonymous ? await AnonymousPageAsync() : await browser.SignInAsync(who.Email());
        var paths = EndpointCatalog.Discover(browser.App)
            .Where(e => e.Method == "GET" && e.Action is not null && e.RouteParameters.All(p => p.IsOptional)
                && AccessTable.Expectations[e.Key].Allows(who))
            .Select(e => e.SamplePath())
            .ToList();
        Assert.NotEmpty(paths);
        var found = new List<string>();

        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            var result = await page.RunAxe();
            found.AddRange(result.Violations.Where(v => Blocking.Contains(v.Impact)).Select(v => Describe(path, v)));
        }

        Assert.True(found.Count == 0, $"As {who}:\n" + string.Join("\n", found));
    }

    private async Task<IPage> AnonymousPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl });
        return await context.NewPageAsync();
    }

    private static string Describe(string path, AxeResultItem violation) =>
        $"{path}: {violation.Impact} {violation.Id} ({violation.Help}) at {string.Join(", ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()))}";
}
