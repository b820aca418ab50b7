using CoachingAcademy.TestSupport;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

[Collection(AppCollection.Name)]
public sealed class SigningInAsDirector(BrowserFixture browser)
{
    [Fact]
    public async Task The_director_signs_in_and_sees_the_demo_cohort()
    {
        var page = await browser.SignInAsync(DemoUsers.Director);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Alex Rivera" })).ToBeVisibleAsync();
        var cohortRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Leadership Academy {AppFactory.Start.Year}" });
        await Assertions.Expect(cohortRow).ToContainTextAsync("12");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Jobs" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You are signed out.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_the_message_on_the_form()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        await page.GetByLabel("Email").FillAsync(DemoUsers.Director);
        await page.GetByLabel("Password").FillAsync("definitely-not-it");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or password is incorrect.");
    }
}
