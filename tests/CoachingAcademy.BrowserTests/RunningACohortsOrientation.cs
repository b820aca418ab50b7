using System.Globalization;
using CoachingAcademy.Core.Common;
using CoachingAcademy.TestSupport;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

[Collection(AppCollection.Name)]
public sealed class RunningACohortsOrientation(BrowserFixture browser)
{
    // It graduates before the demo cohort, which stays the first one the other tests' pickers offer.
    private const string Cohort = "Leadership Academy 2026 Spring";

    [Fact]
    public async Task A_director_builds_a_cohort_a_coach_registers_for_orientation_and_the_director_marks_attendance()
    {
        var director = await browser.SignInAsync(DemoUsers.Director);
        await director.GetByRole(AriaRole.Link, new() { Name = "New cohort" }).ClickAsync();
        await director.GetByLabel("Name", new() { Exact = true }).FillAsync(Cohort);
        await director.GetByLabel("Time zone").SelectOptionAsync("America/Denver");
        await director.GetByLabel("Graduation").FillAsync("2026-04-15");
        await director.GetByLabel("Coaches' debrief").FillAsync("2026-05-20");
        await director.GetByLabel("Session 1", new() { Exact = true }).FillAsync("2026-01-13");
        await director.GetByLabel("Session 2", new() { Exact = true }).FillAsync("2026-02-10");
        await Assertions.Expect(director.GetByLabel("Academy one-to-one")).ToBeCheckedAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Create cohort" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("is created (Academy one-to-one), with its rules and steps prefilled");
        var milestones = director.GetByRole(AriaRole.Table, new() { Name = "Milestones in order" });
        await Assertions.Expect(milestones.GetByRole(AriaRole.Row)).ToHaveCountAsync(5);

        // A fifth conversation, moved up before the post-graduation one.
        await director.GetByRole(AriaRole.Link, new() { Name = "Add a step" }).ClickAsync();
        await director.GetByLabel("Step", new() { Exact = true }).FillAsync("Mid-program check-in");
        await director.GetByLabel("Due by").FillAsync("2026-04-01");
        await director.GetByRole(AriaRole.Button, new() { Name = "Add step" }).ClickAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Move Mid-program check-in up" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("The milestone moved up.");
        await Assertions.Expect(milestones.GetByRole(AriaRole.Row).Nth(4)).ToContainTextAsync("Mid-program check-in");
        await AssertAccessibleAsync(director);

        // The session starts in an hour: the coach registers before it, the director marks attendance once it has started.
        var start = ProgramTime.ToLocal(browser.App.Clock.GetUtcNow().UtcDateTime, "America/Denver").AddHours(1);
        await director.GetByRole(AriaRole.Link, new() { Name = "Add an orientation session" }).ClickAsync();
        await director.GetByLabel("Day").FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await director.GetByLabel("Starts").FillAsync(start.ToString("HH:mm", CultureInfo.InvariantCulture));
        await director.GetByLabel("Ends").FillAsync(start.AddHours(2).ToString("HH:mm", CultureInfo.InvariantCulture));
        await director.GetByLabel("Place or video link").FillAsync("Denver Civic Center, Room 3");
        await director.GetByLabel("Seats").FillAsync("8");
        await director.GetByRole(AriaRole.Button, new() { Name = "Add session" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("The orientation session is added.");

        await director.GetByRole(AriaRole.Link, new() { Name = "People (0 participants, 0 coaches)" }).ClickAsync();
        await director.GetByLabel("Email", new() { Exact = true }).FillAsync(DemoUsers.Coach);
        await director.GetByLabel("Coach", new() { Exact = true }).CheckAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Enroll", Exact = true }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("Dana Whitfield is enrolled as a coach.");
        await AssertAccessibleAsync(director);

        var coach = await browser.SignInAsync(DemoUsers.Coach);
        var card = coach.Locator(".card").Filter(new() { HasText = Cohort });
        await Assertions.Expect(card).ToContainTextAsync("8 of 8");
        await card.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("You are registered.");
        await Assertions.Expect(coach.Locator(".card").Filter(new() { HasText = Cohort })).ToContainTextAsync("7 of 8");

        // The director moves it to another room with more seats: the coach keeps the seat and is emailed the change.
        await director.GotoAsync("/");
        await director.GetByRole(AriaRole.Link, new() { Name = Cohort }).ClickAsync();
        await director.GetByRole(AriaRole.Link, new() { Name = "Change the session of" }).ClickAsync();
        await Assertions.Expect(director.GetByText("1 person is registered")).ToBeVisibleAsync();
        await AssertAccessibleAsync(director);
        await director.GetByLabel("Place or video link").FillAsync("Denver Civic Center, Room 4");
        await director.GetByLabel("Seats").FillAsync("9");
        await director.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("Everyone registered is emailed the new details");
        await coach.ReloadAsync();
        await Assertions.Expect(coach.Locator(".card").Filter(new() { HasText = Cohort })).ToContainTextAsync("Denver Civic Center, Room 4");
        await Assertions.Expect(coach.Locator(".card").Filter(new() { HasText = Cohort })).ToContainTextAsync("8 of 9");

        await director.GetByRole(AriaRole.Link, new() { Name = "Attendance" }).ClickAsync();
        await Assertions.Expect(director.GetByText("attendance is taken from its start")).ToBeVisibleAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Button, new() { Name = "Mark attended" })).ToHaveCountAsync(0);
        browser.App.Clock.Advance(TimeSpan.FromHours(1));
        await director.ReloadAsync();
        await director.GetByRole(AriaRole.Row).Filter(new() { HasText = "Dana Whitfield" }).GetByRole(AriaRole.Button, new() { Name = "Mark attended" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("the coach is cleared to coach");

        await director.GetByRole(AriaRole.Link, new() { Name = Cohort }).ClickAsync();
        await director.GetByRole(AriaRole.Link, new() { Name = "Coaches: 1 cleared, 0 not registered" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Row).Filter(new() { HasText = "Dana Whitfield" })).ToContainTextAsync("Cleared to coach");
        await AssertAccessibleAsync(director);
    }

    [Fact]
    public async Task A_director_checks_a_csv_file_corrects_it_and_imports_it_whole()
    {
        var director = await browser.SignInAsync(DemoUsers.Director);
        await director.GotoAsync($"/Cohorts/{await browser.App.DemoCohortIdAsync()}/People");
        var file = Path.Combine(Path.GetTempPath(), $"enrollment-{Guid.NewGuid():N}.csv");
        const string header = "Role,Name,Email,Title,Position,Agency,Supervisor email\n";
        const string coach = "Coach,Pat Lee,pat.lee@example.org,Fire Chief,Department Head,City of Riverbend,morgan.ellery@example.org\n";
        try
        {
            await File.WriteAllTextAsync(file, header + coach + "Participant,Sam Ortiz,sam.ortiz@example.org,Fire Captain,Other,Town of Nowhere,pat.lee@example.org\n");
            await director.GetByLabel("CSV file").SetInputFilesAsync(file);
            await director.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
            await Assertions.Expect(director.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sam Ortiz" })).ToContainTextAsync("Unknown agency 'Town of Nowhere'");
            await Assertions.Expect(director.GetByRole(AriaRole.Button, new() { Name = "Import 2 people" })).ToHaveCountAsync(0);
            await AssertAccessibleAsync(director);

            await director.GetByRole(AriaRole.Link, new() { Name = "Upload a corrected file" }).ClickAsync();
            await File.WriteAllTextAsync(file, header + coach + "Participant,Sam Ortiz,sam.ortiz@example.org,Fire Captain,Other,City of Riverbend,pat.lee@example.org\n");
            await director.GetByLabel("CSV file").SetInputFilesAsync(file);
            await director.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
            await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("Every line is valid: 2 people, 2 new to the program.");
            await director.GetByRole(AriaRole.Button, new() { Name = "Import 2 people" }).ClickAsync();
        }
        finally
        {
            File.Delete(file);
        }

        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("2 people are enrolled.");
        var sam = director.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sam Ortiz" });
        await Assertions.Expect(sam).ToContainTextAsync("Invitation pending");
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var blocking = (await Axe.BlockingViolationsAsync(page)).Select(v => $"{page.Url}: {v}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }
}
