using System.Text.RegularExpressions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

/// <summary>
/// Seed 004 in the browser, from the application to the certificate: a new participant applies, their supervisor and their
/// division director approve through the emailed links (no login), the program office accepts; a member of the halfway
/// team writes their project's status for the month; a member of last year's finished team downloads their certificate.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class ApplyingToAPeerCircle(BrowserFixture browser)
{
    private const string Applicant = "rita.okoye@example.org";

    [GeneratedRegex(@"/Applications/Review\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex ReviewLink();

    private async Task ApproveByLinkAsync(string subjectStart, bool concur)
    {
        var body = await browser.App.QueryAsync(db => db.OutgoingEmails.Where(e => e.Subject.StartsWith(subjectStart))
            .OrderByDescending(e => e.Id).Select(e => e.TextBody).FirstAsync());
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl });
        var approver = await context.NewPageAsync();
        await approver.GotoAsync(ReviewLink().Match(body).Value);
        await Assertions.Expect(approver.GetByText("Publish the permit backlog every Monday")).ToBeVisibleAsync();
        if (concur)
            await approver.GetByLabel("I concur with the applicant's division project and support their participation for the duration of the program").CheckAsync();
        Assert.Empty(await Axe.BlockingViolationsAsync(approver));
        await approver.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(approver.GetByRole(AriaRole.Heading, new() { Name = "Your decision is recorded" })).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task An_application_through_its_three_approvals_a_projects_status_and_a_certificate()
    {
        await PeerApplications.EnrollApplicantAsync(browser.App, "Rita Okoye", Applicant);
        var rita = await browser.SignInAsync(Applicant);
        await rita.GetByRole(AriaRole.Link, new() { Name = "Your application to the program" }).ClickAsync();
        await rita.GetByLabel("Job classification").FillAsync("Associate Governmental Program Analyst");
        await rita.GetByLabel("Division", new() { Exact = true }).FillAsync("Permits");
        await rita.GetByLabel("Unit", new() { Exact = true }).FillAsync("Intake");
        await rita.GetByLabel("Supervisor's name").FillAsync("Wendell Price");
        await rita.GetByLabel("Supervisor's email").FillAsync("wendell.price@example.org");
        await rita.GetByLabel("Division director's name").FillAsync("Rosa Delgado");
        await rita.GetByLabel("Division director's email").FillAsync("rosa.delgado@example.org");
        await rita.GetByLabel("Why do you want to be part of this program?", new() { Exact = false }).FillAsync("To lead the intake unit well.");
        await rita.GetByLabel("What types of leadership roles are you aiming for?", new() { Exact = false }).FillAsync("Unit manager.");
        foreach (var grow in await rita.GetByLabel("Grow", new() { Exact = true }).AllAsync())
            await grow.CheckAsync();
        await rita.GetByLabel("Specific: what will the project achieve?").FillAsync("Publish the permit backlog every Monday");
        await rita.GetByLabel("Measurable: how will you know it is done?").FillAsync("Twelve Mondays in a row");
        await rita.GetByLabel("Achievable: why can you do it?").FillAsync("The data is in the permit system");
        await rita.GetByLabel("Realistic: why does it fit your division's work?").FillAsync("The backlog is the division's first concern");
        await rita.GetByLabel("Timely: by when?").FillAsync("By the end of June");
        await rita.GetByLabel("I commit to this program", new() { Exact = false }).CheckAsync();
        Assert.Empty(await Axe.BlockingViolationsAsync(rita));
        await rita.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Assertions.Expect(rita.GetByRole(AriaRole.Status)).ToContainTextAsync("Your application is sent.");

        // The supervisor, then the division director (who concurs with the project), through their one-time links.
        await ApproveByLinkAsync("Your approval is asked: Rita Okoye's application", concur: false);
        await ApproveByLinkAsync("Your approval is asked: Rita Okoye's application", concur: true);

        // The program office accepts.
        var director = await browser.SignInAsync(DemoUsers.Director);
        var cohortId = await browser.App.QueryAsync(db => db.CircleApplications.Where(a => a.Person.Email == Applicant).Select(a => a.CohortId).SingleAsync());
        await director.GotoAsync($"/Cohorts/{cohortId}/Applications");
        var card = director.GetByRole(AriaRole.Region, new() { Name = "Rita Okoye" });
        await Assertions.Expect(card).ToContainTextAsync("Waiting for the program office");
        await card.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("The application is accepted.");
        await rita.ReloadAsync();
        await Assertions.Expect(rita.GetByText("Accepted").First).ToBeVisibleAsync();

        // A member of the halfway team writes this month's status of her project; the team reads it.
        var noor = await browser.SignInAsync(DemoUsers.Peer);
        await noor.GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true }).ClickAsync();
        await noor.GetByLabel("Your project's status for March 2026").FillAsync("The evening shift pilot cut the wait to four minutes.");
        await noor.GetByRole(AriaRole.Button, new() { Name = "Save this month's status" }).ClickAsync();
        await Assertions.Expect(noor.GetByRole(AriaRole.Status)).ToContainTextAsync("Your project's status for this month is saved.");
        await Assertions.Expect(noor.GetByRole(AriaRole.Table, new() { Name = "Monthly status of Noor Haddad's project" })).ToContainTextAsync("four minutes");
        Assert.Empty(await Axe.BlockingViolationsAsync(noor));

        // Last year's team is finished: Omar Farouk downloads his certificate from his team's page.
        var omar = await browser.SignInAsync("omar.farouk@example.org");
        var finished = await browser.App.QueryAsync(db => db.Matches.Where(m => m.ParticipantId == null && m.Members.Any(x => x.Person.Email == "omar.farouk@example.org"))
            .Select(m => m.Id).SingleAsync());
        await omar.GotoAsync($"/Sessions?matchId={finished}");
        await omar.GetByRole(AriaRole.Link, new() { Name = "Your certificate of completion" }).ClickAsync();
        var download = await omar.RunAndWaitForDownloadAsync(() => omar.GetByRole(AriaRole.Link, new() { Name = "Download your certificate (PDF)" }).ClickAsync());
        Assert.Equal("Certificate of completion - Omar Farouk.pdf", download.SuggestedFilename);
    }
}
