using CoachingAcademy.TestSupport;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

[Collection(AppCollection.Name)]
public sealed class TheJobsDashboard(BrowserFixture browser)
{
    [Fact]
    public async Task Runs_under_its_content_security_policy()
    {
        var page = await browser.SignInAsync(DemoUsers.Director);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                violations.Add(message.Text);
        };

        await page.GotoAsync("/hangfire");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "CoachingAcademy jobs" })).ToBeVisibleAsync();
        await page.GotoAsync("/hangfire/recurring");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Recurring Jobs" })).ToBeVisibleAsync();

        Assert.Empty(violations);
    }
}
