using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

/// <summary>Seed 003 in the browser: coach, leader and sponsor of the demo's executive engagement.</summary>
[Collection(AppCollection.Name)]
public sealed class RunningAnExecutiveEngagement(BrowserFixture browser)
{
    [Fact]
    public async Task The_leader_schedules_a_meeting_for_all_three_the_coach_ticks_who_attended_and_the_sponsor_follows_the_steps()
    {
        var leader = await browser.SignInAsync(DemoUsers.Leader);
        await leader.GetByRole(AriaRole.Link, new() { Name = "Schedule a session" }).ClickAsync();
        await leader.GetByLabel("Day").FillAsync("2026-03-25");
        await leader.GetByLabel("Start").FillAsync("09:30");
        await leader.GetByLabel("How", new() { Exact = true }).SelectOptionAsync("InPerson");
        await leader.GetByLabel("Place, video link or phone number").FillAsync("Lakemont County Administration, room 310");
        await leader.GetByLabel("Step it serves").SelectOptionAsync(new SelectOptionValue { Label = "End-of-program review (365 days after the start)" });
        await leader.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Status)).ToContainTextAsync("The session is scheduled.");

        // One invitation to the three members, its calendar file attached.
        var invitation = await browser.App.QueryAsync(db => db.OutgoingEmails.Where(e => e.Subject.StartsWith("Coaching session scheduled: Wed 25 Mar 2026"))
            .Select(e => new { e.Recipients, Files = e.Attachments.Select(a => a.FileName).ToList() }).SingleAsync());
        Assert.Equal([DemoUsers.ExecutiveCoach, DemoUsers.Leader, DemoUsers.Sponsor], invitation.Recipients.Split(',').Order());
        Assert.Single(invitation.Files, f => f.EndsWith(".ics"));

        var coach = await browser.SignInAsync(DemoUsers.ExecutiveCoach);
        await coach.GetByRole(AriaRole.Link, new() { Name = "Log sessions" }).ClickAsync();
        var row = coach.GetByRole(AriaRole.Row).Filter(new() { HasText = "Fri 27 Feb 2026" });
        await Assertions.Expect(row.GetByLabel("Pat Lindgren")).Not.ToBeCheckedAsync();
        await Assertions.Expect(row.GetByLabel("Chris Donovan")).ToBeCheckedAsync();
        Assert.Empty(await Axe.BlockingViolationsAsync(coach));
        await row.GetByRole(AriaRole.Button, new() { Name = "Log as held" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("Logged as held, with who attended.");

        var sponsor = await browser.SignInAsync(DemoUsers.Sponsor);
        await sponsor.GetByRole(AriaRole.Link, new() { Name = "Steps and sessions" }).ClickAsync();
        var steps = sponsor.GetByRole(AriaRole.Table, new() { Name = "Step statuses" });
        await Assertions.Expect(steps.GetByRole(AriaRole.Row).Filter(new() { HasText = "Mid-program review" })).ToContainTextAsync("Due soon");
        await Assertions.Expect(steps.GetByRole(AriaRole.Row).Filter(new() { HasText = "Defining the context" })).ToContainTextAsync("Met");
        var logged = sponsor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Fri 27 Feb 2026" });
        await Assertions.Expect(logged).ToContainTextAsync("Attended: Robin Achebe, Chris Donovan; absent: Pat Lindgren");
        await Assertions.Expect(sponsor.GetByRole(AriaRole.Link, new() { Name = "My private note" })).ToHaveCountAsync(0);
        Assert.Empty(await Axe.BlockingViolationsAsync(sponsor));
    }
}
