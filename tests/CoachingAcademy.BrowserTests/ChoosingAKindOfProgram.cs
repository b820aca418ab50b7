using CoachingAcademy.TestSupport;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

[Collection(AppCollection.Name)]
public sealed class ChoosingAKindOfProgram(BrowserFixture browser)
{
    [Fact]
    public async Task A_director_creates_an_executive_coaching_cohort_sees_its_eight_steps_and_changes_its_notice()
    {
        var director = await browser.SignInAsync(DemoUsers.Director);
        await director.GetByRole(AriaRole.Link, new() { Name = "New cohort" }).ClickAsync();
        await director.GetByLabel("Executive coaching").CheckAsync();
        await director.GetByLabel("Name", new() { Exact = true }).FillAsync("Executive Coaching 2027");
        await director.GetByLabel("Graduation").FillAsync("2027-06-30");
        await director.GetByLabel("Coaches' debrief").FillAsync("2027-08-31");
        await director.GetByRole(AriaRole.Button, new() { Name = "Create cohort" }).ClickAsync();

        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("is created (Executive coaching)");
        var steps = director.GetByRole(AriaRole.Table, new() { Name = "Milestones in order" });
        await Assertions.Expect(steps.GetByRole(AriaRole.Row)).ToHaveCountAsync(9);
        await Assertions.Expect(steps).ToContainTextAsync("Leader and sponsor review");
        await Assertions.Expect(director.GetByText("no notice rule")).ToBeVisibleAsync();

        await director.GetByRole(AriaRole.Link, new() { Name = "Adjust the rules" }).ClickAsync();
        await Assertions.Expect(director.GetByLabel("Each engagement has a sponsor")).ToBeCheckedAsync();
        await Assertions.Expect(director.GetByLabel("Coaches hold a senior position")).Not.ToBeCheckedAsync();
        Assert.Empty(await Axe.BlockingViolationsAsync(director));
        await director.GetByLabel("Notice to change a session (hours)").FillAsync("24");
        await director.GetByRole(AriaRole.Button, new() { Name = "Save the rules" }).ClickAsync();

        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("The cohort's rules are saved.");
        await Assertions.Expect(director.GetByText("24 hours' notice to change")).ToBeVisibleAsync();
    }
}
