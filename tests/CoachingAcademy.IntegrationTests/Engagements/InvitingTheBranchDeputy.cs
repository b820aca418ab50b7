using System.Net;
using CoachingAcademy.IntegrationTests.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>
/// Seed 004: the Branch Deputy (or their designee) is a guest at one or more of a team's meetings and at the last. The program
/// office names the guest for the cohort; a member invites them to a meeting ahead, and the guest is emailed a calendar
/// invitation, then every move of that meeting. On a database of its own: meetings are scheduled and invitations sent.
/// </summary>
public sealed class InvitingTheBranchDeputy(MailingApp app) : IClassFixture<MailingApp>
{
    private Task<(int CohortId, int TeamId)> HalfwayTeamAsync() => app.QueryAsync(db => db.Matches
        .Where(m => m.ParticipantId == null && m.Members.Any(x => x.Person.Email == DemoUsers.Peer))
        .Select(m => ValueTuple.Create(m.CohortId, m.Id)).SingleAsync());

    [Fact]
    public async Task The_program_office_names_the_guest_a_member_invites_them_and_they_hear_of_every_move()
    {
        var (cohortId, team) = await HalfwayTeamAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var teams = $"/Cohorts/{cohortId}/Teams";
        FieldMessages.Assert(await (await director.PostFormAsync($"{teams}/Guest",
            new() { ["Name"] = "Dana Whitfield", ["Title"] = "Branch Deputy", ["Email"] = "not an address" }, teams)).Content.ReadAsStringAsync(),
            "Email", "Write an email address such as name@example.org.");
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"{teams}/Guest",
            new() { ["Name"] = "Dana Whitfield", ["Title"] = "Branch Deputy", ["Email"] = "Dana.Whitfield@example.org" }, teams)).StatusCode);
        var list = await director.GetStringAsync(teams);
        Assert.Contains("Dana Whitfield (Branch Deputy) is the meetings", list);
        Assert.Contains("Not yet invited to the last meeting", list);

        // Noor schedules the next meeting and invites the guest; a second press sends nothing.
        var noor = await app.LoginAsync(DemoUsers.Peer);
        var meetings = $"/Sessions?matchId={team}";
        Assert.Equal(HttpStatusCode.Redirect, (await noor.PostFormAsync("/Sessions/Schedule",
            SessionTestData.Form(team, "2026-03-18", "14:00"), $"/Sessions/Schedule?matchId={team}")).StatusCode);
        var meeting = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == team).OrderByDescending(s => s.StartsAtUtc).Select(s => s.Id).FirstAsync());
        Assert.Contains("Invite the meetings' guest, Dana Whitfield, Branch Deputy, to your last meeting", WebUtility.HtmlDecode(await noor.GetStringAsync(meetings)));
        await noor.PostFormAsync($"/Sessions/InviteGuest/{meeting}", [], meetings);
        var invitation = await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(x => x.Address == "dana.whitfield@example.org"));
        Assert.StartsWith("Invitation: peer coaching meeting, Wed 18 Mar 2026", invitation.Subject);
        Assert.Contains("Noor Haddad", invitation.TextBody);
        Assert.DoesNotContain("/Sessions", invitation.TextBody);   // no link into the app: the guest has no login
        Assert.Contains(invitation.Attachments, a => a.ContentType.MimeType == "text/calendar");
        var again = await noor.PostFormAsync($"/Sessions/InviteGuest/{meeting}", [], meetings);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("The guest was already invited to this meeting. Nobody was emailed.", WebUtility.HtmlDecode(await noor.GetStringAsync(meetings)));
        Assert.Contains("Guest: Dana Whitfield, Branch Deputy", await noor.GetStringAsync(meetings));
        Assert.DoesNotContain("Not yet invited to the last meeting", await director.GetStringAsync(teams));

        // A move reaches the guest with the updated invitation.
        await noor.PostFormAsync($"/Sessions/Reschedule/{meeting}", SessionTestData.Form(team, "2026-03-19", "14:00"), $"/Sessions/Reschedule/{meeting}");
        var moved = await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(x => x.Address == "dana.whitfield@example.org") && (m.Subject ?? "").StartsWith("Peer coaching meeting moved"));
        Assert.Contains("Thu 19 Mar 2026", moved.Subject);
        Assert.Equal(2, app.Smtp.Messages().Count(m => m.To.Mailboxes.Any(x => x.Address == "dana.whitfield@example.org")));
    }

    [Fact]
    public async Task Only_a_member_of_the_team_invites_the_guest_and_only_to_a_meeting_ahead()
    {
        var (_, team) = await HalfwayTeamAsync();
        var held = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == team && s.Status == Core.Sessions.SessionStatus.Held).Select(s => s.Id).FirstAsync());
        var noor = await app.LoginAsync(DemoUsers.Peer);
        await noor.PostFormAsync($"/Sessions/InviteGuest/{held}", [], $"/Sessions?matchId={team}");
        Assert.Contains("This session is held, so it cannot be given a guest.", WebUtility.HtmlDecode(await noor.GetStringAsync($"/Sessions?matchId={team}")));

        var omar = await app.LoginAsync("omar.farouk@example.org");   // last year's team
        Assert.Equal(HttpStatusCode.NotFound, (await omar.PostFormAsync($"/Sessions/InviteGuest/{held}", [], "/")).StatusCode);
        Denied.Assert(await (await app.LoginAsync(DemoUsers.Director)).PostFormAsync($"/Sessions/InviteGuest/{held}", [], "/"));
        Assert.False(await app.QueryAsync(db => db.CoachingSessions.AnyAsync(s => s.Id == held && s.GuestInvitedAtUtc != null)));
    }
}
