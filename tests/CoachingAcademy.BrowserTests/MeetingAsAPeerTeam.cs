using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

/// <summary>Seed 004 in the browser: the demo circle's team of four plans a meeting and logs yesterday's.</summary>
[Collection(AppCollection.Name)]
public sealed class MeetingAsAPeerTeam(BrowserFixture browser)
{
    [Fact]
    public async Task A_peer_schedules_a_meeting_for_all_four_logs_who_attended_and_sees_the_topic_met()
    {
        var peer = await browser.SignInAsync(DemoUsers.Peer);
        await Assertions.Expect(peer.GetByRole(AriaRole.Heading, new() { Name = "Your peer team" })).ToBeVisibleAsync();
        await peer.GetByRole(AriaRole.Link, new() { Name = "Schedule a meeting" }).ClickAsync();
        await peer.GetByLabel("Day").FillAsync("2026-03-31");
        await peer.GetByLabel("Start").FillAsync("14:00");
        await peer.GetByLabel("How", new() { Exact = true }).SelectOptionAsync("InPerson");
        await peer.GetByLabel("Place, video link or phone number").FillAsync("Harbor Point Utilities, training room B");
        await peer.GetByLabel("Step it serves").SelectOptionAsync(new SelectOptionValue { Label = "Promoting a High Performance Culture (by Wed 1 Apr 2026)" });
        await peer.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();
        await Assertions.Expect(peer.GetByRole(AriaRole.Status)).ToContainTextAsync("The session is scheduled.");

        var invitation = await browser.App.QueryAsync(db => db.OutgoingEmails.Where(e => e.Subject.StartsWith("Coaching session scheduled: Tue 31 Mar 2026"))
            .Select(e => new { e.Recipients, Files = e.Attachments.Select(a => a.FileName).ToList() }).SingleAsync());
        Assert.Equal(["felix.grant@example.org", "ivan.petrov@example.org", "maya.torres@example.org", DemoUsers.Peer], invitation.Recipients.Split(',').Order());
        Assert.Single(invitation.Files, f => f.EndsWith(".ics"));

        // Yesterday's meeting: Maya Torres could not come.
        var yesterday = peer.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sun 1 Mar 2026" });
        await yesterday.GetByLabel("Maya Torres").UncheckAsync();
        Assert.Empty(await Axe.BlockingViolationsAsync(peer));
        await yesterday.GetByRole(AriaRole.Button, new() { Name = "Log as held" }).ClickAsync();
        await Assertions.Expect(peer.GetByRole(AriaRole.Status)).ToContainTextAsync("Logged as held, with who attended.");
        await Assertions.Expect(peer.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sun 1 Mar 2026" }))
            .ToContainTextAsync("Attended: Noor Haddad, Felix Grant, Ivan Petrov; absent: Maya Torres");
        var topic = peer.GetByRole(AriaRole.Table, new() { Name = "Step statuses" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "Building Trust and Accountability" });
        await Assertions.Expect(topic).ToContainTextAsync("Met");
    }

    [Fact]
    public async Task A_director_forms_a_team_from_the_participants_waiting_for_one()
    {
        // Aisha Bello's and Tom Becker's applications are accepted (the approvals have their own tests); Lena Sorensen's is.
        await PeerApplications.AcceptAsync(browser.App, "aisha.bello@example.org", "tom.becker@example.org");
        var director = await browser.SignInAsync(DemoUsers.Director);
        await director.GotoAsync("/");
        await director.GetByRole(AriaRole.Row).Filter(new() { HasText = "Peer Coaching Circle" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await director.GetByRole(AriaRole.Link, new() { Name = "Peer teams" }).ClickAsync();
        await director.GetByLabel("Aisha Bello").CheckAsync();
        await director.GetByLabel("Tom Becker").CheckAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Form the team" }).ClickAsync();
        await Assertions.Expect(director.GetByText("A team has 3 to 4 members; 2 are chosen.")).ToBeVisibleAsync();
        Assert.Empty(await Axe.BlockingViolationsAsync(director));

        await director.GetByLabel("Lena Sorensen").CheckAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Form the team" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("The team is proposed (3 members).");
        await Assertions.Expect(director.GetByRole(AriaRole.Table, new() { Name = "Peer teams of Peer Coaching Circle 2026" }))
            .ToContainTextAsync("Aisha Bello, Lena Sorensen, Tom Becker");

        // Each member consents from their home page; the last consent forms the team with its meetings on the calendar.
        foreach (var (email, last) in new[] { ("aisha.bello@example.org", false), ("tom.becker@example.org", false), ("lena.sorensen@example.org", true) })
        {
            var member = await browser.SignInAsync(email);
            await member.GetByRole(AriaRole.Link, new() { Name = "Consent or decline" }).ClickAsync();
            await member.GetByRole(AriaRole.Button, new() { Name = "I consent to this team" }).ClickAsync();
            await Assertions.Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync(last
                ? "Everyone has consented: the team is formed, and its meetings are on your calendar."
                : "Your consent is recorded.");
            if (last)
            {
                Assert.Empty(await Axe.BlockingViolationsAsync(member));
                await member.GetByRole(AriaRole.Link, new() { Name = "Its meetings" }).ClickAsync();
                await Assertions.Expect(member.GetByText("Facilitator: Aisha Bello").First).ToBeVisibleAsync();
            }
        }
    }
}
