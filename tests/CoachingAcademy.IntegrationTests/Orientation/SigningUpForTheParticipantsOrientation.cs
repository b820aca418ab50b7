using System.Net;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CoachingAcademy.IntegrationTests.Orientation;

/// <summary>On its own database: participants sign up for their own orientation, which coaches never see and which is no gate.</summary>
public sealed class SigningUpForTheParticipantsOrientation(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Library = "Riverbend Central Library, Community Room, 200 Oak Avenue";
    private const string VideoCall = "Video call: https://meet.example.org/academy-orientation";

    private Task<int> SessionAtAsync(string location) =>
        app.QueryAsync(db => db.OrientationSessions.Where(s => s.Location == location).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task A_participant_signs_up_from_their_home_page_and_gets_a_confirmation_with_a_calendar_invitation()
    {
        var briefing = await SessionAtAsync(Library);
        var participant = await app.LoginAsync(DemoUsers.Participant);
        var home = WebUtility.HtmlDecode(await participant.GetStringAsync("/"));
        Assert.Contains("Participants' orientation", home);
        Assert.Contains(Library, home);
        Assert.Contains("17 of 20", home);

        var response = await participant.PostFormAsync($"/Orientation/Register/{briefing}", [], "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = WebUtility.HtmlDecode(await participant.GetStringAsync("/"));
        Assert.Contains("You are registered.", after);
        Assert.Contains("16 of 20", after);
        var mail = await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Single().Address == DemoUsers.Participant
            && m.Subject!.StartsWith("Leadership Academy 2026: you are registered for participants' orientation"));
        using var ics = new MemoryStream();
        ((MimePart)mail.Attachments.Single()).Content!.DecodeTo(ics);
        var text = System.Text.Encoding.UTF8.GetString(ics.ToArray());
        Assert.Contains("METHOD:REQUEST", text);
        Assert.Contains("DTSTART;TZID=America/Los_Angeles:20260312T170000", text);

        // Cancelling frees the seat, and says nothing of coaching.
        await participant.PostFormAsync($"/Orientation/Cancel/{briefing}", [], "/");
        Assert.False(await app.QueryAsync(db => db.OrientationRegistrations.AnyAsync(r => r.Coach.Email == DemoUsers.Participant)));
        Assert.Contains("Your seat is freed. You can register for another orientation session", await participant.GetStringAsync("/"));
    }

    [Fact]
    public async Task Coaches_and_participants_see_and_take_only_their_own_sessions()
    {
        var briefing = await SessionAtAsync(Library);
        var coachesSession = await SessionAtAsync(VideoCall);
        var participant = await app.LoginAsync(DemoUsers.Participant);
        var coach = await app.LoginAsync(DemoUsers.Coach);

        Assert.DoesNotContain(VideoCall, await participant.GetStringAsync("/"));
        Assert.DoesNotContain(Library, await coach.GetStringAsync("/"));
        // A session of the other audience is not found, even by its id.
        Assert.Equal(HttpStatusCode.NotFound, (await participant.PostFormAsync($"/Orientation/Register/{coachesSession}", [], "/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.PostFormAsync($"/Orientation/Register/{briefing}", [], "/")).StatusCode);
        // A participant of another cohort finds none of this one's sessions.
        var player = await app.LoginAsync(DemoUsers.Player);
        Assert.DoesNotContain(Library, await player.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await player.PostFormAsync($"/Orientation/Register/{briefing}", [], "/")).StatusCode);
        foreach (var email in new[] { DemoUsers.Director, DemoUsers.Coordinator })
            Denied.Assert(await (await app.LoginAsync(email)).PostFormAsync($"/Orientation/Register/{briefing}", [], "/"));
        // A cancellation of a seat the participant does not hold is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await participant.PostFormAsync($"/Orientation/Cancel/{coachesSession}", [], "/")).StatusCode);

        Assert.False(await app.QueryAsync(db => db.OrientationRegistrations.AnyAsync(r =>
            r.Coach.Email == DemoUsers.Participant || r.Coach.Email == DemoUsers.Player)));
    }

    [Fact]
    public async Task A_seat_at_the_participants_orientation_never_clears_a_coach()
    {
        // Even a record that no page could make (the demo coach attended a participants' briefing) leaves the coach
        // "not registered" for the coaches' orientation that the matching rules read.
        var cohortId = await app.DemoCohortIdAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var briefing = await app.QueryAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId);
            var session = cohort.AddOrientationSession(now.AddDays(-3), now.AddDays(-3).AddHours(1), "An earlier briefing", 10, OrientationAudience.Participants);
            session.MarkAttendance(session.Register(await db.People.SingleAsync(p => p.Email == DemoUsers.Coach), now.AddDays(-4)), attended: true, now);
            await db.SaveChangesAsync();
            return session.Id;
        });
        var director = await app.LoginAsync(DemoUsers.Director);

        Assert.Contains("Dana Whitfield", await director.GetStringAsync($"/Cohorts/{cohortId}/Coaches?filter=NotRegistered"));
        Assert.DoesNotContain("Dana Whitfield", await director.GetStringAsync($"/Cohorts/{cohortId}/Coaches?filter=Cleared"));
        Assert.Contains("Coaches: 4 cleared, 1 not registered", await director.GetStringAsync($"/Cohorts/Details/{cohortId}"));
        Assert.Equal(OrientationAudience.Participants, await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Id == briefing).Select(s => s.Audience).SingleAsync()));
    }

    [Fact]
    public async Task A_director_adds_a_participants_session_that_only_the_cohorts_participants_see()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var form = WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{cohortId}/Orientation/Add?audience=Participants"));
        Assert.Matches("value=\"Participants\"[^>]*checked|checked[^>]*value=\"Participants\"", form);

        var added = await director.PostFormAsync($"/Cohorts/{cohortId}/Orientation/Add", new()
        {
            ["Audience"] = "Participants", ["Date"] = "2026-03-25", ["StartTime"] = "12:00", ["EndTime"] = "13:00", ["Location"] = "Lunch briefing, Room 5", ["Capacity"] = "15",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(OrientationAudience.Participants, await app.QueryAsync(db => db.OrientationSessions.Where(s => s.Location == "Lunch briefing, Room 5").Select(s => s.Audience).SingleAsync()));
        Assert.Contains("Lunch briefing, Room 5", await (await app.LoginAsync(DemoUsers.Participant)).GetStringAsync("/"));
        Assert.DoesNotContain("Lunch briefing, Room 5", await (await app.LoginAsync(DemoUsers.Coach)).GetStringAsync("/"));
        var bad = await director.PostFormAsync($"/Cohorts/{cohortId}/Orientation/Add", new()
        {
            ["Audience"] = "Sponsors", ["Date"] = "2026-03-25", ["StartTime"] = "12:00", ["EndTime"] = "13:00", ["Location"] = "Nowhere", ["Capacity"] = "15",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        FieldMessages.Assert(await bad.Content.ReadAsStringAsync(), "Audience", "Enter a valid Audience ('Sponsors' is not one).");
        Assert.False(await app.QueryAsync(db => db.OrientationSessions.AnyAsync(s => s.Location == "Nowhere")));
    }
}
