using System.Net;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CoachingAcademy.IntegrationTests.Orientation;

/// <summary>On its own database: seats are taken and freed.</summary>
public sealed class RegisteringForOrientation(MailingApp app) : IClassFixture<MailingApp>
{
    private Task<int> UpcomingSessionAsync() => app.QueryAsync(db =>
        db.OrientationSessions.Where(s => s.StartsAtUtc > app.Clock.GetUtcNow().UtcDateTime).Select(s => s.Id).FirstAsync());

    [Fact]
    public async Task A_coach_registers_and_gets_a_confirmation_with_a_calendar_invitation_in_the_cohorts_time_zone()
    {
        var sessionId = await UpcomingSessionAsync();
        await app.QueryAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE OrientationSessions SET Capacity = 50 WHERE Id = {sessionId}"));
        var coach = await app.LoginAsync(DemoUsers.Coach);

        var response = await coach.PostFormAsync($"/Orientation/Register/{sessionId}", [], "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("You are registered.", await coach.GetStringAsync("/"));
        var mail = await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Single().Address == DemoUsers.Coach
            && m.Subject!.StartsWith("Leadership Academy 2026: you are registered for coach orientation"));
        Assert.Equal(DemoUsers.Coach, mail.To.Mailboxes.Single().Address);
        using var ics = new MemoryStream();
        ((MimePart)mail.Attachments.Single()).Content!.DecodeTo(ics);
        var text = System.Text.Encoding.UTF8.GetString(ics.ToArray());
        Assert.Contains("METHOD:REQUEST", text);
        Assert.Contains("DTSTART;TZID=America/Los_Angeles:20260309T140000", text);

        // Cancelling frees the seat.
        await coach.PostFormAsync($"/Orientation/Cancel/{sessionId}", [], "/");
        Assert.Equal(0, await app.QueryAsync(db => db.OrientationRegistrations.CountAsync(r => r.Coach.Email == DemoUsers.Coach)));
    }

    [Fact]
    public async Task A_full_session_takes_no_more_coaches_even_when_they_all_register_at_once()
    {
        // Leave two seats in the upcoming session, then let five coaches of the cohort try at the same moment.
        var sessionId = await UpcomingSessionAsync();
        var coaches = await NewCoachesAsync(5);
        await app.QueryAsync(async db =>
        {
            var session = await db.OrientationSessions.Include(s => s.Registrations).SingleAsync(s => s.Id == sessionId);
            var taken = session.Registrations.Count;
            return await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE OrientationSessions SET Capacity = {taken + 2} WHERE Id = {sessionId}");
        });
        var clients = await Task.WhenAll(coaches.Select(c => app.LoginAsync(c)));
        var tokens = await Task.WhenAll(clients.Select(c => c.AntiforgeryTokenAsync("/")));

        await Task.WhenAll(clients.Select((c, i) => c.PostAsync($"/Orientation/Register/{sessionId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = tokens[i] }))));

        var (capacity, registered) = await app.QueryAsync(async db =>
        {
            var session = await db.OrientationSessions.Include(s => s.Registrations).AsNoTracking().SingleAsync(s => s.Id == sessionId);
            return (session.Capacity, session.Registrations.Count);
        });
        Assert.Equal(capacity, registered);
        var pages = await Task.WhenAll(clients.Select(c => c.GetStringAsync("/")));
        Assert.Equal(2, pages.Count(p => p.Contains("You are registered.")));
        Assert.Equal(3, pages.Count(p => p.Contains("This orientation session is full.")));
    }

    /// <summary>Coaches of the demo cohort with a login and no orientation seat yet.</summary>
    private async Task<string[]> NewCoachesAsync(int count)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var cohort = await db.Cohorts.FirstAsync();
        var agency = await db.Agencies.FirstAsync();
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var person = new Person($"Seat Seeker {i}", $"seat.seeker{i}@example.org", "Senior Manager", PositionLevel.SeniorManager, agency);
            db.People.Add(person);
            cohort.Enroll(person, EnrollmentRole.Coach, app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            var user = new ApplicationUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
            Assert.True((await users.CreateAsync(user, DemoUsers.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Coach)).Succeeded);
            emails.Add(person.Email);
        }
        return [.. emails];
    }

    [Fact]
    public async Task A_director_marks_attendance_once_the_session_has_started_and_only_directors_may()
    {
        Task<bool> AttendedAsync(int id) => app.QueryAsync(db => db.OrientationRegistrations.Where(r => r.Id == id).Select(r => r.Attended).SingleAsync());
        // Victor Hale holds a seat at next week's session; Morgan Ellery attended the past one.
        var registration = await app.QueryAsync(db => db.OrientationRegistrations.Where(r => r.Coach.Email == "victor.hale@example.org")
            .Select(r => new { r.Id, r.OrientationSessionId }).FirstAsync());
        var past = await app.QueryAsync(db => db.OrientationRegistrations.Where(r => r.Coach.Email == "morgan.ellery@example.org")
            .Select(r => new { r.Id, r.OrientationSessionId }).FirstAsync());
        var director = await app.LoginAsync(DemoUsers.Director);
        var upcoming = await director.GetStringAsync($"/Orientation/Session/{registration.OrientationSessionId}");
        Assert.Contains("Victor Hale", upcoming);
        Assert.Contains("attendance is taken from its start", upcoming);
        Assert.DoesNotContain("Mark attended", upcoming);

        await director.PostFormAsync($"/Orientation/Attendance/{registration.Id}",
            new() { ["attended"] = "true", ["sessionId"] = registration.OrientationSessionId.ToString() }, "/");

        Assert.False(await AttendedAsync(registration.Id));
        Assert.Contains("This session has not started yet: attendance is recorded once it has started.",
            await director.GetStringAsync($"/Orientation/Session/{registration.OrientationSessionId}"));

        await director.PostFormAsync($"/Orientation/Attendance/{past.Id}", new() { ["attended"] = "false", ["sessionId"] = past.OrientationSessionId.ToString() }, "/");
        Assert.False(await AttendedAsync(past.Id));
        Assert.Contains("Mark attended", await director.GetStringAsync($"/Orientation/Session/{past.OrientationSessionId}"));
        await director.PostFormAsync($"/Orientation/Attendance/{past.Id}", new() { ["attended"] = "true", ["sessionId"] = past.OrientationSessionId.ToString() }, "/");
        Assert.True(await AttendedAsync(past.Id));
        foreach (var email in new[] { DemoUsers.Coach, DemoUsers.Coordinator, DemoUsers.Participant })
        {
            var client = await app.LoginAsync(email);
            Denied.Assert(await client.GetAsync($"/Orientation/Session/{registration.OrientationSessionId}"));
            Denied.Assert(await client.PostFormAsync($"/Orientation/Attendance/{registration.Id}",
                new() { ["attended"] = "false", ["sessionId"] = "1" }, "/"));
        }
    }
}
