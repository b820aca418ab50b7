using CoachingAcademy.TestSupport;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

[Collection(AppCollection.Name)]
public sealed class MatchingACoachAndParticipant(BrowserFixture browser)
{
    [Fact]
    public async Task The_coordinator_proposes_the_director_approves_and_the_coach_sees_the_participant_on_the_roster()
    {
        var coordinator = await browser.SignInAsync(DemoUsers.Coordinator);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Matches" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Propose a match" }).ClickAsync();
        await coordinator.GetByLabel("Participant").SelectOptionAsync(new SelectOptionValue { Label = "Emerson Park — Supervising Librarian, City of Riverbend" });
        await coordinator.GetByLabel("Coach").SelectOptionAsync(new SelectOptionValue { Label = "Priya Natarajan — Public Works Director, City of Riverbend" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("The match is proposed.");

        var director = await browser.SignInAsync(DemoUsers.Director);
        await director.GetByRole(AriaRole.Link, new() { Name = "Matches", Exact = true }).First.ClickAsync();
        var row = director.GetByRole(AriaRole.Row).Filter(new() { HasText = "Emerson Park" });
        await Assertions.Expect(row).ToContainTextAsync("Breaks no rule");
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved.");

        var coach = await browser.SignInAsync("priya.natarajan@example.org");
        await coach.GetByRole(AriaRole.Link, new() { Name = "Your participants" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Row).Filter(new() { HasText = "Emerson Park" })).ToContainTextAsync("emerson.park@example.org");
    }
}
