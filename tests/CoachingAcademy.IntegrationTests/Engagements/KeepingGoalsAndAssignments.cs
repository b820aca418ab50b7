using System.Net;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>A fresh app for the goals and assignments tests, whose clock they move.</summary>
public sealed class GoalsApp : AppFactory;

/// <summary>
/// Seed 002's goals and assignments: the client names a challenge and sets goals, coach and client mark them met and keep
/// their assignments; the director and the organisation's approver see only how many goals are met, and nobody but the pair
/// reaches the pages.
/// </summary>
public sealed class KeepingGoalsAndAssignments(GoalsApp app) : IClassFixture<GoalsApp>
{
    private const string Coach = DemoUsers.Coach;              // Dana Whitfield
    private const string Client = DemoUsers.Participant;       // Jordan Blake
    private const string OtherCoach = "morgan.ellery@example.org";
    private const string OtherClient = "riley.santos@example.org";

    /// <summary>The demo's management engagement: Elliot Vance with Harper Quinn, Simone Ward the approver.</summary>
    private Task<int> DemoEngagementAsync() => app.QueryAsync(db => db.Matches
        .Where(m => m.Participant!.Email == DemoUsers.Client && m.Status == MatchStatus.Active).Select(m => m.Id).SingleAsync());

    /// <summary>A new active management engagement of two demo logins, with no goals yet. A participant has one active
    /// engagement per cohort, so each test brings its own client.</summary>
    private Task<int> NewEngagementAsync(string client, string coach) => app.QueryAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var cohortId = await db.Cohorts.Where(c => c.Kind == Core.Cohorts.ProgramKind.ManagementCoaching).Select(c => c.Id).SingleAsync();
        var match = new Match(cohortId, await db.People.SingleAsync(p => p.Email == client), await db.People.SingleAsync(p => p.Email == coach),
            MatchSource.Director, null, now);
        match.Approve(1, [], now);
        db.Matches.Add(match);
        await db.SaveChangesAsync();
        return match.Id;
    });

    private Task<DateOnly> TodayAsync() => app.QueryAsync(async db =>
        ProgramTime.Today(app.Clock, await db.Cohorts.Where(c => c.Kind == Core.Cohorts.ProgramKind.ManagementCoaching).Select(c => c.TimeZoneId).SingleAsync()));

    [Fact]
    public async Task The_client_sets_the_challenge_and_goals_the_coach_marks_one_met_and_the_director_sees_only_how_many()
    {
        var id = await NewEngagementAsync(Client, Coach);
        var client = await app.LoginAsync(Client);
        var goals = $"/Engagements/{id}/Goals";
        Assert.Contains("No goals yet: set the specific goals", await client.GetStringAsync(goals));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{goals}/Challenge",
            new() { ["Challenge"] = "Leading the team I came from" }, goals)).StatusCode);
        // A double click on "Add" posts the form twice: one goal.
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(goals, new() { ["Text"] = "Delegate the weekly rota" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(goals, new() { ["Text"] = "Run a budget review without my manager" })).StatusCode);
        var saved = await app.QueryAsync(db => db.EngagementGoals.Where(g => g.MatchId == id).OrderBy(g => g.Position).ToListAsync());
        Assert.Equal(["Delegate the weekly rota", "Run a budget review without my manager"], saved.Select(g => g.Text));
        Assert.Equal([1, 2], saved.Select(g => g.Position));

        var coach = await app.LoginAsync(Coach);
        var coachPage = await coach.GetStringAsync(goals);
        Assert.Contains("Leading the team I came from", coachPage);
        Assert.Contains("Delegate the weekly rota", coachPage);
        Assert.DoesNotContain("Add the goal", coachPage);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"{goals}/{saved[0].Id}/Mark", new() { ["met"] = "true" }, goals)).StatusCode);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, await app.QueryAsync(db => db.EngagementGoals.Where(g => g.Id == saved[0].Id).Select(g => g.MetAtUtc).SingleAsync()));
        Assert.Contains("Met ", await client.GetStringAsync(goals));
        // The coach marks progress; the goals are the client's to set.
        var refused = await coach.PostFormAsync(goals, new() { ["Text"] = "A goal the coach sets" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The client sets the challenge and the goals", await refused.Content.ReadAsStringAsync());
        Assert.Equal(2, await app.QueryAsync(db => db.EngagementGoals.CountAsync(g => g.MatchId == id)));
        // A met goal stays as it is.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{goals}/{saved[0].Id}/Remove", [], goals)).StatusCode);
        Assert.Equal(2, await app.QueryAsync(db => db.EngagementGoals.CountAsync(g => g.MatchId == id)));

        var director = await app.LoginAsync(DemoUsers.Director);
        var details = await director.GetStringAsync($"/Matches/Details/{id}");
        Assert.Contains("2 goals, 1 met", details);
        Assert.DoesNotContain("Delegate the weekly rota", details);
        Assert.DoesNotContain("Leading the team I came from", details);
        Assert.DoesNotContain("Open the goals", details);
    }

    [Fact]
    public async Task The_organisations_approver_sees_how_many_goals_are_met_and_nobody_but_the_pair_reaches_the_pages()
    {
        var id = await DemoEngagementAsync();
        var approver = await app.LoginAsync(DemoUsers.Approver);
        var details = await approver.GetStringAsync($"/Matches/Details/{id}");
        Assert.Contains("3 goals, 1 met", details);
        Assert.DoesNotContain("direct reports", details);

        var paths = new[] { $"/Engagements/{id}/Goals", $"/Engagements/{id}/Assignments" };
        var goalId = await app.QueryAsync(db => db.EngagementGoals.Where(g => g.MatchId == id).Select(g => g.Id).FirstAsync());
        foreach (var email in new[] { DemoUsers.Approver, DemoUsers.Coach, DemoUsers.Participant, DemoUsers.ExecutiveCoach })
        {
            var other = await app.LoginAsync(email);
            foreach (var path in paths.Append($"/Engagements/{id}/Goals/{goalId}/Edit"))
                Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(paths[0], new() { ["Text"] = "Not my goal to set" }, "/")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"{paths[0]}/{goalId}/Mark", new() { ["met"] = "false" }, "/")).StatusCode);
        }
        Denied.Assert(await (await app.LoginAsync(DemoUsers.Director)).GetAsync(paths[0]));
        Assert.Equal(1, await app.QueryAsync(db => db.EngagementGoals.CountAsync(g => g.MatchId == id && g.MetAtUtc != null)));
        Assert.False(await app.QueryAsync(db => db.EngagementGoals.AnyAsync(g => g.Text == "Not my goal to set")));

        var client = await app.LoginAsync(DemoUsers.Client);
        var hub = await client.GetStringAsync($"/Sessions?matchId={id}");
        Assert.Contains("3 goals, 1 met", hub);
        Assert.Contains("Ask two direct reports for feedback", hub);            // the open assignment
        Assert.DoesNotContain("Draft a one-page responsibilities map", hub);    // the done one is on its own page
    }

    [Fact]
    public async Task An_assignment_not_done_by_its_day_shows_as_overdue_on_the_hub_page()
    {
        var id = await DemoEngagementAsync();
        var today = await TodayAsync();
        var client = await app.LoginAsync(DemoUsers.Client);
        var assignments = $"/Engagements/{id}/Assignments";
        var session = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == id).OrderByDescending(s => s.StartsAtUtc).Select(s => s.Id).FirstAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(assignments, new()
        {
            ["Text"] = "Write up the rota handover", ["DueOn"] = today.ToString("yyyy-MM-dd"), ["SessionId"] = session.ToString(),
        })).StatusCode);
        var hub = $"/Sessions?matchId={id}";
        var before = await client.GetStringAsync(hub);
        Assert.Contains("Write up the rota handover, due", before);
        Assert.DoesNotContain("Overdue", before);

        app.Clock.Advance(TimeSpan.FromDays(2));
        client = await app.LoginAsync(DemoUsers.Client);
        var after = await client.GetStringAsync(hub);
        Assert.Matches("Write up the rota handover, due [^<]+ <span class=\"badge text-bg-danger\">Overdue</span>", after);
        Assert.Contains("Overdue", await client.GetStringAsync(assignments));

        var coach = await app.LoginAsync(DemoUsers.ManagementCoach);
        var assignmentId = await app.QueryAsync(db => db.EngagementAssignments.Where(a => a.Text == "Write up the rota handover").Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"{assignments}/{assignmentId}/Mark", new() { ["done"] = "true" }, assignments)).StatusCode);
        Assert.DoesNotContain("Write up the rota handover", await client.GetStringAsync(hub));
    }

    [Fact]
    public async Task Bad_input_gets_its_message_next_to_the_field_and_saves_nothing()
    {
        var id = await NewEngagementAsync(OtherClient, Coach);
        var client = await app.LoginAsync(OtherClient);
        var goals = $"/Engagements/{id}/Goals";

        async Task<string> Post(string url, Dictionary<string, string> form, string tokenPage)
        {
            var response = await client.PostFormAsync(url, form, tokenPage);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        FieldMessages.Assert(await Post(goals, new() { ["Text"] = "" }, goals), "Text", "Write the goal.");
        FieldMessages.Assert(await Post(goals, new() { ["Text"] = new string('g', 501) }, goals), "Text", "A goal has at most 500 characters.");
        FieldMessages.Assert(await Post(goals, new() { ["Text"] = "Two\r\nlines" }, goals), "Text", "Keep this to one line");
        FieldMessages.Assert(await Post($"{goals}/Challenge", new() { ["Challenge"] = new string('c', 2001) }, goals), "Challenge", "At most 2,000 characters.");

        var assignments = $"/Engagements/{id}/Assignments";
        var today = await TodayAsync();
        FieldMessages.Assert(await Post(assignments, new() { ["Text"] = "Read a chapter" }, assignments), "DueOn", "Choose the day it is due.");
        FieldMessages.Assert(await Post(assignments, new() { ["Text"] = "Read a chapter", ["DueOn"] = today.AddDays(-1).ToString("yyyy-MM-dd") }, assignments),
            "DueOn", "The due date is today or later.");
        var otherSession = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId != id).Select(s => s.Id).FirstAsync());
        FieldMessages.Assert(await Post(assignments, new() { ["Text"] = "Read a chapter", ["DueOn"] = today.ToString("yyyy-MM-dd"), ["SessionId"] = otherSession.ToString() }, assignments),
            "SessionId", "Choose one of your sessions, or none.");

        Assert.False(await app.QueryAsync(db => db.EngagementGoals.AnyAsync(g => g.MatchId == id)));
        Assert.False(await app.QueryAsync(db => db.EngagementChallenges.AnyAsync(c => c.MatchId == id)));
        Assert.False(await app.QueryAsync(db => db.EngagementAssignments.AnyAsync(a => a.MatchId == id)));
    }

    [Fact]
    public async Task The_pages_cost_the_same_queries_with_more_goals_and_assignments()
    {
        var id = await NewEngagementAsync(DemoUsers.Player, OtherCoach);
        var client = await app.LoginAsync(DemoUsers.Player);
        var (goals, assignments, hub) = ($"/Engagements/{id}/Goals", $"/Engagements/{id}/Assignments", $"/Sessions?matchId={id}");
        var due = (await TodayAsync()).AddDays(3).ToString("yyyy-MM-dd");
        async Task Add(int n)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(goals, new() { ["Text"] = $"Goal {n}" })).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(assignments, new() { ["Text"] = $"Assignment {n}", ["DueOn"] = due })).StatusCode);
        }

        await Add(1);
        var few = (await client.CountQueriesAsync(app, goals), await client.CountQueriesAsync(app, assignments), await client.CountQueriesAsync(app, hub));
        for (var n = 2; n <= 5; n++)
            await Add(n);
        var more = (await client.CountQueriesAsync(app, goals), await client.CountQueriesAsync(app, assignments), await client.CountQueriesAsync(app, hub));

        Assert.Equal(few, more);
        Assert.True(more.Item1 <= 8 && more.Item2 <= 8, $"goals {more.Item1}, assignments {more.Item2} queries");
    }

    [Fact]
    public async Task The_engagement_agreement_states_the_seeds_terms_and_both_sign_it_dated()
    {
        var id = await NewEngagementAsync(DemoUsers.Peer, OtherCoach);
        var client = await app.LoginAsync(DemoUsers.Peer);
        var agreement = $"/Matches/{id}/Agreement";
        var page = await client.GetStringAsync(agreement);
        Assert.Contains("Engagement agreement", page);
        Assert.Contains("harm to themselves or others", page);
        Assert.Contains("The coach learns about illegal activity.", page);
        Assert.Contains("To fully prepare each meeting to ensure that time is well spent.", page);
        Assert.Contains("To complete any assignments agreed upon on time.", page);
        Assert.DoesNotContain("Intended duration", page);
        Assert.Contains("Coach: not signed yet", page);

        // The terms are the program's: posting a change is refused and clears no signature.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{agreement}/Acknowledge", [], agreement)).StatusCode);
        var change = await client.PostFormAsync(agreement, new() { ["Confidentiality"] = "Nothing is confidential", ["DurationMonths"] = "3" }, agreement);
        Assert.Equal(HttpStatusCode.Conflict, change.StatusCode);
        var coach = await app.LoginAsync(OtherCoach);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"{agreement}/Acknowledge", [], agreement)).StatusCode);

        var signed = await app.QueryAsync(db => db.MatchAgreements.SingleAsync(a => a.MatchId == id));
        Assert.True(signed.IsSigned);
        Assert.NotEqual("Nothing is confidential", signed.Confidentiality);
        var final = await client.GetStringAsync(agreement);
        Assert.Matches("Coach: signed \\w{3} \\d{1,2} \\w{3} \\d{4}", final);
        Assert.Contains("You signed this agreement", final);
    }
}
