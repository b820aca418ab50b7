using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CoachingAcademy.IntegrationTests.Orientation;

/// <summary>On its own database: a director moves an orientation session, and everyone registered is told with an updated invitation.</summary>
public sealed class ChangingOrientationSessions(MailingApp app) : IClassFixture<MailingApp>
{
    private const string VideoCall = "Video call: https://meet.example.org/academy-orientation";

    private Task<int> SessionAtAsync(string location) =>
        app.QueryAsync(db => db.OrientationSessions.Where(s => s.Location == location).Select(s => s.Id).SingleAsync());

    private static Dictionary<string, string> Form(string date, string start, string end, string location, int capacity) =>
        new() { ["Date"] = date, ["StartTime"] = start, ["EndTime"] = end, ["Location"] = location, ["Capacity"] = capacity.ToString() };

    private static string Ics(MimeMessage mail)
    {
        using var ics = new MemoryStream();
        ((MimePart)mail.Attachments.Single()).Content!.DecodeTo(ics);
        return Encoding.UTF8.GetString(ics.ToArray());
    }

    private static string Line(string ics, string name) => Regex.Match(ics, $"^{name}:(.*)$", RegexOptions.Multiline).Groups[1].Value.Trim();

    [Fact]
    public async Task A_director_moves_a_session_and_everyone_registered_gets_the_new_time_with_an_updated_invitation_once()
    {
        // Next Monday's coaches' session (9 Mar, 2 pm in Los Angeles): Victor Hale holds a seat, and the demo coach takes one.
        var sessionId = await SessionAtAsync(VideoCall);
        var coach = await app.LoginAsync(DemoUsers.Coach);
        await coach.PostFormAsync($"/Orientation/Register/{sessionId}", [], "/");
        var confirmation = Ics(await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Single().Address == DemoUsers.Coach
            && m.Subject!.Contains("you are registered for coach orientation")));
        Assert.Equal("0", Line(confirmation, "SEQUENCE"));
        var director = await app.LoginAsync(DemoUsers.Director);
        var edit = $"/Orientation/Edit/{sessionId}";
        var page = WebUtility.HtmlDecode(await director.GetStringAsync(edit));
        Assert.Contains("value=\"2026-03-09\"", page);
        Assert.Contains("2 people are registered", page);

        var moved = await director.PostFormAsync(edit, Form("2026-03-10", "15:00", "17:00", "Lakemont County Hall, Room 2", 10));

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var cohortId = await app.DemoCohortIdAsync();
        Assert.Contains("Everyone registered is emailed the new details", await director.GetStringAsync($"/Cohorts/Details/{cohortId}"));
        var session = await app.QueryAsync(db => db.OrientationSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId));
        Assert.Equal(new DateTime(2026, 3, 10, 22, 0, 0, DateTimeKind.Utc), session.StartsAtUtc);   // 3 pm, daylight time
        Assert.Equal("Lakemont County Hall, Room 2", session.Location);
        Assert.Equal(1, session.Sequence);
        // In the outbox with the change, one per person registered.
        Assert.Equal(2, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.Kind == "OrientationChanged")));

        foreach (var email in new[] { DemoUsers.Coach, "victor.hale@example.org" })
        {
            var mail = await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Single().Address == email && m.Subject!.Contains("has changed"));
            Assert.Equal("Leadership Academy 2026: your coach orientation session has changed, now Tue 10 Mar 2026, 3:00 PM (America/Los_Angeles, UTC-07:00)", mail.Subject);
            Assert.Contains("Where: Lakemont County Hall, Room 2", mail.TextBody);
            var ics = Ics(mail);
            Assert.Contains("METHOD:REQUEST", ics);
            Assert.Contains("DTSTART;TZID=America/Los_Angeles:20260310T150000", ics);
            Assert.Equal("1", Line(ics, "SEQUENCE"));
            if (email == DemoUsers.Coach)
                Assert.Equal(Line(confirmation, "UID"), Line(ics, "UID"));   // the same event, updated in the coach's calendar
        }

        // The same form again (a double submit) and a change of seats alone email nobody.
        await director.PostFormAsync(edit, Form("2026-03-10", "15:00", "17:00", "Lakemont County Hall, Room 2", 10));
        Assert.Contains("Nothing to change", await director.GetStringAsync($"/Cohorts/Details/{cohortId}"));
        await director.PostFormAsync(edit, Form("2026-03-10", "15:00", "17:00", "Lakemont County Hall, Room 2", 12));
        Assert.Contains("The session's seats are changed", WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/Details/{cohortId}")));
        Assert.Equal(12, await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Id == sessionId).Select(s => s.Capacity).SingleAsync()));
        Assert.Equal(2, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.Kind == "OrientationChanged")));
        Assert.Equal(1, await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Id == sessionId).Select(s => s.Sequence).SingleAsync()));
    }

    [Fact]
    public async Task Seats_never_go_below_the_people_registered_and_a_session_that_has_started_is_not_changed()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        // The participants' session of the demo has three people registered.
        var briefing = await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Audience == OrientationAudience.Participants)
            .Select(s => new { s.Id, s.Capacity, Registered = s.Registrations.Count }).FirstAsync());
        Assert.Equal(3, briefing.Registered);
        var mails = await app.QueryAsync(db => db.OutgoingEmails.CountAsync());

        var tooFew = await director.PostFormAsync($"/Orientation/Edit/{briefing.Id}", Form("2026-03-12", "10:00", "12:00", "Library", 2));

        Assert.Equal(HttpStatusCode.OK, tooFew.StatusCode);
        FieldMessages.Assert(await tooFew.Content.ReadAsStringAsync(), "Capacity", "3 people are registered for this session: it needs at least 3 seats.");
        Assert.Equal(briefing.Capacity, await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Id == briefing.Id).Select(s => s.Capacity).SingleAsync()));
        var past = await app.QueryAsync(db => db.OrientationSessions.Where(s => s.StartsAtUtc < app.Clock.GetUtcNow().UtcDateTime)
            .Select(s => new { s.Id, s.Location }).FirstAsync());
        Assert.Contains("This session has started: it can no longer be changed.",
            WebUtility.HtmlDecode(await director.GetStringAsync($"/Orientation/Edit/{past.Id}")));

        var late = await director.PostFormAsync($"/Orientation/Edit/{past.Id}", Form("2026-03-20", "09:00", "11:00", "Elsewhere", 10), "/");

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var refusal = await late.Content.ReadAsStringAsync();
        Assert.Contains("This session has started: it can no longer be changed.", WebUtility.HtmlDecode(refusal));
        Assert.True(CoachingAcademy.TestSupport.Gates.PageText.SaysWhy(refusal));
        Assert.Equal(past.Location, await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Id == past.Id).Select(s => s.Location).SingleAsync()));
        Assert.Equal(mails, await app.QueryAsync(db => db.OutgoingEmails.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync("/Orientation/Edit/999999")).StatusCode);
    }

    [Fact]
    public async Task Only_directors_change_a_session()
    {
        var sessionId = await SessionAtAsync("Riverbend City Hall, Council Chambers, 100 Main Street");
        var briefing = await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Audience == OrientationAudience.Participants).Select(s => s.Id).FirstAsync());
        var before = await app.QueryAsync(db => db.OrientationSessions.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.StartsAtUtc, s.Location, s.Capacity }).ToListAsync());
        foreach (var email in new[] { DemoUsers.Coordinator, DemoUsers.Coach, DemoUsers.Participant })
        {
            var client = await app.LoginAsync(email);
            foreach (var id in new[] { sessionId, briefing })
            {
                Denied.Assert(await client.GetAsync($"/Orientation/Edit/{id}"));
                Denied.Assert(await client.PostFormAsync($"/Orientation/Edit/{id}", Form("2026-03-20", "09:00", "11:00", "Hall", 50), "/"));
            }
        }
        var after = await app.QueryAsync(db => db.OrientationSessions.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.StartsAtUtc, s.Location, s.Capacity }).ToListAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_session_that_has_started_shows_its_attendance_instead_of_its_free_seats()
    {
        // The past session: four coaches registered and attended, six seats were left.
        var cohortId = await app.DemoCohortIdAsync();
        var director = WebUtility.HtmlDecode(await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync($"/Cohorts/Details/{cohortId}"));
        var pastRow = Regex.Match(director, "<tr>(?:(?!</tr>).)*Council Chambers(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("4 attended, 0 not marked", pastRow);
        Assert.DoesNotContain("of 10", pastRow);
        Assert.DoesNotContain("/Orientation/Edit/", pastRow);

        var coach = WebUtility.HtmlDecode(await (await app.LoginAsync(DemoUsers.Coach)).GetStringAsync("/"));
        var coachRow = Regex.Match(coach, "<tr>(?:(?!</tr>).)*Council Chambers(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("4 attended, 0 not marked", coachRow);
        Assert.DoesNotContain("6 of 10", coachRow);
        Assert.DoesNotContain("Register", coachRow);   // registration has closed

        var attendance = WebUtility.HtmlDecode(await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync(
            $"/Orientation/Session/{await SessionAtAsync("Riverbend City Hall, Council Chambers, 100 Main Street")}"));
        Assert.Contains("4 registered: 4 attended, 0 not marked", attendance);
    }
}

/// <summary>An edit keeps the session's audience whatever is posted; on a database of its own.</summary>
public sealed class KeepingAnOrientationSessionsAudience(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_audience_posted_with_an_edit_changes_nothing_and_stops_nothing()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var briefing = await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Audience == OrientationAudience.Participants).Select(s => s.Id).FirstAsync());
        var form = new Dictionary<string, string>
        {
            ["Date"] = "2026-03-12", ["StartTime"] = "10:00", ["EndTime"] = "12:00", ["Location"] = "Library", ["Capacity"] = "12",
            ["Audience"] = "-1022680336",   // not a field of the form; found by the hostile-input gate
        };

        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"/Orientation/Edit/{briefing}", form)).StatusCode);
        var saved = await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Id == briefing).Select(s => new { s.Audience, s.Capacity, s.Location }).SingleAsync());
        Assert.Equal((OrientationAudience.Participants, 12, "Library"), (saved.Audience, saved.Capacity, saved.Location));
    }
}
