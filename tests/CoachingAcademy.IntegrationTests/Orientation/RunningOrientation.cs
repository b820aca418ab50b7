using System.Net;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Orientation;

/// <summary>On its own database: directors add orientation sessions, see who is cleared to coach and remind the others.</summary>
public sealed class RunningOrientation(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task A_director_adds_a_session_that_the_cohorts_coaches_see_with_its_seats()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var add = $"/Cohorts/{cohortId}/Orientation/Add";

        var wrong = await director.PostFormAsync(add, new() { ["Date"] = "2026-03-20", ["StartTime"] = "14:00", ["EndTime"] = "13:00", ["Location"] = "", ["Capacity"] = "0" });
        var html = await wrong.Content.ReadAsStringAsync();
        FieldMessages.Assert(html, "EndTime", "The session ends after it starts.");
        FieldMessages.Assert(html, "Location", "Enter the room and address, or the video link.");
        FieldMessages.Assert(html, "Capacity", "A session seats between 1 and 1,000 coaches.");
        var empty = await director.PostFormAsync(add, new() { ["Date"] = "", ["StartTime"] = "", ["EndTime"] = "", ["Location"] = "Hall", ["Capacity"] = "5" });
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        FieldMessages.Assert(emptyHtml, "Date", "Enter the day of the session.");
        FieldMessages.Assert(emptyHtml, "StartTime", "Enter the start time.");
        FieldMessages.Assert(emptyHtml, "EndTime", "Enter the end time.");
        var outside = await director.PostFormAsync(add, new() { ["Date"] = "2024-03-20", ["StartTime"] = "09:00", ["EndTime"] = "11:00", ["Location"] = "Hall", ["Capacity"] = "5" });
        FieldMessages.Assert(await outside.Content.ReadAsStringAsync(), "Date", "An orientation session must fall inside the cohort");
        var skipped = await director.PostFormAsync(add, new() { ["Date"] = "2026-03-08", ["StartTime"] = "02:30", ["EndTime"] = "04:00", ["Location"] = "Hall", ["Capacity"] = "5" });
        FieldMessages.Assert(await skipped.Content.ReadAsStringAsync(), "StartTime", "2:30 AM does not exist on 8 Mar 2026 in America/Los_Angeles");
        var before = await app.QueryAsync(db => db.OrientationSessions.CountAsync());

        var added = await director.PostFormAsync(add, new() { ["Date"] = "2026-03-20", ["StartTime"] = "13:30", ["EndTime"] = "15:30", ["Location"] = "Lakemont Library, Room B", ["Capacity"] = "3" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(before + 1, await app.QueryAsync(db => db.OrientationSessions.CountAsync()));
        var session = await app.QueryAsync(db => db.OrientationSessions.SingleAsync(s => s.Location == "Lakemont Library, Room B"));
        Assert.Equal(new DateTime(2026, 3, 20, 20, 30, 0, DateTimeKind.Utc), session.StartsAtUtc);   // 1:30 pm in Los Angeles, daylight time
        var coachHome = WebUtility.HtmlDecode(await (await app.LoginAsync(DemoUsers.Coach)).GetStringAsync("/"));
        Assert.Contains("Fri 20 Mar 2026, 1:30 PM – 3:30 PM", coachHome);
        Assert.Contains("3 of 3", coachHome);
    }

    [Fact]
    public async Task The_coaches_list_shows_who_is_cleared_registered_or_not_registered_and_a_reminder_reaches_the_last()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);

        var cleared = await director.GetStringAsync($"/Cohorts/{cohortId}/Coaches?filter=Cleared");
        var notRegistered = await director.GetStringAsync($"/Cohorts/{cohortId}/Coaches?filter=NotRegistered");
        Assert.Contains("Grace Okafor", cleared);
        Assert.DoesNotContain("Dana Whitfield", cleared);
        Assert.Contains("Dana Whitfield", notRegistered);
        Assert.DoesNotContain("Grace Okafor", notRegistered);
        Assert.Contains("Registered for", await director.GetStringAsync($"/Cohorts/{cohortId}/Coaches?filter=Registered"));

        var whitfield = await app.PersonIdAsync(DemoUsers.Coach);
        var remind = await director.PostFormAsync($"/Cohorts/{cohortId}/Coaches/{whitfield}/Remind", [], $"/Cohorts/{cohortId}/Coaches");

        Assert.Equal(HttpStatusCode.Redirect, remind.StatusCode);
        var mail = await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Single().Address == DemoUsers.Coach
            && m.Subject == "Leadership Academy 2026: register for a coach orientation session");
        Assert.Contains("Attending one orientation session is required to serve as a coach", mail.TextBody);
        Assert.Contains("A reminder to register for orientation is on its way.", await director.GetStringAsync($"/Cohorts/{cohortId}/Coaches"));

        // A coach with a seat is not reminded.
        var okafor = await app.PersonIdAsync("grace.okafor@example.org");
        await director.PostFormAsync($"/Cohorts/{cohortId}/Coaches/{okafor}/Remind", [], $"/Cohorts/{cohortId}/Coaches");
        Assert.Contains("This coach already has an orientation seat.", await director.GetStringAsync($"/Cohorts/{cohortId}/Coaches"));
    }

    [Fact]
    public async Task A_session_with_registrations_cannot_be_removed_and_an_empty_one_can()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var taken = await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Registrations.Any()).Select(s => s.Id).FirstAsync());
        await director.PostFormAsync($"/Cohorts/{cohortId}/Orientation/Add", new() { ["Date"] = "2026-04-01", ["StartTime"] = "09:00", ["EndTime"] = "10:00", ["Location"] = "Empty room", ["Capacity"] = "4" });
        var empty = await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Location == "Empty room").Select(s => s.Id).SingleAsync());

        await director.PostFormAsync($"/Orientation/Delete/{taken}", [], $"/Cohorts/Details/{cohortId}");
        Assert.Contains("registered for this session; it cannot be removed.", await director.GetStringAsync($"/Cohorts/Details/{cohortId}"));
        await director.PostFormAsync($"/Orientation/Delete/{empty}", [], $"/Cohorts/Details/{cohortId}");

        var ids = await app.QueryAsync(db => db.OrientationSessions.Select(s => s.Id).ToListAsync());
        Assert.Contains(taken, ids);
        Assert.DoesNotContain(empty, ids);
    }

    [Fact]
    public async Task Only_directors_add_sessions_see_the_coaches_list_or_send_reminders()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var before = await app.QueryAsync(db => db.OrientationSessions.CountAsync());
        var mails = app.Smtp.Messages().Count;
        foreach (var email in new[] { DemoUsers.Coordinator, DemoUsers.Coach, DemoUsers.Participant })
        {
            var client = await app.LoginAsync(email);
            Denied.Assert(await client.GetAsync($"/Cohorts/{cohortId}/Orientation/Add"));
            Denied.Assert(await client.PostFormAsync($"/Cohorts/{cohortId}/Orientation/Add",
                new() { ["Date"] = "2026-03-20", ["StartTime"] = "09:00", ["EndTime"] = "10:00", ["Location"] = "Hall", ["Capacity"] = "5" }, "/"));
            Denied.Assert(await client.GetAsync($"/Cohorts/{cohortId}/Coaches"));
            Denied.Assert(await client.PostFormAsync($"/Cohorts/{cohortId}/Coaches/RemindAll", [], "/"));
        }
        Assert.Equal(before, await app.QueryAsync(db => db.OrientationSessions.CountAsync()));
        await Task.Delay(500);
        Assert.Equal(mails, app.Smtp.Messages().Count);
    }
}
