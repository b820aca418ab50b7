using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

/// <summary>
/// axe-core finds no serious or critical violation on any page a visitor reaches from the access table: every page the
/// table grants them that needs no id (a new page is checked as soon as it has its row there).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AccessibilityOfEveryMainPage(BrowserFixture browser)
{
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
        await Axe.OnEveryPageAsync(page.Context);

        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            found.AddRange((await Axe.BlockingViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        Assert.True(found.Count == 0, $"As {who}:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task The_check_itself_reports_an_image_without_text_and_a_nameless_button()
    {
        var page = await AnonymousPageAsync();
        await page.SetContentAsync("<!doctype html><html lang=\"en\"><title>t</title><main><img src=\"x.png\"><button></button></main></html>");

        var found = await Axe.BlockingViolationsAsync(page);

        Assert.Contains(found, v => v.StartsWith("critical image-alt", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith("critical button-name", StringComparison.Ordinal));
    }

    private async Task<IPage> AnonymousPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl });
        return await context.NewPageAsync();
    }
}
