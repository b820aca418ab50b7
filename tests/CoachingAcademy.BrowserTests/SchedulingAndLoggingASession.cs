using CoachingAcademy.TestSupport;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

[Collection(AppCollection.Name)]
public sealed class SchedulingAndLoggingASession(BrowserFixture browser)
{
    [Fact]
    public async Task The_participant_schedules_the_coach_logs_it_held_and_the_director_sees_the_milestone_met()
    {
        var participant = await browser.SignInAsync("marcus.webb@example.org");
        await participant.GetByRole(AriaRole.Link, new() { Name = "Schedule a session" }).ClickAsync();
        await participant.GetByLabel("Day").FillAsync("2026-03-05");
        await participant.GetByLabel("Start").FillAsync("10:00");
        await participant.GetByLabel("How", new() { Exact = true }).SelectOptionAsync("Video");
        await participant.GetByLabel("Place, video link or phone number").FillAsync("https://meet.example.org/webb");
        await participant.GetByLabel("Step it serves").SelectOptionAsync(new SelectOptionValue { Label = "Follow-up development conversation (by Sat 11 Apr 2026)" });
        await participant.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();
        await Assertions.Expect(participant.GetByRole(AriaRole.Status)).ToContainTextAsync("The session is scheduled.");

        browser.App.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(2));

        var coach = await browser.SignInAsync("grace.okafor@example.org");
        await coach.GetByRole(AriaRole.Link, new() { Name = "Log sessions" }).ClickAsync();
        var row = coach.GetByRole(AriaRole.Row).Filter(new() { HasText = "Thu 5 Mar 2026" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Log as held" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("Logged as held, with who attended.");

        var director = await browser.SignInAsync(DemoUsers.Director);
        var academy = director.GetByRole(AriaRole.Row).Filter(new() { HasText = "Leadership Academy" });
        await academy.GetByRole(AriaRole.Link, new() { Name = "Progress" }).ClickAsync();
        var marcus = director.GetByRole(AriaRole.Row).Filter(new() { HasText = "Marcus Webb" });
        await Assertions.Expect(marcus.GetByRole(AriaRole.Cell).Nth(4)).ToHaveTextAsync("Met");   // participant, coach, standing, first step, this step
    }
}
