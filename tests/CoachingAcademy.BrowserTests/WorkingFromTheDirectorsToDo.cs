using System.Text.RegularExpressions;
using CoachingAcademy.TestSupport;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

[Collection(AppCollection.Name)]
public sealed partial class WorkingFromTheDirectorsToDo(BrowserFixture browser)
{
    [GeneratedRegex(@"^(\d+) participants? (has|have) an overdue milestone$")]
    private static partial Regex OverdueLink();

    [Fact]
    public async Task The_director_opens_the_overdue_participants_from_the_home_page_by_keyboard()
    {
        var page = await browser.SignInAsync(DemoUsers.Director);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "To do" })).ToBeVisibleAsync();
        var academy = page.Locator("[data-todo-cohort]").Filter(new() { HasText = $"Leadership Academy {AppFactory.Start.Year}" });
        var overdue = academy.GetByRole(AriaRole.Link, new() { NameRegex = OverdueLink() });
        var count = int.Parse(OverdueLink().Match((await overdue.InnerTextAsync()).Trim()).Groups[1].Value);

        await overdue.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/Progress/Cohort/\d+\?filter=Overdue$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Overdue {count}", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(count);
        await Assertions.Expect(page.Locator("tbody tr").First).ToContainTextAsync("Overdue");
    }
}
