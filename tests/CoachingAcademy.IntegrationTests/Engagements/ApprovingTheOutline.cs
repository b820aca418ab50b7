using System.Net;
using System.Text.RegularExpressions;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.IntegrationTests.Reminders;
using CoachingAcademy.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>What the seed 002 tests share: the demo's two management engagements and the outline's forms.</summary>
internal static partial class ManagementCoaching
{
    /// <summary>Elliot Vance: three sessions held, the third on Wed 25 Feb 2026, so the outline is due by Sat 7 Mar.</summary>
    public static Task<int> WaitingEngagementAsync(this AppFactory app) => app.EngagementOfAsync(DemoUsers.Client);

    /// <summary>Marisol Reyes: outline 1 approved (four more sessions), five of seven held, the sixth booked.</summary>
    public static Task<int> ApprovedEngagementAsync(this AppFactory app) => app.EngagementOfAsync("marisol.reyes@example.org");

    private static Task<int> EngagementOfAsync(this AppFactory app, string client) =>
        app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == client && m.Status == MatchStatus.Active).Select(m => m.Id).SingleAsync());

    public static Dictionary<string, string> Outline(int more, int weeks, string reason) =>
        new() { ["AdditionalSessions"] = more.ToString(), ["PeriodWeeks"] = weeks.ToString(), ["Reason"] = reason };

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient coach, int matchId, Dictionary<string, string> outline) =>
        coach.PostFormAsync($"/Engagements/{matchId}/Outline", outline, $"/Engagements/{matchId}/Outline");

    [GeneratedRegex(@"https?://[^\s""<>]+/Outline/Review\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex ReviewLink();

    /// <summary>The path and query of the one-time link in an approver's email.</summary>
    public static string LinkIn(MimeMessage message) => new Uri(ReviewLink().Match(message.TextBody ?? "").Value).PathAndQuery;

    public static Task<SessionOutline> LatestOutlineAsync(this AppFactory app, int matchId) =>
        app.QueryAsync(db => db.SessionOutlines.AsNoTracking().Where(o => o.MatchId == matchId).OrderByDescending(o => o.Version).FirstAsync());
}

/// <summary>Seed 002: the coach's outline after the third session, approved in writing by the client's organisation.</summary>
public sealed class ApprovingTheOutline(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Reason = "Elliot is reorganising the dispatch team; six more sessions over twelve weeks would carry him through it.";

    [Fact]
    public async Task Without_an_approved_outline_no_fourth_session_is_booked_and_after_the_approver_signs_in_and_approves_it_one_is()
    {
        var id = await app.WaitingEngagementAsync();
        var client = await app.LoginAsync(DemoUsers.Client);
        var fourth = Sessions.SessionTestData.Form(id, "2026-03-20", "10:00");

        var refused = await client.PostFormAsync("/Sessions/Schedule", fourth, $"/Sessions/Schedule?matchId={id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The organisation has agreed to 3 sessions, and 3 are held and 0 booked. Further sessions need the organisation&#x27;s written approval",
            await refused.Content.ReadAsStringAsync());
        Assert.Equal(3, await app.QueryAsync(db => db.CoachingSessions.CountAsync(s => s.MatchId == id)));

        var coach = await app.LoginAsync(DemoUsers.ManagementCoach);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitAsync(id, ManagementCoaching.Outline(6, 12, Reason))).StatusCode);
        var again = await coach.SubmitAsync(id, ManagementCoaching.Outline(6, 12, Reason));   // a double click
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.SessionOutlines.CountAsync(o => o.MatchId == id)));
        await app.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains(DemoUsers.Approver) && m.Subject == "Your approval is asked: Elliot Vance's coaching with Harper Quinn");
        refused = await client.PostFormAsync("/Sessions/Schedule", fourth, $"/Sessions/Schedule?matchId={id}");
        Assert.Contains("waits for the organisation&#x27;s written approval", await refused.Content.ReadAsStringAsync());

        var approver = await app.LoginAsync(DemoUsers.Approver);
        var approverHome = await approver.GetStringAsync("/");
        Assert.Contains("The coach's outline waits for your approval: 6 additional sessions over 12 weeks.", approverHome);
        var page = await approver.GetStringAsync($"/Engagements/{id}/Outline");
        Assert.Contains(Reason, page);
        Assert.DoesNotContain("Submit the outline", page);
        var outline = await app.LatestOutlineAsync(id);
        var decided = await approver.PostFormAsync($"/Engagements/{id}/Outline/{outline.Id}/Decide",
            new() { ["Approve"] = "true", ["Comment"] = "Agreed for the dispatch reorganisation." }, $"/Engagements/{id}/Outline");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        outline = await app.LatestOutlineAsync(id);
        Assert.Equal(OutlineDecision.Approved, outline.Decision);
        Assert.Equal("Simone Ward", outline.DecidedByName);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, outline.DecidedAtUtc);
        Assert.False(outline.DecidedThroughLink);
        var told = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Outline approved: Harper Quinn and Elliot Vance");
        Assert.Contains("9 sessions are now planned in all", told.TextBody);
        Assert.Contains("Agreed for the dispatch reorganisation.", told.TextBody);
        Assert.Contains("9 sessions: the initial 3 and 6 more (outline 1)", await client.GetStringAsync($"/Engagements/{id}/Outline"));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Sessions/Schedule", fourth, $"/Sessions/Schedule?matchId={id}")).StatusCode);
        Assert.Equal(4, await app.QueryAsync(db => db.CoachingSessions.CountAsync(s => s.MatchId == id && s.Status == SessionStatus.Scheduled || s.MatchId == id && s.Status == SessionStatus.Held)));
    }

    [Fact]
    public async Task A_changed_outline_needs_a_new_approval_and_until_then_the_one_approved_before_stands()
    {
        var id = await app.ApprovedEngagementAsync();
        var coach = await app.LoginAsync(DemoUsers.ManagementCoach);
        var client = await app.LoginAsync("marisol.reyes@example.org");

        // Seven agreed, five held and one booked: one more may be booked, and then no more.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Sessions/Schedule", Sessions.SessionTestData.Form(id, "2026-03-16", "09:00"),
            $"/Sessions/Schedule?matchId={id}")).StatusCode);
        var eighth = Sessions.SessionTestData.Form(id, "2026-03-30", "09:00");
        Assert.Contains("The organisation has agreed to 7 sessions, and 5 are held and 2 booked. More sessions need a changed outline",
            await (await client.PostFormAsync("/Sessions/Schedule", eighth, $"/Sessions/Schedule?matchId={id}")).Content.ReadAsStringAsync());

        await coach.SubmitAsync(id, ManagementCoaching.Outline(6, 16, "The new rota needs two more sessions to settle."));
        var page = await client.GetStringAsync($"/Engagements/{id}/Outline");
        Assert.Contains("7 sessions: the initial 3 and 4 more (outline 1)", page);
        Assert.Contains("Outline 2 waits for the organisation's approval.", page);
        Assert.Contains("The organisation has agreed to 7 sessions",
            await (await client.PostFormAsync("/Sessions/Schedule", eighth, $"/Sessions/Schedule?matchId={id}")).Content.ReadAsStringAsync());

        var approver = await app.LoginAsync(DemoUsers.Approver);
        var second = await app.LatestOutlineAsync(id);
        await approver.PostFormAsync($"/Engagements/{id}/Outline/{second.Id}/Decide", new() { ["Approve"] = "true" }, $"/Engagements/{id}/Outline");
        Assert.Contains("9 sessions: the initial 3 and 6 more (outline 2)", await client.GetStringAsync($"/Engagements/{id}/Outline"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Sessions/Schedule", eighth, $"/Sessions/Schedule?matchId={id}")).StatusCode);
        Assert.Equal([OutlineDecision.Approved, OutlineDecision.Approved],
            await app.QueryAsync(db => db.SessionOutlines.Where(o => o.MatchId == id).OrderBy(o => o.Version).Select(o => o.Decision).ToListAsync()));
    }

}

/// <summary>Seed 002: who may submit and decide an outline, and what bad input gets; on a database of its own.</summary>
public sealed class GuardingTheOutline(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_outline_is_the_coachs_to_submit_and_the_approvers_to_decide_and_bad_input_is_answered_next_to_the_field()
    {
        var id = await app.WaitingEngagementAsync();
        var before = await app.QueryAsync(db => db.SessionOutlines.CountAsync(o => o.MatchId == id));
        var client = await app.LoginAsync(DemoUsers.Client);
        var approver = await app.LoginAsync(DemoUsers.Approver);
        var otherCoach = await app.LoginAsync(DemoUsers.Coach);
        var sponsor = await app.LoginAsync(DemoUsers.Sponsor);

        // The client and the approver read the plan, but neither submits; a coach of another engagement and a sponsor find nothing.
        Assert.Contains("The coach's outline", await client.GetStringAsync($"/Engagements/{id}/Outline"));
        Denied.Assert(await client.SubmitAsync(id, ManagementCoaching.Outline(2, 4, "Client writes")));
        Denied.Assert(await approver.SubmitAsync(id, ManagementCoaching.Outline(2, 4, "Approver writes")));
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync($"/Engagements/{id}/Outline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.PostFormAsync($"/Engagements/{id}/Outline", ManagementCoaching.Outline(2, 4, "Other coach writes"), "/")).StatusCode);
        Denied.AssertNotReached(await sponsor.GetAsync($"/Engagements/{id}/Outline"));
        Assert.False(await app.QueryAsync(db => db.SessionOutlines.AnyAsync(o => o.Reason.EndsWith("writes"))));

        var coach = await app.LoginAsync(DemoUsers.ManagementCoach);
        var bad = await (await coach.SubmitAsync(id, ManagementCoaching.Outline(-1, 0, ""))).Content.ReadAsStringAsync();
        FieldMessages.Assert(bad, "AdditionalSessions", "Outline 0 to 50 additional sessions.");
        FieldMessages.Assert(bad, "PeriodWeeks", "The period is 1 to 104 weeks.");
        FieldMessages.Assert(bad, "Reason", "Say why these sessions are needed");
        var huge = await (await coach.SubmitAsync(id, ManagementCoaching.Outline(2, 4, new string('x', 100_000)))).Content.ReadAsStringAsync();
        FieldMessages.Assert(huge, "Reason", "The reason has at most 2000 characters.");
        Assert.Equal(before, await app.QueryAsync(db => db.SessionOutlines.CountAsync(o => o.MatchId == id)));

        // An approver's decision carries a comment of a sensible length, and an outline of another engagement is not theirs to reach.
        await coach.SubmitAsync(id, ManagementCoaching.Outline(2, 4, "<script>alert(1)</script> two more"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; two more", await approver.GetStringAsync($"/Engagements/{id}/Outline"));
        var outline = await app.LatestOutlineAsync(id);
        var longComment = await approver.PostFormAsync($"/Engagements/{id}/Outline/{outline.Id}/Decide",
            new() { ["Approve"] = "false", ["Comment"] = new string('y', 1001) }, $"/Engagements/{id}/Outline");
        FieldMessages.Assert(await longComment.Content.ReadAsStringAsync(), "Comment", "A comment has at most 1000 characters.");
        var other = await app.ApprovedEngagementAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await approver.PostFormAsync($"/Engagements/{other}/Outline/{outline.Id}/Decide",
            new() { ["Approve"] = "true" }, $"/Engagements/{other}/Outline")).StatusCode);
        Assert.Equal(OutlineDecision.Pending, (await app.LatestOutlineAsync(id)).Decision);
    }

    [Fact]
    public async Task An_approver_of_another_organisation_reaches_neither_the_plan_nor_the_decision()
    {
        var id = await app.WaitingEngagementAsync();
        var coach = await app.LoginAsync(DemoUsers.ManagementCoach);
        await coach.SubmitAsync(id, ManagementCoaching.Outline(3, 6, "Three more."));
        var outline = await app.LatestOutlineAsync(id);
        var stranger = await app.LoginAsync(await EastportApproverAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Engagements/{id}/Outline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync($"/Engagements/{id}/Outline/{outline.Id}/Decide",
            new() { ["Approve"] = "true" }, "/")).StatusCode);
        Assert.Equal(OutlineDecision.Pending, (await app.LatestOutlineAsync(id)).Decision);
    }

    /// <summary>The approver of Eastport Water Board, whose engagement in the management cohort is their own.</summary>
    private async Task<string> EastportApproverAsync()
    {
        const string email = "eastport.approver@example.org";
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is not null)
            return email;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var eastport = new Agency("Eastport Water Board", "hr@eastport.example.org");
        var approver = new Person("Noel Brandt", email, "Chief People Officer", PositionLevel.DepartmentHead, eastport);
        var client = new Person("Ada Finch", "ada.finch@example.org", "Plant Manager", PositionLevel.SeniorManager, eastport);
        db.People.AddRange(approver, client);
        var cohort = await db.Cohorts.Include(c => c.Enrollments).SingleAsync(c => c.Rules.OrganisationApproves);
        cohort.Enroll(client, Core.Cohorts.EnrollmentRole.Participant, app.Clock.GetUtcNow().UtcDateTime);
        var coach = await db.People.SingleAsync(p => p.Email == DemoUsers.ManagementCoach);
        await db.SaveChangesAsync();
        var match = new Core.Matching.Match(cohort.Id, client, coach, MatchSource.Director, null, app.Clock.GetUtcNow().UtcDateTime);
        match.AddMember(approver, MemberRole.OrganisationApprover, app.Clock.GetUtcNow().UtcDateTime);
        match.Approve(null, [], app.Clock.GetUtcNow().UtcDateTime);
        db.Matches.Add(match);
        await db.SaveChangesAsync();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = approver.Id };
        Assert.True((await users.CreateAsync(user, DemoUsers.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.OrganisationApprover)).Succeeded);
        return email;
    }
}

/// <summary>Seed 002 through the approver's one-time link, on a database of its own as the clock moves.</summary>
public sealed class ApprovingThroughTheEmailedLink(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_link_decides_once_records_who_and_when_and_is_refused_when_used_replaced_or_expired()
    {
        var id = await app.WaitingEngagementAsync();
        var coach = await app.LoginAsync(DemoUsers.ManagementCoach);
        await coach.SubmitAsync(id, ManagementCoaching.Outline(4, 8, "Four more over eight weeks."));
        var first = ManagementCoaching.LinkIn(await app.Smtp.WaitForMessageAsync(m => (m.Subject ?? "").StartsWith("Your approval is asked") && (m.TextBody ?? "").Contains("Four more")));
        var anonymous = app.CreateBrowserlessClient();

        var page = await anonymous.GetStringAsync(first);
        Assert.Contains("4 additional sessions over 8 weeks", page);
        Assert.Contains("For Simone Ward, the organisation's approver.", page);
        var decided = await anonymous.PostFormAsync(first, new() { ["Approve"] = "false", ["Comment"] = "Not before the budget review." }, first);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("You declined outline 1.", await decided.Content.ReadAsStringAsync());
        var outline = await app.LatestOutlineAsync(id);
        Assert.Equal((OutlineDecision.Declined, "Simone Ward", true, "Not before the budget review."),
            (outline.Decision, outline.DecidedByName, outline.DecidedThroughLink, outline.Comment));

        // Used: the link, followed or posted again, says so and changes nothing.
        var reused = await anonymous.GetAsync(first);
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        Assert.Contains("This link has already been used.", await reused.Content.ReadAsStringAsync());
        var reposted = await anonymous.PostFormAsync(first, new() { ["Approve"] = "true" }, "/Account/Login");
        Assert.Equal(HttpStatusCode.Gone, reposted.StatusCode);
        Assert.Equal(OutlineDecision.Declined, (await app.LatestOutlineAsync(id)).Decision);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/Outline/Review?token=not-a-token")).StatusCode);

        // Replaced: the link to an outline the coach has changed since opens nothing.
        await coach.SubmitAsync(id, ManagementCoaching.Outline(2, 6, "Two more over six weeks."));
        var second = ManagementCoaching.LinkIn(await app.Smtp.WaitForMessageAsync(m => (m.Subject ?? "").StartsWith("Your approval is asked") && (m.TextBody ?? "").Contains("Two more")));
        await coach.SubmitAsync(id, ManagementCoaching.Outline(3, 6, "Three more over six weeks."));
        var replaced = await anonymous.GetAsync(second);
        Assert.Equal(HttpStatusCode.Gone, replaced.StatusCode);
        Assert.Contains("The coach has submitted a newer outline since this one", await replaced.Content.ReadAsStringAsync());

        // Expired: fourteen days on, the newest link no longer works either.
        var third = ManagementCoaching.LinkIn(await app.Smtp.WaitForMessageAsync(m => (m.Subject ?? "").StartsWith("Your approval is asked") && (m.TextBody ?? "").Contains("Three more")));
        app.Clock.Advance(TimeSpan.FromDays(ApprovalLink.ValidDays));
        var expired = await anonymous.GetAsync(third);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("This link has expired", await expired.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.PostFormAsync(third, new() { ["Approve"] = "true" }, "/Account/Login")).StatusCode);
        Assert.Equal(OutlineDecision.Pending, (await app.LatestOutlineAsync(id)).Decision);
    }
}

/// <summary>Seed 002's ten days, on a database of its own as the clock moves through the change to daylight saving time.</summary>
public sealed class KeepingTheOutlinesTenDays(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_outline_is_due_ten_local_days_after_the_third_session_reminded_before_and_overdue_after_across_the_clock_change()
    {
        var id = await app.WaitingEngagementAsync();
        var coach = await app.LoginAsync(DemoUsers.ManagementCoach);
        const string Overdue = "The outline for Elliot Vance is overdue";

        // Mon 2 Mar, 9:00 in Los Angeles: the third session was on Wed 25 Feb, so the outline is due by Sat 7 Mar.
        Assert.Contains("by Sat 7 Mar 2026 (in 5 days)", await coach.GetStringAsync($"/Engagements/{id}/Outline"));
        await app.ScanAsync();
        Assert.DoesNotContain(await OutboxKindsAsync(), k => k.StartsWith("Outline"));

        // Wed 4 Mar: three days before, the coach is reminded once.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero));
        await app.ScanAsync();
        await app.ScanAsync();
        Assert.Equal(["OutlineDue"], await OutboxKindsAsync());
        var due = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Management Coaching 2026: the outline for Elliot Vance is due by Sat 7 Mar");
        Assert.Equal(DemoUsers.ManagementCoach, due.To.Mailboxes.Single().Address);

        // Sat 7 Mar, 23:59 in Los Angeles (07:59 UTC on the 8th): day 10, still on time.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 8, 7, 59, 0, TimeSpan.Zero));
        await app.ScanAsync();
        Assert.Equal(["OutlineDue"], await OutboxKindsAsync());
        Assert.DoesNotContain(Overdue, await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync("/"));

        // Sun 8 Mar, 00:01 in Los Angeles: day 11, overdue on the director's to-do, and the coach is told once.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 8, 8, 1, 0, TimeSpan.Zero));
        Assert.Contains(Overdue, await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync("/"));
        await app.ScanAsync();
        Assert.Equal(["OutlineDue", "OutlineOverdue"], await OutboxKindsAsync());
        coach = await app.LoginAsync(DemoUsers.ManagementCoach);
        Assert.Contains("Overdue", await coach.GetStringAsync($"/Engagements/{id}/Outline"));

        // After the clocks go forward (10:00 PDT), the same day is still the eleventh: no second notice.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 8, 17, 0, 0, TimeSpan.Zero));
        await app.ScanAsync();
        Assert.Equal(["OutlineDue", "OutlineOverdue"], await OutboxKindsAsync());

        // Submitted: nothing is owed any more.
        coach = await app.LoginAsync(DemoUsers.ManagementCoach);
        await coach.SubmitAsync(id, ManagementCoaching.Outline(2, 4, "Two more."));
        Assert.DoesNotContain(Overdue, await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync("/"));
    }

    private Task<List<string>> OutboxKindsAsync() =>
        app.QueryAsync(db => db.OutgoingEmails.Where(e => e.Kind.StartsWith("Outline") && e.Kind != "OutlineSubmitted").OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
}

/// <summary>Seed 002's end, on a database of its own as the clock moves.</summary>
public sealed class ClosingWhenThePlannedSessionsAreHeld(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_last_planned_session_logged_held_closes_the_engagement_and_the_client_is_asked_for_the_assessment()
    {
        var id = await app.ApprovedEngagementAsync();
        var client = await app.LoginAsync("marisol.reyes@example.org");
        await client.PostFormAsync("/Sessions/Schedule", Sessions.SessionTestData.Form(id, "2026-03-16", "09:00"), $"/Sessions/Schedule?matchId={id}");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 17, 18, 0, 0, TimeSpan.Zero));
        var coach = await app.LoginAsync(DemoUsers.ManagementCoach);
        client = await app.LoginAsync("marisol.reyes@example.org");
        var booked = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == id && s.Status == SessionStatus.Scheduled)
            .OrderBy(s => s.StartsAtUtc).Select(s => s.Id).ToListAsync());
        Assert.Equal(2, booked.Count);

        await coach.PostFormAsync($"/Sessions/Log/{booked[0]}", new() { ["outcome"] = "Held" }, $"/Sessions?matchId={id}");
        Assert.Equal(MatchStatus.Active, await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
        await coach.PostFormAsync($"/Sessions/Log/{booked[1]}", new() { ["outcome"] = "Held" }, $"/Sessions?matchId={id}");

        var match = await app.QueryAsync(db => db.Matches.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal((MatchStatus.Ended, MatchParty.Program), (match.Status, match.EndedBy));
        await app.Smtp.WaitForMessageAsync(m => m.Subject == "Coaching complete: Harper Quinn and Marisol Reyes");
        Assert.Contains("the planned sessions are held", await client.GetStringAsync($"/Matches/Details/{id}"));

        await Surveys.SurveyTestSupport.ScanSurveysAsync(app);
        var asked = await app.QueryAsync(db => db.SurveyRequests.Where(r => r.MatchId == id && r.About == $"match:{id}")
            .Select(r => new { r.Moment.Template.Name, Person = db.People.Where(p => p.Id == r.PersonId).Select(p => p.Email).Single() }).ToListAsync());
        Assert.Equal("End-of-series assessment", Assert.Single(asked).Name);
        Assert.Equal("marisol.reyes@example.org", asked[0].Person);
    }
}
