using System.Net;
using CoachingAcademy.Core.Resources;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>
/// Seed 004: each member's project, with the SMART goal of their application, and a short status each month, visible to the
/// team and the program office; and the resources the program office attaches to a meeting's competency. The demo's circle
/// halfway through (this year's): Noor Haddad, Felix Grant and Maya Torres have written statuses, Ivan Petrov none. On a
/// database of its own: statuses and resources are written.
/// </summary>
public sealed class KeepingTeamProjects(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Omar = "omar.farouk@example.org";

    private Task<(int CohortId, int TeamId)> HalfwayTeamAsync() => app.QueryAsync(db => db.Matches
        .Where(m => m.ParticipantId == null && m.Members.Any(x => x.Person.Email == DemoUsers.Peer))
        .Select(m => ValueTuple.Create(m.CohortId, m.Id)).SingleAsync());

    [Fact]
    public async Task A_member_writes_this_months_status_and_the_team_and_the_program_office_read_every_project()
    {
        var (_, team) = await HalfwayTeamAsync();
        var url = $"/Teams/{team}/Projects";
        var noor = await app.LoginAsync(DemoUsers.Peer);
        var page = WebUtility.HtmlDecode(await noor.GetStringAsync(url));
        Assert.Contains("Cut the average wait on the customer line from six minutes to three", page);   // her application's goal
        Assert.Contains("Mapped the current process with the unit", page);
        Assert.Contains("Ivan Petrov", page);
        Assert.Contains("No status written yet.", page);
        Assert.Contains("Your project's status for March 2026", page);   // the clock: 2 March in the cohort's zone

        // Bad input is refused next to the field, and nothing is saved.
        FieldMessages.Assert(await (await noor.PostFormAsync(url, new() { ["Text"] = "  " })).Content.ReadAsStringAsync(), "Text",
            "Write a short status of your project for this month.");
        FieldMessages.Assert(await (await noor.PostFormAsync(url, new() { ["Text"] = new string('x', 1001) })).Content.ReadAsStringAsync(), "Text",
            "Keep the status to 1000 characters.");
        var noorId = await app.PersonIdAsync(DemoUsers.Peer);
        Assert.Equal(0, await app.QueryAsync(db => db.ProjectUpdates.CountAsync(u => u.PersonId == noorId && u.Month == new DateOnly(2026, 3, 1))));

        // Written, then rewritten within the month: one status for March, the newest words.
        var saved = await noor.PostFormAsync(url, new() { ["Text"] = "Pilot on the evening shift: <b>wait</b> down to four minutes." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await noor.PostFormAsync(url, new() { ["Text"] = "Pilot on the evening shift: wait down to four minutes and a half." });
        Assert.Equal(1, await app.QueryAsync(db => db.ProjectUpdates.CountAsync(u => u.PersonId == noorId && u.Month == new DateOnly(2026, 3, 1))));
        var after = await noor.GetStringAsync(url);
        Assert.Contains("Your project&#x27;s status for this month is saved", after);
        Assert.Contains("wait down to four minutes and a half", after);

        // A teammate and the program office read it; the program office writes nothing.
        Assert.Contains("wait down to four minutes and a half", await (await app.LoginAsync("felix.grant@example.org")).GetStringAsync(url));
        var director = await app.LoginAsync(DemoUsers.Director);
        var directors = await director.GetStringAsync(url);
        Assert.Contains("wait down to four minutes and a half", directors);
        Assert.DoesNotContain("Save this month", directors);
        Denied.Assert(await director.PostFormAsync(url, new() { ["Text"] = "From the office" }));
    }

    [Fact]
    public async Task Nobody_outside_the_team_reads_or_writes_its_projects()
    {
        var (_, team) = await HalfwayTeamAsync();
        var url = $"/Teams/{team}/Projects";
        var omar = await app.LoginAsync(Omar);   // a member of last year's team
        Assert.Equal(HttpStatusCode.NotFound, (await omar.GetAsync(url)).StatusCode);
        var refused = await omar.PostFormAsync(url, new() { ["Text"] = "Not my team" }, "/");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Denied.Assert(await (await app.LoginAsync(DemoUsers.Coach)).GetAsync(url));
        var omarId = await app.PersonIdAsync(Omar);
        Assert.Equal(0, await app.QueryAsync(db => db.ProjectUpdates.CountAsync(u => u.PersonId == omarId)));
        // A pair is not a team: its id finds nothing here.
        var pair = await app.QueryAsync(db => db.Matches.Where(m => m.ParticipantId != null).Select(m => m.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(DemoUsers.Director)).GetAsync($"/Teams/{pair}/Projects")).StatusCode);
    }

    [Fact]
    public async Task A_resource_for_a_competencys_meeting_is_listed_with_that_step_for_the_team()
    {
        var (cohortId, team) = await HalfwayTeamAsync();
        var step = await app.QueryAsync(db => db.Milestones.Where(m => m.CohortId == cohortId).OrderBy(m => m.Order).Skip(3).Select(m => new { m.Id, m.Name }).FirstAsync());
        var otherCohortsStep = await app.QueryAsync(db => db.Milestones.Where(m => m.CohortId != cohortId).Select(m => m.Id).FirstAsync());
        var director = await app.LoginAsync(DemoUsers.Director);
        var url = $"/Cohorts/{cohortId}/Resources";

        var refused = await (await director.PostFormAsync(url, new()
        {
            ["Title"] = "Reading for the month", ["Audience"] = nameof(ResourceAudience.Participants), ["Url"] = "https://example.org/reading",
            ["MilestoneId"] = otherCohortsStep.ToString(),
        })).Content.ReadAsStringAsync();
        FieldMessages.Assert(refused, "MilestoneId", "Choose one of this cohort's steps, or none.");
        Assert.False(await app.QueryAsync(db => db.Resources.AnyAsync(r => r.Title == "Reading for the month")));

        await director.PostFormAsync(url, new()
        {
            ["Title"] = "Reading for the month", ["Audience"] = nameof(ResourceAudience.Participants), ["Url"] = "https://example.org/reading",
            ["MilestoneId"] = step.Id.ToString(),
        });
        Assert.Contains($"Step: {step.Name}", WebUtility.HtmlDecode(await director.GetStringAsync(url)));
        var meetings = WebUtility.HtmlDecode(await (await app.LoginAsync(DemoUsers.Peer)).GetStringAsync($"/Sessions?matchId={team}"));
        var row = meetings[meetings.IndexOf($"<th scope=\"row\">{step.Name}", StringComparison.Ordinal)..];
        Assert.Contains("Reading for the month", row[..row.IndexOf("</tr>", StringComparison.Ordinal)]);
        Assert.Contains("/Teams/" + team + "/Projects", meetings);
    }
}
