using CoachingAcademy.Core.Common;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

/// <summary>
/// Seed 003's eight steps in the browser with three logins, on an engagement of its own that starts today: the coach
/// records outcomes, the 360° list, the plan, the hours and both reviews; the leader books the interview and commits; the
/// sponsor commits and follows standings and hours without reading what is confidential; the end-of-program review
/// completes it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RunningAnExecutiveProgramThroughItsSteps(BrowserFixture browser)
{
    private const string Leader = "jordan.vale@example.org", Sponsor = "sam.reyes@example.org";
    private const string Comment = "Two of five projects went through without Jordan";

    [Fact]
    public async Task Coach_leader_and_sponsor_go_through_the_eight_steps()
    {
        var id = await ExecutiveEngagements.CreateAsync(browser.App, ("Jordan Vale", Leader), ("Sam Reyes", Sponsor));
        var zone = await browser.App.QueryAsync(db => db.Cohorts.Where(c => c.Kind == Core.Cohorts.ProgramKind.ExecutiveCoaching).Select(c => c.TimeZoneId).SingleAsync());
        var today = ProgramTime.Today(browser.App.Clock, zone);

        // 1. Defining the context: the outcome and its benchmark.
        var coach = await browser.SignInAsync(DemoUsers.ExecutiveCoach);
        await coach.GotoAsync($"/Engagements/{id}/Outcomes");
        await coach.GetByLabel("Intended outcome").FillAsync("Jordan runs the capital programme through the division heads");
        await coach.GetByLabel("Benchmark: how you will know").FillAsync("Four of five projects approved without Jordan in the room");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Add the outcome" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("The outcome is added.");

        // 2. The interview with the leader, booked by the leader for its step.
        var leader = await browser.SignInAsync(Leader);
        await leader.GotoAsync($"/Sessions?matchId={id}");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Schedule a session" }).ClickAsync();
        await leader.GetByLabel("Day").FillAsync(today.AddDays(10).ToString("yyyy-MM-dd"));
        await leader.GetByLabel("Start").FillAsync("09:30");
        await leader.GetByLabel("How", new() { Exact = true }).SelectOptionAsync("InPerson");
        await leader.GetByLabel("Place, video link or phone number").FillAsync("Lakemont County Administration, room 204");
        await leader.GetByLabel("Step it serves").SelectOptionAsync(new SelectOptionValue { Label = "Interview with leader (28 days after the start)" });
        await leader.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Status)).ToContainTextAsync("The session is scheduled.");

        // 3. The 360° list: the leader sees whom, the sponsor how many.
        await coach.GotoAsync($"/Engagements/{id}/Interviews");
        await coach.GetByLabel("Name").FillAsync("Avery Stone");
        await coach.GetByLabel("Relationship to the leader").SelectOptionAsync("Peer");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await coach.GetByRole(AriaRole.Button, new() { Name = "Mark done" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("The interview is marked done.");
        await leader.GotoAsync($"/Engagements/{id}/Interviews");
        await Assertions.Expect(leader.GetByText("Avery Stone")).ToBeVisibleAsync();

        // 4. Assessment and design: the plan, against the outcome.
        await coach.GotoAsync($"/Engagements/{id}/Plan");
        await coach.GetByLabel("Themes").FillAsync("Delegating the capital programme");
        await coach.GetByLabel("Practices").FillAsync("A weekly hand-over with each division head");
        await coach.GetByLabel("Exercises").FillAsync("Decision log: which calls Jordan made that a head could have made");
        await coach.GetByLabel("Reading").FillAsync("Turn the Ship Around!");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("The plan is saved as version 1.");
        var asked = await browser.App.QueryAsync(db => db.OutgoingEmails.Where(e => e.Subject == "Development plan, version 1: Jordan Vale's program waits for your commitment")
            .Select(e => e.Recipients).SingleAsync());
        Assert.Equal([Leader, Sponsor], asked.Split(',').Order());

        // 5. Leader and sponsor review: each commits in their own name.
        await leader.GotoAsync($"/Engagements/{id}/Plan");
        await leader.GetByRole(AriaRole.Button, new() { Name = "I commit to version 1 of the plan" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Status)).ToContainTextAsync("Your commitment to version 1 of the plan is recorded.");
        var sponsor = await browser.SignInAsync(Sponsor);
        await sponsor.GotoAsync($"/Engagements/{id}/Interviews");
        await Assertions.Expect(sponsor.GetByText("Avery Stone")).ToHaveCountAsync(0);
        await sponsor.GotoAsync($"/Engagements/{id}/Plan");
        await sponsor.GetByRole(AriaRole.Button, new() { Name = "I commit to version 1 of the plan" }).ClickAsync();
        await Assertions.Expect(sponsor.Locator("#commitments")).ToContainTextAsync("Committed by Jordan Vale");
        await Assertions.Expect(sponsor.Locator("#commitments")).ToContainTextAsync("Sam Reyes");

        // 6. Coaching meetings: the hours a month the plan asks, shown to the sponsor against what is held.
        await coach.GotoAsync($"/Engagements/{id}/Schedule");
        await coach.GetByLabel("Hours of coaching a month").FillAsync("4");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Save the calendar" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("The engagement's calendar is saved");
        Assert.Empty(await Axe.BlockingViolationsAsync(coach));
        await sponsor.GotoAsync($"/Engagements/{id}/Schedule");
        await Assertions.Expect(sponsor.GetByText("4 hours a month are planned")).ToBeVisibleAsync();
        var steps = sponsor.GetByRole(AriaRole.Table, new() { Name = "Each step with its date for this engagement and where it stands" });
        await Assertions.Expect(steps.GetByRole(AriaRole.Row)).ToHaveCountAsync(9);
        await Assertions.Expect(steps.GetByRole(AriaRole.Row).Filter(new() { HasText = "Mid-program review" })).ToContainTextAsync(
            today.AddDays(180).ToString("ddd d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture));

        // 7. Mid-program review: the sponsor sees the standing, not the comment.
        await coach.GotoAsync($"/Engagements/{id}/Reviews");
        await coach.GetByLabel("Review", new() { Exact = true }).SelectOptionAsync("MidProgram");
        await coach.GetByLabel("Where it stands").SelectOptionAsync("SomeProgress");
        await coach.GetByLabel("Short comment").FillAsync(Comment);
        await coach.GetByRole(AriaRole.Button, new() { Name = "Record outcome 1" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("The mid-program review of the outcome is recorded.");
        await sponsor.GotoAsync($"/Engagements/{id}/Reviews");
        await Assertions.Expect(sponsor.GetByText("Some progress")).ToBeVisibleAsync();
        await Assertions.Expect(sponsor.GetByText(Comment)).ToHaveCountAsync(0);

        // 8. End-of-program review: the comparison, the summary, and the leader continues alone.
        await coach.GetByLabel("Review", new() { Exact = true }).SelectOptionAsync("EndOfProgram");
        await coach.GetByLabel("Where it stands").SelectOptionAsync("Met");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Record outcome 1" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("The end-of-program review of the outcome is recorded.");
        await coach.GotoAsync($"/Engagements/{id}/Schedule");
        await coach.GetByLabel("Closing summary").FillAsync("The division heads now bring the capital projects; Jordan chairs the portfolio.");
        await coach.GetByLabel("The leader continues alone: the engagement is complete").CheckAsync();
        await coach.GetByRole(AriaRole.Button, new() { Name = "Close cycle 1" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("The engagement is complete: the leader continues alone.");
        await leader.GotoAsync($"/Engagements/{id}/Schedule");
        await Assertions.Expect(leader.GetByText("Cycle 1: the leader continues alone")).ToBeVisibleAsync();
        await Assertions.Expect(leader.GetByText("This engagement has ended")).ToBeVisibleAsync();
    }
}
