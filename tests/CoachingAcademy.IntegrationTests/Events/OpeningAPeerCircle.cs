using System.Net;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Events;

/// <summary>
/// Seed 004: "an initial meeting with program organizers will take place to orient participants to the leadership competency
/// concepts, introduce team members and their projects". The director sets the opening meeting of a peer circle and invites
/// every accepted participant, not the applicants still waiting for an approval. On a database of its own: invitations go out.
/// </summary>
public sealed class OpeningAPeerCircle(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_accepted_participants_are_invited_to_the_opening_meeting_and_answer_it()
    {
        var cohortId = await app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.PeerCircle).OrderByDescending(c => c.GraduationDate).Select(c => c.Id).FirstAsync());
        var director = await app.LoginAsync(DemoUsers.Director);
        var url = $"/Cohorts/{cohortId}/Events";
        var page = WebUtility.HtmlDecode(await director.GetStringAsync(url));
        Assert.Contains("Opening meeting", page);
        Assert.DoesNotContain("Coaches to recognise", page);
        Assert.DoesNotContain("Coaches' debrief", page);
        Assert.Equal(HttpStatusCode.NotFound, (await director.PostFormAsync($"{url}/Graduation", new()
            { ["Date"] = "2026-03-20", ["StartTime"] = "17:00", ["EndTime"] = "19:00", ["Location"] = "Hall" }, url)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"{url}/Opening", new()
            { ["Date"] = "2026-03-20", ["StartTime"] = "09:00", ["EndTime"] = "11:00", ["Location"] = "Harbor Point Utilities, boardroom" }, url)).StatusCode);
        await director.PostFormAsync($"{url}/Opening/Send", [], url);
        Assert.Contains("5 people are invited to the opening meeting by email", WebUtility.HtmlDecode(await director.GetStringAsync(url)));

        // Noor, Felix, Maya, Ivan and Lena are accepted; Aisha and Tom still wait for an approval and are not invited.
        var invited = await app.QueryAsync(db => db.EventInvitations.Where(i => i.Event.CohortId == cohortId).Select(i => i.Person.FullName).OrderBy(n => n).ToListAsync());
        Assert.Equal(["Felix Grant", "Ivan Petrov", "Lena Sorensen", "Maya Torres", "Noor Haddad"], invited);
        var mail = await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(x => x.Address == DemoUsers.Peer) && (m.Subject ?? "").Contains("opening meeting"));
        Assert.Contains(mail.Attachments, a => a.ContentType.MimeType == "text/calendar");

        var noor = await app.LoginAsync(DemoUsers.Peer);
        var home = WebUtility.HtmlDecode(await noor.GetStringAsync("/"));
        Assert.Contains("Opening meeting", home);
        var invitation = await app.QueryAsync(db => db.EventInvitations.Where(i => i.Person.Email == DemoUsers.Peer && i.Event.CohortId == cohortId).Select(i => i.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await noor.PostFormAsync($"/Events/{invitation}", new() { ["Reply"] = "Yes" })).StatusCode);
        Assert.Contains("1 yes", WebUtility.HtmlDecode(await director.GetStringAsync(url)));
    }
}
