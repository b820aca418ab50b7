using System.Net;
using CoachingAcademy.TestSupport;
using CoachingAcademy.Core.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Cohorts;

/// <summary>On its own database: a director creates a cohort, keeps its milestone schedule and archives it.</summary>
public sealed class RunningACohort(MailingApp app) : IClassFixture<MailingApp>
{
    private static Dictionary<string, string> NewCohort(string name) => new()
    {
        ["Name"] = name, ["TimeZoneId"] = "America/Chicago", ["GraduationDate"] = "2026-06-17", ["DebriefDate"] = "2026-08-19",
        ["ClassSessions[0]"] = "2026-01-13", ["ClassSessions[1]"] = "2026-02-10", ["ClassSessions[2]"] = "2026-03-10",
        ["Kind"] = "Academy",
    };

    private async Task<int> CreateAsync(HttpClient director, string name)
    {
        var response = await director.PostFormAsync("/Cohorts/Create", NewCohort(name));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task A_new_cohort_starts_with_the_four_conversations_of_the_academy_spread_over_its_program()
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        var id = await CreateAsync(director, "Leadership Academy 2026 West");

        var page = await director.GetStringAsync($"/Cohorts/Details/{id}");
        Assert.Contains("is created (Academy one-to-one), with its rules and steps prefilled", page);
        var cohort = await app.QueryAsync(db => db.Cohorts.Include(c => c.Milestones).Include(c => c.ClassSessions).SingleAsync(c => c.Id == id));
        Assert.Equal("America/Chicago", cohort.TimeZoneId);
        Assert.Equal(ProgramKind.Academy, cohort.Kind);
        Assert.Equal(CohortRules.For(ProgramKind.Academy), cohort.Rules);
        Assert.Equal(new DateOnly(2026, 2, 10), cohort.CoachingStartsAfter);
        var milestones = cohort.Milestones.OrderBy(m => m.Order).ToList();
        Assert.Equal(["Informational interview", "Initial development conversation", "Follow-up development conversation", "Post-graduation conversation"],
            milestones.Select(m => m.Name));
        Assert.All(milestones.Take(3), m => Assert.InRange(m.DueDate!.Value, new DateOnly(2026, 2, 11), cohort.GraduationDate));
        Assert.InRange(milestones[3].DueDate!.Value, cohort.GraduationDate.AddDays(1), cohort.DebriefDate);
        foreach (var m in milestones)
            Assert.Contains(m.Name, page);
    }

    [Fact]
    public async Task Wrong_dates_are_told_next_to_their_fields_and_nothing_is_saved()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var before = await app.QueryAsync(db => db.Cohorts.CountAsync());
        var form = NewCohort("");
        form["DebriefDate"] = "2026-06-01";
        form["ClassSessions[3]"] = "2026-07-01";
        form["TimeZoneId"] = "Mars/Olympus_Mons";

        var response = await director.PostFormAsync("/Cohorts/Create", form, "/Cohorts/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        FieldMessages.Assert(html, "Name", "Enter the cohort's name");
        FieldMessages.Assert(html, "DebriefDate", "The debrief comes on or after graduation.");
        FieldMessages.Assert(html, "TimeZoneId", "Choose the cohort's time zone from the list.");
        FieldMessages.Assert(html, "ClassSessions[3]", "A class session falls in the year before graduation");
        Assert.Equal(before, await app.QueryAsync(db => db.Cohorts.CountAsync()));
    }

    [Fact]
    public async Task An_empty_form_asks_for_each_required_date()
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        var response = await director.PostFormAsync("/Cohorts/Create", new() { ["Name"] = "Dateless" }, "/Cohorts/Create");

        var html = await response.Content.ReadAsStringAsync();
        FieldMessages.Assert(html, "GraduationDate", "Enter the graduation date.");
        FieldMessages.Assert(html, "DebriefDate", "Enter the date of the coaches' debrief.");
    }

    [Fact]
    public async Task Two_cohorts_cannot_share_a_name()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        await CreateAsync(director, "Leadership Academy Twin");

        var response = await director.PostFormAsync("/Cohorts/Create", NewCohort(" Leadership Academy Twin "), "/Cohorts/Create");

        FieldMessages.Assert(await response.Content.ReadAsStringAsync(), "Name", "There is already a cohort named 'Leadership Academy Twin'.");
        Assert.Equal(1, await app.QueryAsync(db => db.Cohorts.CountAsync(c => c.Name == "Leadership Academy Twin")));
    }

    [Fact]
    public async Task A_director_adds_edits_reorders_and_deletes_milestones_inside_the_cohorts_dates()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var id = await CreateAsync(director, "Leadership Academy Milestones");
        var add = $"/Cohorts/{id}/Milestones/Add";

        var outside = await director.PostFormAsync(add, new() { ["Name"] = "Too late", ["DueDate"] = "2026-09-30" });
        FieldMessages.Assert(await outside.Content.ReadAsStringAsync(), "DueDate", "A milestone's due date must fall inside the cohort");

        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync(add, new() { ["Name"] = "Third conversation check-in", ["DueDate"] = "2026-05-20" })).StatusCode);
        var added = await app.QueryAsync(db => db.Milestones.SingleAsync(m => m.CohortId == id && m.Name == "Third conversation check-in"));
        Assert.Equal(5, added.Order);

        await director.PostFormAsync($"/Milestones/Move/{added.Id}", new() { ["by"] = "-1" }, $"/Cohorts/Details/{id}");
        await director.PostFormAsync($"/Milestones/Edit/{added.Id}", new() { ["Name"] = "Mid-program check-in", ["DueDate"] = "2026-05-21" });
        var first = await app.QueryAsync(db => db.Milestones.Where(m => m.CohortId == id && m.Order == 1).Select(m => m.Id).SingleAsync());
        await director.PostFormAsync($"/Milestones/Delete/{first}", [], $"/Cohorts/Details/{id}");

        var schedule = await app.QueryAsync(db => db.Milestones.Where(m => m.CohortId == id).OrderBy(m => m.Order).Select(m => new { m.Name, m.Order }).ToListAsync());
        Assert.Equal(["Initial development conversation", "Follow-up development conversation", "Mid-program check-in", "Post-graduation conversation"],
            schedule.Select(m => m.Name));
        Assert.Equal([1, 2, 3, 4], schedule.Select(m => m.Order));
        Assert.Contains("The milestone is deleted.", await director.GetStringAsync($"/Cohorts/Details/{id}"));
    }

    [Fact]
    public async Task An_archived_cohort_takes_no_enrollments_until_it_is_reopened()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var id = await CreateAsync(director, "Leadership Academy Archive");

        await director.PostFormAsync($"/Cohorts/Archive/{id}", [], $"/Cohorts/Details/{id}");
        Assert.True(await app.QueryAsync(db => db.Cohorts.Where(c => c.Id == id).Select(c => c.IsArchived).SingleAsync()));
        var refused = await director.PostFormAsync($"/Cohorts/{id}/People/Enroll",
            new() { ["Email"] = "luis.ortega@example.org", ["Role"] = "Coach" }, $"/Cohorts/{id}/People");
        Assert.Contains("This cohort is archived; reopen it to enroll people.", await refused.Content.ReadAsStringAsync());

        var milestone = await director.PostFormAsync($"/Cohorts/{id}/Milestones/Add", new() { ["Name"] = "While archived", ["DueDate"] = "2026-05-01" });
        Assert.Contains("Leadership Academy Archive is archived; reopen it to change it.", WebUtility.HtmlDecode(await milestone.Content.ReadAsStringAsync()));
        var first = await app.QueryAsync(db => db.Milestones.Where(m => m.CohortId == id).OrderBy(m => m.Order).Select(m => m.Id).FirstAsync());
        await director.PostFormAsync($"/Milestones/Delete/{first}", [], $"/Cohorts/Details/{id}");
        Assert.Contains("is archived; reopen it to change it.", WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/Details/{id}")));
        Assert.Equal(4, await app.QueryAsync(db => db.Milestones.CountAsync(m => m.CohortId == id)));

        await director.PostFormAsync($"/Cohorts/Reopen/{id}", [], $"/Cohorts/Details/{id}");
        var enrolled = await director.PostFormAsync($"/Cohorts/{id}/People/Enroll",
            new() { ["Email"] = "luis.ortega@example.org", ["Role"] = "Coach" }, $"/Cohorts/{id}/People");
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.Enrollments.CountAsync(e => e.CohortId == id)));
    }

    [Fact]
    public async Task The_time_zone_stays_once_sessions_are_scheduled_in_it()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var cohortId = await app.DemoCohortIdAsync();
        var form = NewCohort("Leadership Academy 2026");
        var demo = await app.QueryAsync(db => db.Cohorts.SingleAsync(c => c.Id == cohortId));
        form["GraduationDate"] = demo.GraduationDate.ToString("yyyy-MM-dd");
        form["DebriefDate"] = demo.DebriefDate.ToString("yyyy-MM-dd");
        foreach (var key in form.Keys.Where(k => k.StartsWith("ClassSessions", StringComparison.Ordinal)).ToList())
            form.Remove(key);

        var response = await director.PostFormAsync($"/Cohorts/Edit/{cohortId}", form);

        FieldMessages.Assert(await response.Content.ReadAsStringAsync(), "TimeZoneId", "Sessions are already scheduled in this time zone");
        Assert.Equal("America/Los_Angeles", await app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.TimeZoneId).SingleAsync()));
    }

    [Fact]
    public async Task Only_directors_administer_cohorts()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var milestoneId = await app.QueryAsync(db => db.Milestones.Where(m => m.CohortId == cohortId).Select(m => m.Id).FirstAsync());
        var before = await app.QueryAsync(db => db.Cohorts.CountAsync());
        foreach (var email in new[] { DemoUsers.Coordinator, DemoUsers.Coach, DemoUsers.Participant })
        {
            var client = await app.LoginAsync(email);
            Denied.Assert(await client.GetAsync("/Cohorts/Create"));
            Denied.Assert(await client.GetAsync($"/Cohorts/Details/{cohortId}"));
            Denied.Assert(await client.GetAsync($"/Cohorts/{cohortId}/People"));
            Denied.Assert(await client.PostFormAsync("/Cohorts/Create", NewCohort("Not allowed " + email), "/"));
            Denied.Assert(await client.PostFormAsync($"/Milestones/Delete/{milestoneId}", [], "/"));
            Denied.Assert(await client.PostFormAsync($"/Cohorts/Archive/{cohortId}", [], "/"));
        }
        Assert.Equal(before, await app.QueryAsync(db => db.Cohorts.CountAsync()));
        Assert.True(await app.QueryAsync(db => db.Milestones.AnyAsync(m => m.Id == milestoneId)));
        Assert.False(await app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.IsArchived).SingleAsync()));
    }
}
