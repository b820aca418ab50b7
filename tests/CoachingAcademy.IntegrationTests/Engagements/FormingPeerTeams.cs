using System.Net;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>
/// Seed 004 on the demo's peer coaching circle: a team of four (Noor Haddad, Felix Grant, Maya Torres, Ivan Petrov)
/// halfway through its eight monthly topics, and three participants waiting for a team.
/// </summary>
public sealed class FormingPeerTeams(MailingApp app) : IClassFixture<MailingApp>
{
    private Task<int> CircleIdAsync() =>
        app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.PeerCircle).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    private Task<int> PersonAsync(string name) => app.QueryAsync(db => db.People.Where(p => p.FullName == name).Select(p => p.Id).SingleAsync());

    private Task<int> TeamOfAsync(string email) => app.QueryAsync(db => db.EngagementMembers
        .Where(x => x.Person.Email == email && x.Role == MemberRole.Peer).Select(x => x.MatchId).SingleAsync());

    private async Task<HttpResponseMessage> FormAsync(HttpClient director, int cohortId, params string[] names)
    {
        var fields = new List<(string, string)>();
        foreach (var name in names)
            fields.Add(("PeerIds", (await PersonAsync(name)).ToString()));
        return await director.PostRepeatedFormAsync($"/Cohorts/{cohortId}/Teams", fields, $"/Cohorts/{cohortId}/Teams");
    }

    [Fact]
    public async Task A_director_forms_a_team_of_three_each_member_is_told_and_the_same_form_sent_again_forms_no_second()
    {
        var cohortId = await CircleIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        // Teams are composed of accepted applicants: Aisha Bello's and Tom Becker's applications still wait for approvals.
        Assert.DoesNotContain("Aisha Bello", await director.GetStringAsync($"/Cohorts/{cohortId}/Teams"));
        var early = await FormAsync(director, cohortId, "Aisha Bello", "Tom Becker", "Lena Sorensen");
        FieldMessages.Assert(await early.Content.ReadAsStringAsync(), "PeerIds", "A team is composed of accepted applicants; not accepted yet: Aisha Bello, Tom Becker.");
        await PeerApplications.AcceptAsync(app, "aisha.bello@example.org", "tom.becker@example.org");
        Assert.Contains("Aisha Bello", await director.GetStringAsync($"/Cohorts/{cohortId}/Teams"));

        // The same form sent twice at once forms one team: the second finds the first.
        var both = await Task.WhenAll(FormAsync(director, cohortId, "Aisha Bello", "Tom Becker", "Lena Sorensen"),
            FormAsync(director, cohortId, "Aisha Bello", "Tom Becker", "Lena Sorensen"));
        var (formed, again) = (both[0], both[1]);

        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var teams = await app.QueryAsync(db => db.Matches.Where(m => m.CohortId == cohortId && m.ParticipantId == null)
            .Select(m => new { m.Status, Roles = m.Members.Select(x => x.Role).ToList(), Names = m.Members.Select(x => x.Person.FullName).ToList() }).ToListAsync());
        var team = Assert.Single(teams, t => t.Names.Contains("Aisha Bello"));
        Assert.Equal(MatchStatus.Proposed, team.Status);
        Assert.Equal([MemberRole.Peer, MemberRole.Peer, MemberRole.Peer], team.Roles);
        var asked = await app.Smtp.WaitForMessageAsync(m => m.Subject!.StartsWith("A peer coaching team is proposed for you in Peer Coaching Circle"));
        Assert.Equal(["aisha.bello@example.org", "lena.sorensen@example.org", "tom.becker@example.org"], asked.To.Mailboxes.Select(m => m.Address).Order());
        var page = await director.GetStringAsync($"/Cohorts/{cohortId}/Teams");
        Assert.Contains("Aisha Bello, Lena Sorensen, Tom Becker", page);
        Assert.Contains("Waiting for the consent of Aisha Bello, Lena Sorensen, Tom Becker", page);
        Assert.Contains("Every participant of this cohort is in a team.", page);

        // Each member consents in their own name; someone of another team finds nothing; the last consent forms the team.
        var teamId = await TeamOfAsync("aisha.bello@example.org");
        var consent = $"/Teams/{teamId}/Consent";
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(DemoUsers.Peer)).PostFormAsync(consent, [], "/")).StatusCode);
        foreach (var member in new[] { "aisha.bello@example.org", "tom.becker@example.org" })
            await (await app.LoginAsync(member)).PostFormAsync(consent, [], consent);
        Assert.Equal(MatchStatus.Proposed, await app.QueryAsync(db => db.Matches.Where(m => m.Id == teamId).Select(m => m.Status).SingleAsync()));
        Assert.Contains("Waiting for the consent of Lena Sorensen", await director.GetStringAsync($"/Cohorts/{cohortId}/Teams"));
        var lena = await app.LoginAsync("lena.sorensen@example.org");
        Assert.Contains("I consent to this team", await lena.GetStringAsync(consent));
        await lena.PostFormAsync(consent, [], consent);
        Assert.Equal(MatchStatus.Active, await app.QueryAsync(db => db.Matches.Where(m => m.Id == teamId).Select(m => m.Status).SingleAsync()));
        var told = await app.Smtp.WaitForMessageAsync(m => m.Subject!.StartsWith("Your peer coaching team in Peer Coaching Circle"));
        Assert.Equal(["aisha.bello@example.org", "lena.sorensen@example.org", "tom.becker@example.org"], told.To.Mailboxes.Select(m => m.Address).Order());

        // The team's calendar is prefilled: a meeting for each topic still ahead, on the cohort's day for it at two in the
        // afternoon, for two hours, facilitated by the members in turn (by name).
        var zone = await app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.TimeZoneId).SingleAsync());
        var today = Core.Common.ProgramTime.Today(app.Clock, zone);
        var ahead = await app.QueryAsync(db => db.Milestones.Where(m => m.CohortId == cohortId && m.DueDate > today).OrderBy(m => m.Order)
            .Select(m => new { m.Id, m.DueDate }).ToListAsync());
        var meetings = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == teamId).OrderBy(s => s.StartsAtUtc)
            .Select(s => new { s.MilestoneId, s.StartsAtUtc, s.DurationMinutes, s.Status, Facilitator = db.People.Where(p => p.Id == s.FacilitatorId).Select(p => p.FullName).Single() })
            .ToListAsync());
        Assert.Equal(ahead.Count, meetings.Count);
        Assert.True(meetings.Count >= 3);
        Assert.Equal(ahead.Select(m => (int?)m.Id), meetings.Select(m => m.MilestoneId));
        Assert.All(meetings, m => Assert.Equal((120, Core.Sessions.SessionStatus.Scheduled), (m.DurationMinutes, m.Status)));
        Assert.Equal(Core.Common.ProgramTime.ToUtc(ahead[0].DueDate!.Value.ToDateTime(new TimeOnly(14, 0)), zone), meetings[0].StartsAtUtc);
        Assert.Equal(["Aisha Bello", "Lena Sorensen", "Tom Becker"], meetings.Take(3).Select(m => m.Facilitator));
        var calendar = await (await app.LoginAsync("tom.becker@example.org")).GetStringAsync($"/Sessions?matchId={teamId}");
        Assert.Contains("Facilitator: Lena Sorensen", calendar);
    }

    [Fact]
    public async Task A_team_outside_the_rules_is_refused_in_words_next_to_the_members()
    {
        var cohortId = await CircleIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var before = await app.QueryAsync(db => db.Matches.CountAsync());

        var two = await FormAsync(director, cohortId, "Aisha Bello", "Tom Becker");
        FieldMessages.Assert(await two.Content.ReadAsStringAsync(), "PeerIds", "A team has 3 to 4 members; 2 are chosen.");
        var taken = await FormAsync(director, cohortId, "Aisha Bello", "Tom Becker", "Noor Haddad");
        // (Aisha Bello and Tom Becker may be in the team another test formed: the message names whoever is taken.)
        var takenHtml = await taken.Content.ReadAsStringAsync();
        FieldMessages.Assert(takenHtml, "PeerIds", "Already in a team of this cohort: ");
        Assert.Contains("Noor Haddad", FieldMessages.For(takenHtml, "PeerIds"));
        var outsider = await FormAsync(director, cohortId, "Aisha Bello", "Tom Becker", "Marcus Webb");
        FieldMessages.Assert(await outsider.Content.ReadAsStringAsync(), "PeerIds", "Choose participants of this cohort.");
        var none = await director.PostFormAsync($"/Cohorts/{cohortId}/Teams", [], $"/Cohorts/{cohortId}/Teams");
        FieldMessages.Assert(await none.Content.ReadAsStringAsync(), "PeerIds", "Tick the participants who form the team.");

        Assert.Equal(before, await app.QueryAsync(db => db.Matches.CountAsync()));
        var academy = await app.DemoCohortIdAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Cohorts/{academy}/Teams")).StatusCode);
        Denied.Assert(await (await app.LoginAsync(DemoUsers.Coach)).GetAsync($"/Cohorts/{cohortId}/Teams"));
    }

    [Fact]
    public async Task The_team_follows_its_monthly_topics_and_a_meeting_a_peer_schedules_invites_all_four()
    {
        var id = await TeamOfAsync(DemoUsers.Peer);
        var peer = await app.LoginAsync(DemoUsers.Peer);

        Assert.Contains("Your peer team", await peer.GetStringAsync("/"));
        var page = await peer.GetStringAsync($"/Sessions?matchId={id}");
        var statuses = EngagementPages.Steps(page).Select(r => r.Status);
        Assert.Equal(["Met", "Met", "Met", "Met", "Due soon", "Upcoming", "Upcoming", "Upcoming"], statuses);
        Assert.Contains("Coaching sessions with Felix Grant, Maya Torres and Ivan Petrov", page);
        Assert.Contains("Attended: Noor Haddad, Felix Grant, Maya Torres; absent: Ivan Petrov", page);

        var schedule = await peer.PostFormAsync("/Sessions/Schedule", new()
        {
            ["MatchId"] = id.ToString(), ["Date"] = "2026-03-30", ["Time"] = "14:00", ["DurationMinutes"] = "120", ["Form"] = "InPerson",
            ["Location"] = "Harbor Point Utilities, training room B", ["MilestoneId"] = "",
        }, $"/Sessions/Schedule?matchId={id}");

        Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        var invite = await app.Smtp.WaitForMessageAsync(m => m.Subject!.StartsWith("Coaching session scheduled: Mon 30 Mar 2026"));
        string[] team = ["felix.grant@example.org", "ivan.petrov@example.org", "maya.torres@example.org", DemoUsers.Peer];
        Assert.Equal(team, invite.To.Mailboxes.Select(m => m.Address).Order());
        var ics = EngagementPages.UnfoldedIcs(invite);
        Assert.All(team, member => Assert.Contains($"mailto:{member}", ics, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Noor Haddad, Felix Grant, Maya Torres and Ivan Petrov", invite.TextBody);
    }

    [Fact]
    public async Task Two_peers_logging_yesterdays_meeting_at_once_record_its_attendance_once()
    {
        var id = await TeamOfAsync(DemoUsers.Peer);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var meeting = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == id && s.Status == Core.Sessions.SessionStatus.Scheduled && s.StartsAtUtc < now)
            .Select(s => s.Id).SingleAsync());
        var noor = await app.LoginAsync(DemoUsers.Peer);
        var felix = await app.LoginAsync("felix.grant@example.org");

        var logged = await Task.WhenAll(
            noor.PostFormAsync($"/Sessions/Log/{meeting}", new() { ["Outcome"] = "Held" }, $"/Sessions?matchId={id}"),
            felix.PostFormAsync($"/Sessions/Log/{meeting}", new() { ["Outcome"] = "Held" }, $"/Sessions?matchId={id}"));

        Assert.All(logged, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(4, await app.QueryAsync(db => db.SessionAttendance.CountAsync(a => a.SessionId == meeting && a.Attended)));
    }

    [Fact]
    public async Task Nobody_outside_the_team_reaches_its_meetings()
    {
        var id = await TeamOfAsync(DemoUsers.Peer);
        foreach (var outsider in new[] { DemoUsers.Participant, "aisha.bello@example.org", DemoUsers.Coach, DemoUsers.Sponsor })
        {
            var client = await app.LoginAsync(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Sessions?matchId={id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Sessions/Schedule?matchId={id}")).StatusCode);
        }
    }
}

/// <summary>Seed 004: a member who declines a proposed team stops it from forming, and its members are free for another. On
/// a database of its own.</summary>
public sealed class DecliningAProposedTeam(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_team_does_not_form_the_others_are_told_and_the_director_can_propose_again()
    {
        var cohortId = await app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.PeerCircle).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var director = await app.LoginAsync(DemoUsers.Director);
        string[] emails = ["aisha.bello@example.org", "tom.becker@example.org", "lena.sorensen@example.org"];
        await PeerApplications.AcceptAsync(app, emails[..2]);
        var fields = new List<(string, string)>();
        foreach (var email in emails)
            fields.Add(("PeerIds", (await app.PersonIdAsync(email)).ToString()));
        await director.PostRepeatedFormAsync($"/Cohorts/{cohortId}/Teams", fields, $"/Cohorts/{cohortId}/Teams");
        var teamId = await app.QueryAsync(db => db.Matches.Where(m => m.CohortId == cohortId && m.Status == MatchStatus.Proposed).Select(m => m.Id).SingleAsync());

        var tom = await app.LoginAsync("tom.becker@example.org");
        await tom.PostFormAsync($"/Teams/{teamId}/Decline", [], $"/Teams/{teamId}/Consent");

        Assert.Equal(MatchStatus.Rejected, await app.QueryAsync(db => db.Matches.Where(m => m.Id == teamId).Select(m => m.Status).SingleAsync()));
        var told = await app.Smtp.WaitForMessageAsync(m => m.Subject!.StartsWith("The proposed peer team in Peer Coaching Circle"));
        Assert.Equal(["aisha.bello@example.org", "lena.sorensen@example.org"], told.To.Mailboxes.Select(m => m.Address).Order());
        Assert.Contains("Tom Becker declined to join the team.", await (await app.LoginAsync(emails[0])).GetStringAsync($"/Teams/{teamId}/Consent"));
        Assert.DoesNotContain("Every participant of this cohort is in a team.", await director.GetStringAsync($"/Cohorts/{cohortId}/Teams"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect,
            (await director.PostRepeatedFormAsync($"/Cohorts/{cohortId}/Teams", fields, $"/Cohorts/{cohortId}/Teams")).StatusCode);
        Assert.Equal(2, await app.QueryAsync(db => db.Matches.CountAsync(m => m.CohortId == cohortId && m.ParticipantId == null && m.Members.Any(x => x.Person.Email == emails[0]))));
    }
}
