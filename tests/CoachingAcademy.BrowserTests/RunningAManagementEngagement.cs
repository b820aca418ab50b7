using System.Text.RegularExpressions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

/// <summary>
/// Seed 002 in the browser, on the demo's management engagement (Harper Quinn coaching Elliot Vance, three sessions held):
/// the client keeps goals and an assignment and gives feedback on the third session, the coach submits the outline, the
/// organisation's approver approves it through the emailed link, and the client books the fourth session.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class RunningAManagementEngagement(BrowserFixture browser)
{
    [GeneratedRegex(@"/Outline/Review\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex ReviewLink();

    [Fact]
    public async Task Goals_an_assignment_feedback_the_outline_approved_by_the_organisation_and_a_fourth_session()
    {
        var client = await browser.SignInAsync(DemoUsers.Client);
        await client.GetByRole(AriaRole.Link, new() { Name = "Plan and approvals" }).ClickAsync();
        await Assertions.Expect(client.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Plan of Elliot Vance's coaching with Harper Quinn");
        await Assertions.Expect(client.GetByText("3 sessions: the initial 3")).ToBeVisibleAsync();

        // The pair's goals and assignments.
        await client.GotoAsync($"/Sessions?matchId={await MatchIdAsync()}");
        await client.GetByRole(AriaRole.Link, new() { Name = "The challenge and goals" }).ClickAsync();
        await client.GetByLabel("A specific goal").FillAsync("Hand the weekly roster to the two shift leads");
        await client.GetByRole(AriaRole.Button, new() { Name = "Add the goal" }).ClickAsync();
        await Assertions.Expect(client.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Assertions.Expect(client.GetByText("Hand the weekly roster to the two shift leads")).ToBeVisibleAsync();
        await client.GotoAsync($"/Engagements/{await MatchIdAsync()}/Assignments");
        await client.GetByLabel("What to do").FillAsync("Draft the delegation list for the dispatch desk");
        await client.GetByLabel("Due by").FillAsync("2026-03-09");
        await client.GetByRole(AriaRole.Button, new() { Name = "Add the assignment" }).ClickAsync();
        await Assertions.Expect(client.GetByRole(AriaRole.Region, new() { Name = "Assignments" })).ToContainTextAsync("Draft the delegation list for the dispatch desk");

        // Input on the third session, for the coach alone.
        await client.GotoAsync("/");
        await client.GetByRole(AriaRole.Region, new() { Name = "Surveys for you" }).GetByRole(AriaRole.Link, new() { Name = "Session feedback" }).First.ClickAsync();
        await client.GetByRole(AriaRole.Group, new() { Name = "How valuable was this session for you? *" }).GetByLabel("5", new() { Exact = true }).CheckAsync();
        await client.GetByLabel("How could this session have created more value for you?").FillAsync("More time on the union consultation.");
        await client.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(client.GetByText("Thank you: your answers are saved.")).ToBeVisibleAsync();

        // The coach submits the outline; without it no fourth session can be booked.
        var coach = await browser.SignInAsync(DemoUsers.ManagementCoach);
        await coach.GotoAsync($"/Engagements/{await MatchIdAsync()}/Outline");
        await Assertions.Expect(coach.GetByText(new Regex(@"by Sat 7 Mar 2026 \((in \d+ days|tomorrow|today)\)"))).ToBeVisibleAsync();
        Assert.Empty(await Axe.BlockingViolationsAsync(coach));
        await coach.GetByLabel("Additional sessions").FillAsync("5");
        await coach.GetByLabel("Over how many weeks").FillAsync("10");
        await coach.GetByLabel("Why (the organisation reads this)").FillAsync("Five more sessions over ten weeks see Elliot through the dispatch reorganisation.");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Submit the outline" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("Outline 1 is submitted.");

        // The approver follows the one-time link from the email, without signing in.
        var body = await browser.App.QueryAsync(db => db.OutgoingEmails.Where(e => e.Subject.StartsWith("Your approval is asked: Elliot Vance"))
            .OrderByDescending(e => e.Id).Select(e => e.TextBody).FirstAsync());
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl });
        var approver = await context.NewPageAsync();
        await approver.GotoAsync(ReviewLink().Match(body).Value);
        await Assertions.Expect(approver.GetByText("5 additional sessions over 10 weeks")).ToBeVisibleAsync();
        Assert.Empty(await Axe.BlockingViolationsAsync(approver));
        await approver.GetByLabel("Comment (optional; the coach and the client read it)").FillAsync("Agreed for Westfield.");
        await approver.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(approver.GetByRole(AriaRole.Status)).ToContainTextAsync("You approved outline 1 for your organisation: 8 sessions are now planned in all.");
        await context.CloseAsync();

        // The fourth session is booked, and the plan shows who approved it.
        await client.GotoAsync($"/Sessions/Schedule?matchId={await MatchIdAsync()}");
        await client.GetByLabel("Day").FillAsync("2026-03-18");
        await client.GetByLabel("Start").FillAsync("10:00");
        await client.GetByLabel("How", new() { Exact = true }).SelectOptionAsync("Video");
        await client.GetByLabel("Place, video link or phone number").FillAsync("https://meet.example.org/vance-quinn");
        await client.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();
        await Assertions.Expect(client.GetByRole(AriaRole.Status)).ToContainTextAsync("The session is scheduled.");
        await client.GotoAsync($"/Engagements/{await MatchIdAsync()}/Outline");
        await Assertions.Expect(client.GetByRole(AriaRole.Region, new() { Name = "Outlines and approvals" }))
            .ToContainTextAsync("Approved by Simone Ward");
        Assert.Empty(await Axe.BlockingViolationsAsync(client));
    }

    private Task<int> MatchIdAsync() => browser.App.QueryAsync(db => db.Matches
        .Where(m => m.Participant!.Email == DemoUsers.Client && m.Status == Core.Matching.MatchStatus.Active).Select(m => m.Id).SingleAsync());
}
