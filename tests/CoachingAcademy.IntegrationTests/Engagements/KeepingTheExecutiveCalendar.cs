using System.Globalization;
using System.Net;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.IntegrationTests.Reminders;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>
/// Seed 003: each executive engagement keeps its own calendar. Its eight steps are due some days after its start, and the
/// coach can change a step's days; moving the start moves every date. The hours held a month show against the plan, for the
/// sponsor too, and a month under the plan is told once. On a database of its own: the demo engagement's calendar changes.
/// </summary>
public sealed class KeepingTheExecutiveCalendar(MailingApp app) : IClassFixture<MailingApp>
{
    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Dates_follow_the_start_and_the_engagements_own_days_and_only_the_coach_changes_them()
    {
        var id = await app.DemoExecutiveAsync();
        var url = $"/Engagements/{id}/Schedule";
        var steps = await StepsAsync();
        var review = steps.Single(s => s.Name == "Mid-program review");
        var end = steps.Single(s => s.Name == "End-of-program review");
        var coach = await app.LoginAsync(DemoUsers.ExecutiveCoach);

        Dictionary<string, string> Form(DateOnly start, string hours = "3") => new()
        {
            ["StartsOn"] = start.ToString("yyyy-MM-dd"), ["HoursPerMonth"] = hours, ["MeetingsAfterDays"] = "90",
            ["Steps[0].MilestoneId"] = review.Id.ToString(), ["Steps[0].Days"] = "200",
        };
        var start = new DateOnly(2026, 1, 5);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(url, Form(start), url)).StatusCode);
        var page = await coach.GetStringAsync(url);
        Assert.Contains(Day(start.AddDays(200)), page);   // the mid-program review on this engagement's own 200 days
        Assert.Contains(Day(start.AddDays(365)), page);   // the end-of-program review on the cohort's 365
        Assert.Contains("(this engagement's own)", page);

        // Moving the start moves every date.
        var later = start.AddDays(7);
        await coach.PostFormAsync(url, Form(later), url);
        page = await coach.GetStringAsync(url);
        Assert.Contains(Day(later.AddDays(200)), page);
        Assert.Contains(Day(later.AddDays(365)), page);
        Assert.DoesNotContain(Day(start.AddDays(200)), page);

        // Bad input is refused next to its field, and nothing changes.
        var bad = await (await coach.PostFormAsync(url, Form(start, hours: "99"), url)).Content.ReadAsStringAsync();
        FieldMessages.Assert(bad, "HoursPerMonth", "Plan between 0 and 40 hours a month.");
        var foreign = Form(start);
        foreign["Steps[0].MilestoneId"] = "999999";
        FieldMessages.Assert(await (await coach.PostFormAsync(url, foreign, url)).Content.ReadAsStringAsync(), "Steps",
            "Only the program's steps counted from the start can be moved here.");
        Assert.Equal(later, await app.QueryAsync(db => db.EngagementSchedules.Where(s => s.MatchId == id).Select(s => s.StartsOn).SingleAsync()));

        // The leader and the sponsor read the calendar and the hours; they cannot change it. Others find nothing.
        var leader = await app.LoginAsync(DemoUsers.Leader);
        var refused = await (await leader.PostFormAsync(url, Form(start), url)).Content.ReadAsStringAsync();
        Assert.Contains("The coach keeps the program", refused);
        var sponsorPage = await (await app.LoginAsync(DemoUsers.Sponsor)).GetStringAsync(url);
        Assert.Contains("Coaching hours a month", sponsorPage);
        Assert.DoesNotContain("Save the calendar", sponsorPage);
        Assert.Equal(later, await app.QueryAsync(db => db.EngagementSchedules.Where(s => s.MatchId == id).Select(s => s.StartsOn).SingleAsync()));
        await app.SecondExecutiveAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(ExecutiveCoaching.OtherSponsor)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(ExecutiveCoaching.OtherLeader)).PostFormAsync(url, Form(start), "/")).StatusCode);
        Denied.Assert(await (await app.LoginAsync(DemoUsers.Director)).GetAsync(url));

        // The step reminders follow the engagement's own dates: with the start moved so that the end-of-program review is
        // two days away, its reminder goes to the leader.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(app.Clock.GetUtcNow(), await app.ExecutiveZoneAsync()).DateTime);
        await coach.PostFormAsync(url, Form(today.AddDays(2 - 365)), url);
        await app.ScanAsync();
        var due = today.AddDays(2).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var reminder = await app.Smtp.WaitForMessageAsync(m => m.Subject == $"Reminder: End-of-program review due by {due}");
        Assert.Contains(DemoUsers.Leader, reminder.To.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public async Task A_month_under_the_planned_hours_is_told_once_to_coach_and_leader()
    {
        var id = await app.DemoExecutiveAsync();
        var url = $"/Engagements/{id}/Schedule";
        var coach = await app.LoginAsync(DemoUsers.ExecutiveCoach);
        var start = await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.StartedAtUtc).SingleAsync());
        Dictionary<string, string> Form(string hours) => new()
        {
            ["StartsOn"] = DateOnly.FromDateTime(start!.Value).ToString("yyyy-MM-dd"), ["HoursPerMonth"] = hours, ["MeetingsAfterDays"] = "90",
        };
        // The demo held two 90-minute meetings in February: three hours, as planned, so nothing is told.
        await coach.PostFormAsync(url, Form("3"), url);
        var page = await coach.GetStringAsync(url);
        Assert.Matches(@"February 2026</td>\s*<td>3 h</td>\s*<td>3 h", page);
        await app.ScanAsync();
        Assert.Empty(await HoursRemindersAsync());

        await coach.PostFormAsync(url, Form("4"), url);
        await app.ScanAsync();
        await app.ScanAsync();

        Assert.Equal([$"{DemoUsers.ExecutiveCoach},{DemoUsers.Leader}"], await HoursRemindersAsync());
        var told = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Coaching hours in February 2026: 3 of 4 planned");
        Assert.Contains("Robin Achebe and Chris Donovan held 3 hours", told.TextBody!.ReplaceLineEndings(" "));
    }

    private Task<List<string>> HoursRemindersAsync() =>
        app.QueryAsync(db => db.OutgoingEmails.Where(e => e.Kind == "HoursUnderPlan").Select(e => e.Recipients).ToListAsync());

    private Task<List<(int Id, string Name)>> StepsAsync() => app.QueryAsync(async db =>
        (await db.Milestones.Where(m => db.Cohorts.Any(c => c.Id == m.CohortId && c.Kind == ProgramKind.ExecutiveCoaching))
            .OrderBy(m => m.Order).Select(m => new { m.Id, m.Name }).ToListAsync()).Select(m => (m.Id, m.Name)).ToList());
}

/// <summary>
/// Seed 003, step 8: the end-of-program review closes the cycle with a summary. A renewal starts a new cycle today with new
/// outcomes and a new plan, and keeps the earlier cycle's record as it was; continuing alone completes the engagement. On a
/// database of its own.
/// </summary>
public sealed class RenewingAnExecutiveEngagement(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Summary = "Chris delegates most operational decisions; the merger plan is agreed by both boards.";

    [Fact]
    public async Task A_renewal_keeps_the_first_cycle_and_starts_afresh_and_continuing_alone_completes_it()
    {
        var id = await app.DemoExecutiveAsync();
        var schedule = $"/Engagements/{id}/Schedule";
        var coach = await app.LoginAsync(DemoUsers.ExecutiveCoach);
        var close = new Dictionary<string, string> { ["Decision"] = "Renew", ["Summary"] = Summary };

        // Not before every outcome has its end-of-program standing.
        var early = await (await coach.PostFormAsync($"{schedule}/Cycles/1/Close", close, schedule)).Content.ReadAsStringAsync();
        Assert.Contains("Record the end-of-program review of every outcome first", early);
        var outcomes = await app.QueryAsync(db => db.ProgramOutcomes.Where(o => o.MatchId == id).Select(o => new { o.Id, o.Text }).ToListAsync());
        foreach (var o in outcomes)
            await coach.PostFormAsync($"/Engagements/{id}/Reviews/{o.Id}", new() { ["Stage"] = "EndOfProgram", ["Standing"] = "Met" }, $"/Engagements/{id}/Reviews");

        // The leader cannot close it; the coach closes it once, whatever the double submit.
        var leader = await app.LoginAsync(DemoUsers.Leader);
        Assert.Contains("The coach records the end-of-program review",
            await (await leader.PostFormAsync($"{schedule}/Cycles/1/Close", close, schedule)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"{schedule}/Cycles/1/Close", close, schedule)).StatusCode);
        await coach.PostFormAsync($"{schedule}/Cycles/1/Close", close, schedule);
        Assert.Contains("closed already", await coach.GetStringAsync(schedule));
        var stored = await app.QueryAsync(db => db.EngagementSchedules.AsNoTracking().SingleAsync(s => s.MatchId == id));
        Assert.Equal((2, 1), (stored.Cycle, stored.Closings.Count));
        var told = await app.Smtp.WaitForMessageAsync(m => m.Subject == "End-of-program review: Chris Donovan's coaching renews");
        Assert.Equal([DemoUsers.Leader, DemoUsers.Sponsor], told.To.Mailboxes.Select(m => m.Address).Order());

        // Cycle 2 starts afresh: no outcomes, no step met; cycle 1's outcomes, standings and plan stay readable.
        var page = await leader.GetStringAsync(schedule);
        Assert.Contains(Summary, page);
        Assert.DoesNotContain(">Met<", page);
        Assert.Contains("No outcomes", await leader.GetStringAsync($"/Engagements/{id}/Outcomes"));
        var history = await (await app.LoginAsync(DemoUsers.Sponsor)).GetStringAsync($"/Engagements/{id}/Reviews?cycle=1");
        Assert.Contains("Cycle 1, closed", history);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(outcomes[0].Text).Replace("&#39;", "&#x27;"), history);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/Engagements/{id}/Reviews?cycle=3")).StatusCode);
        Assert.Contains("The plan of cycle 1", await leader.GetStringAsync($"/Engagements/{id}/Plan/2"));

        // The new cycle's outcome and plan; the plan's version numbers run on, and leader and sponsor are asked to commit.
        await coach.PostFormAsync($"/Engagements/{id}/Outcomes", new() { ["Text"] = "Chris builds a successor team", ["Benchmark"] = "Two ready-now successors" },
            $"/Engagements/{id}/Outcomes");
        await coach.PostFormAsync($"/Engagements/{id}/Plan", new()
        {
            ["Themes"] = "Succession", ["Practices"] = "Monthly talent reviews", ["Exercises"] = "Shadowing", ["Reading"] = "The Leadership Pipeline",
        }, $"/Engagements/{id}/Plan");
        var asked = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Development plan, version 3: Chris Donovan's program waits for your commitment");
        Assert.Equal([DemoUsers.Leader, DemoUsers.Sponsor], asked.To.Mailboxes.Select(m => m.Address).Order());
        await leader.PostFormAsync($"/Engagements/{id}/Plan/3/Commit", [], $"/Engagements/{id}/Plan");
        Assert.Contains("Committed by Chris Donovan", await leader.GetStringAsync($"/Engagements/{id}/Plan"));

        // Cycle 2 ends with the leader continuing alone: the engagement is complete, its record kept.
        var newOutcome = await app.QueryAsync(db => db.ProgramOutcomes.Where(o => o.MatchId == id && o.Cycle == 2).Select(o => o.Id).SingleAsync());
        await coach.PostFormAsync($"/Engagements/{id}/Reviews/{newOutcome}", new() { ["Stage"] = "EndOfProgram", ["Standing"] = "Exceeded" }, $"/Engagements/{id}/Reviews");
        await coach.PostFormAsync($"{schedule}/Cycles/2/Close", new() { ["Decision"] = "ContinueAlone", ["Summary"] = "Two successors are ready." }, schedule);
        Assert.Equal(MatchStatus.Ended, await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
        await app.Smtp.WaitForMessageAsync(m => m.Subject == "End-of-program review: Chris Donovan's coaching is complete");
        page = await leader.GetStringAsync(schedule);
        Assert.Contains("Cycle 2: the leader continues alone", page);
        Assert.Contains("This engagement has ended", page);
    }
}
