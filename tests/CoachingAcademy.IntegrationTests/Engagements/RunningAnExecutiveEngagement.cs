using System.Net;
using System.Text.RegularExpressions;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>
/// Seed 003 on the demo's executive engagement: coach Robin Achebe, leader Chris Donovan and sponsor Pat Lindgren,
/// started 175 days before the demo's today, at its mid-program review.
/// </summary>
public sealed class RunningAnExecutiveEngagement(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Coach = DemoUsers.ExecutiveCoach;
    private const string Leader = DemoUsers.Leader;
    private const string Sponsor = DemoUsers.Sponsor;

    private Task<int> EngagementIdAsync() => app.ExecutiveEngagementIdAsync();

    [Fact]
    public async Task The_sponsor_follows_the_eight_steps_dated_from_the_start_and_sees_who_attended_but_no_note()
    {
        var id = await EngagementIdAsync();
        var sponsor = await app.LoginAsync(Sponsor);

        var home = await sponsor.GetStringAsync("/");
        Assert.Contains("Sponsor of Chris Donovan&#x27;s coaching with Robin Achebe", home);
        var page = await sponsor.GetStringAsync($"/Sessions?matchId={id}");

        var rows = EngagementPages.Steps(page);
        Assert.Equal(8, rows.Count);
        Assert.Equal(["Met", "Met", "Met", "Met", "Met", "Met", "Due soon", "Upcoming"], rows.Select(r => r.Status));
        Assert.Equal("Three-way meeting", rows[0].Kind);
        // Started Sat 7 Sep 2025 (175 days before Mon 2 Mar 2026): the mid-program review is due 180 days after.
        Assert.Equal("by Sat 7 Mar 2026", rows[6].Due);
        // Six step sessions held, the sponsor at the two three-way meetings; then six coaching meetings of the pair.
        var attended = Regex.Matches(page, "Attended: [^<]+").Select(m => m.Value).ToList();
        const string all = "Attended: Robin Achebe, Chris Donovan, Pat Lindgren", pair = "Attended: Robin Achebe, Chris Donovan; absent: Pat Lindgren";
        const string meeting = "Attended: Robin Achebe, Chris Donovan";   // a coaching meeting of the two alone
        Assert.Equal([meeting, meeting, meeting, meeting, meeting, meeting, pair, all, pair, pair, pair, all], attended);   // newest first
        Assert.DoesNotContain("My private note", page);
        Assert.DoesNotContain("Schedule a session", page);

        var session = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == id && s.Status == SessionStatus.Held).Select(s => s.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await sponsor.GetAsync($"/Sessions/Note/{session}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sponsor.GetAsync($"/Sessions/Schedule?matchId={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await sponsor.PostFormAsync($"/Sessions/Note/{session}", new() { ["Text"] = "Sponsor was here" }, $"/Sessions?matchId={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await sponsor.PostFormAsync($"/Sessions/Log/{session}", new() { ["outcome"] = "NotHeld" }, $"/Sessions?matchId={id}")).StatusCode);
        Assert.False(await app.QueryAsync(db => db.SessionNotes.AnyAsync(n => n.Text == "Sponsor was here")));
    }

    [Fact]
    public async Task A_director_names_a_sponsor_who_is_invited_and_without_one_the_engagement_cannot_be_approved()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var cohortId = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == Leader).Select(m => m.CohortId).SingleAsync());
        var (leaderId, coachId) = await app.QueryAsync(async db => (
            await db.People.Where(p => p.Email == "grace.okafor@example.org").Select(p => p.Id).SingleAsync(),
            await db.People.Where(p => p.Email == Coach).Select(p => p.Id).SingleAsync()));
        await app.QueryAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.Enrollments).SingleAsync(c => c.Id == cohortId);
            cohort.Enroll(await db.People.SingleAsync(p => p.Id == leaderId), Core.Cohorts.EnrollmentRole.Participant, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var proposed = await director.PostFormAsync("/Matches/Propose", new()
        {
            ["CohortId"] = cohortId.ToString(), ["ParticipantId"] = leaderId.ToString(), ["CoachId"] = coachId.ToString(),
        }, $"/Matches/Propose?cohortId={cohortId}");
        var id = int.Parse(proposed.Headers.Location!.OriginalString.Split('/')[^1]);

        var details = await director.GetStringAsync($"/Matches/Details/{id}");
        Assert.Contains("No sponsor is named yet: name the sponsor before the engagement starts.", details);
        var token = await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.ConcurrencyToken).SingleAsync());
        await director.PostFormAsync($"/Approvals/Approve/{id}?cohortId={cohortId}", new() { ["Token"] = token.ToString() }, tokenPage: "/");
        Assert.Equal(MatchStatus.Proposed, await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));

        var bad = await director.PostFormAsync($"/Matches/Sponsor/{id}", new() { ["FullName"] = "Kim Osei", ["Email"] = "not an address" }, $"/Matches/Sponsor/{id}");
        FieldMessages.Assert(await bad.Content.ReadAsStringAsync(), "Email", "Enter an email address such as name@example.org.");
        var form = new Dictionary<string, string> { ["FullName"] = "Kim Osei", ["Email"] = "kim.osei@example.org", ["Title"] = "Chief of Staff" };
        var named = await director.PostFormAsync($"/Matches/Sponsor/{id}", form, $"/Matches/Sponsor/{id}");
        var again = await director.PostFormAsync($"/Matches/Sponsor/{id}", form, $"/Matches/Sponsor/{id}");

        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.EngagementMembers.CountAsync(x => x.MatchId == id && x.Role == MemberRole.Sponsor)));
        var link = await Invitations.WaitForLinkAsync(app.Smtp, "kim.osei@example.org");
        Assert.Contains("/Account/SetPassword", link);
        await app.Smtp.WaitForMessageAsync(m => m.Subject == "You sponsor Grace Okafor's coaching with Robin Achebe");

        token = await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.ConcurrencyToken).SingleAsync());
        await director.PostFormAsync($"/Approvals/Approve/{id}?cohortId={cohortId}", new() { ["Token"] = token.ToString() }, tokenPage: "/");
        Assert.Equal(MatchStatus.Active, await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Only_directors_name_sponsors_and_only_where_the_cohort_has_them()
    {
        var id = await EngagementIdAsync();
        var coach = await app.LoginAsync(Coach);
        Denied.Assert(await coach.GetAsync($"/Matches/Sponsor/{id}"));
        Denied.Assert(await coach.PostFormAsync($"/Matches/Sponsor/{id}", new() { ["FullName"] = "X", ["Email"] = "x@example.org" }, $"/Sessions?matchId={id}"));

        var academyMatch = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == "marcus.webb@example.org").Select(m => m.Id).FirstAsync());
        var director = await app.LoginAsync(DemoUsers.Director);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Matches/Sponsor/{academyMatch}")).StatusCode);
    }

}

/// <summary>The demo's executive engagement meets: on its own database, as it moves the clock.</summary>
public sealed class MeetingInAnExecutiveEngagement(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Coach = DemoUsers.ExecutiveCoach;
    private const string Leader = DemoUsers.Leader;
    private const string Sponsor = DemoUsers.Sponsor;

    [Fact]
    public async Task A_session_the_leader_schedules_invites_all_three_and_the_coach_records_who_attended()
    {
        var id = await app.ExecutiveEngagementIdAsync();
        var leader = await app.LoginAsync(Leader);
        var review = await app.QueryAsync(db => db.Milestones.Where(m => m.Name == "End-of-program review").Select(m => m.Id).SingleAsync());

        var schedule = await leader.PostFormAsync("/Sessions/Schedule", new()
        {
            ["MatchId"] = id.ToString(), ["Date"] = "2026-03-11", ["Time"] = "09:30", ["DurationMinutes"] = "90", ["Form"] = "InPerson",
            ["Location"] = "Lakemont County Administration, room 310", ["MilestoneId"] = review.ToString(),
        }, $"/Sessions/Schedule?matchId={id}");

        Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        var invite = await app.Smtp.WaitForMessageAsync(m => m.Subject!.StartsWith("Coaching session scheduled: Wed 11 Mar 2026"));
        Assert.Equal(new[] { Coach, Leader, Sponsor }.Order(), invite.To.Mailboxes.Select(m => m.Address).Order());
        var ics = EngagementPages.UnfoldedIcs(invite);
        foreach (var member in new[] { Coach, Leader, Sponsor })
            Assert.Contains($"mailto:{member}", ics, StringComparison.OrdinalIgnoreCase);

        var session = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == id).OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync());
        app.Clock.Advance(TimeSpan.FromDays(9) + TimeSpan.FromHours(12));
        var coach = await app.LoginAsync(Coach);
        var people = await app.QueryAsync(db => db.People.Where(p => p.Email == Coach || p.Email == Leader).Select(p => p.Id).ToListAsync());
        var logged = await coach.PostRepeatedFormAsync($"/Sessions/Log/{session}",
            [("outcome", "Held"), ("attended", people[0].ToString()), ("attended", people[1].ToString())], $"/Sessions?matchId={id}");

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var attendance = await app.QueryAsync(db => db.SessionAttendance.Where(a => a.SessionId == session)
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { p.Email, a.Attended }).ToListAsync());
        Assert.Equal([(Coach, true), (Leader, true), (Sponsor, false)],
            attendance.OrderBy(a => a.Email == Coach ? 0 : a.Email == Leader ? 1 : 2).Select(a => (a.Email, a.Attended)));
        var page = await coach.GetStringAsync($"/Sessions?matchId={id}");
        Assert.Contains("Logged as held, with who attended.", page);
    }
}

internal static class ExecutiveDemo
{
    public static Task<int> ExecutiveEngagementIdAsync(this AppFactory app) =>
        app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == DemoUsers.Leader && m.Status == MatchStatus.Active).Select(m => m.Id).SingleAsync());
}
