using Microsoft.EntityFrameworkCore;
using System.Net;
using CoachingAcademy.TestSupport;
using MimeKit;
using static CoachingAcademy.IntegrationTests.Sessions.SessionTestData;

namespace CoachingAcademy.IntegrationTests.Sessions;

public sealed class SchedulingSessions(MailingApp app) : IClassFixture<MailingApp>
{
    private static string Ics(MimeMessage message)
    {
        using var content = new MemoryStream();
        ((MimePart)message.Attachments.Single()).Content!.DecodeTo(content);
        return System.Text.Encoding.UTF8.GetString(content.ToArray());
    }

    [Fact]
    public async Task A_participant_schedules_moves_and_cancels_and_both_calendars_follow_the_same_event()
    {
        var matchId = await app.ActiveMatchIdAsync();
        var participant = await app.LoginAsync(Participant);
        var schedule = await participant.PostFormAsync("/Sessions/Schedule",
            Form(matchId, "2026-03-12", "10:00", await app.MilestoneIdAsync("Follow-up development conversation")), $"/Sessions/Schedule?matchId={matchId}");
        Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        var session = await app.LatestSessionAsync();
        Assert.Equal(new DateTime(2026, 3, 12, 17, 0, 0, DateTimeKind.Utc), session.StartsAtUtc); // 10:00 PDT

        var invite = await app.Smtp.WaitForMessageAsync(m => m.Subject!.StartsWith("Coaching session scheduled: Thu 12 Mar 2026"));
        Assert.Equal(new[] { Coach, Participant }.Order(), invite.To.Mailboxes.Select(m => m.Address).Order());
        var ics = Ics(invite);
        Assert.Contains("METHOD:REQUEST", ics);
        Assert.Contains($"UID:{session.CalendarUid}", ics);
        Assert.Contains("SEQUENCE:0", ics);
        Assert.Contains("DTSTART;TZID=America/Los_Angeles:20260312T100000", ics);

        await participant.PostFormAsync($"/Sessions/Reschedule/{session.Id}", Form(matchId, "2026-03-13", "11:30"), $"/Sessions/Reschedule/{session.Id}");
        var update = Ics(await app.Smtp.WaitForMessageAsync(m => m.Subject!.StartsWith("Coaching session moved: Fri 13 Mar 2026")));
        Assert.Contains($"UID:{session.CalendarUid}", update);
        Assert.Contains("SEQUENCE:1", update);
        Assert.Contains("DTSTART;TZID=America/Los_Angeles:20260313T113000", update);

        await participant.PostFormAsync($"/Sessions/Cancel/{session.Id}", [], $"/Sessions?matchId={matchId}");
        var cancel = Ics(await app.Smtp.WaitForMessageAsync(m => m.Subject!.StartsWith("Coaching session cancelled")));
        Assert.Contains("METHOD:CANCEL", cancel);
        Assert.Contains($"UID:{session.CalendarUid}", cancel);
        Assert.Contains("SEQUENCE:2", cancel);
    }

    [Fact]
    public async Task A_session_in_the_past_is_refused_with_words()
    {
        var (date, time, message) = ("2026-03-02", "08:00", "Choose a start time in the future.");
        var matchId = await app.ActiveMatchIdAsync();
        var participant = await app.LoginAsync(Participant);
        var before = (await app.LatestSessionAsync()).Id;

        var response = await participant.PostFormAsync("/Sessions/Schedule", Form(matchId, date, time), $"/Sessions/Schedule?matchId={matchId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (await app.LatestSessionAsync()).Id);
    }

    [Fact]
    public async Task Bad_input_gets_messages_next_to_the_fields()
    {
        var matchId = await app.ActiveMatchIdAsync();
        var participant = await app.LoginAsync(Participant);
        var form = Form(matchId, "", "25:99");
        form["DurationMinutes"] = "5";
        form["Form"] = "Carrier pigeon";
        form["Location"] = "";

        var response = await participant.PostFormAsync("/Sessions/Schedule", form, $"/Sessions/Schedule?matchId={matchId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose the day of the session.", html);
        Assert.Contains("A session lasts between 15 and 240 minutes", html);
        Assert.Contains("Enter a valid Form (&#x27;Carrier pigeon&#x27; is not one).", html);
        Assert.Contains("Enter a valid Time (&#x27;25:99&#x27; is not one).", html);
        Assert.Contains("Enter the place, the video link or the phone number.", html);
    }

    [Fact]
    public async Task A_change_under_48_hours_needs_a_reason_and_directors_see_only_the_count()
    {
        var matchId = await app.ActiveMatchIdAsync();
        var participant = await app.LoginAsync(Participant);
        // The demo's booked session is four days ahead; book one for tomorrow, then move it.
        await participant.PostFormAsync("/Sessions/Schedule", Form(matchId, "2026-03-03", "15:00"), $"/Sessions/Schedule?matchId={matchId}");
        var session = await app.LatestSessionAsync();

        var refused = await participant.PostFormAsync($"/Sessions/Reschedule/{session.Id}", Form(matchId, "2026-03-04", "15:00"), $"/Sessions/Reschedule/{session.Id}");
        Assert.Contains("give a reason for the change", await refused.Content.ReadAsStringAsync());

        await participant.PostFormAsync($"/Sessions/Reschedule/{session.Id}",
            Form(matchId, "2026-03-04", "15:00", reason: "Budget hearing moved into our slot"), $"/Sessions/Reschedule/{session.Id}");

        Assert.Equal(1, (await app.LatestSessionAsync()).LateChanges);
        var cohortId = await app.DemoCohortIdAsync();
        var progress = await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync($"/Progress/Cohort/{cohortId}");
        Assert.Contains("late session changes", progress);
        Assert.DoesNotContain("Budget hearing", progress);
        Assert.Contains("Budget hearing moved into our slot", await participant.GetStringAsync($"/Sessions?matchId={matchId}"));
    }

    [Fact]
    public async Task A_move_from_days_ahead_to_minutes_from_now_needs_a_reason_next_to_the_field_and_counts_as_late()
    {
        var matchId = await app.ActiveMatchIdAsync();
        var participant = await app.LoginAsync(Participant);
        await participant.PostFormAsync("/Sessions/Schedule", Form(matchId, "2026-03-06", "11:00"), $"/Sessions/Schedule?matchId={matchId}");
        var session = await app.LatestSessionAsync();

        // The clock reads Monday 2 March, 09:00 in Los Angeles: the new start is four minutes away.
        var refused = await participant.PostFormAsync($"/Sessions/Reschedule/{session.Id}", Form(matchId, "2026-03-02", "09:04"), $"/Sessions/Reschedule/{session.Id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        FieldMessages.Assert(await refused.Content.ReadAsStringAsync(), "Reason", "The new time is less than 48 hours away: give a reason for the change.");
        Assert.Equal(session.StartsAtUtc, (await app.LatestSessionAsync()).StartsAtUtc);

        await participant.PostFormAsync($"/Sessions/Reschedule/{session.Id}",
            Form(matchId, "2026-03-02", "09:04", reason: "A site visit took our Friday"), $"/Sessions/Reschedule/{session.Id}");

        var moved = await app.LatestSessionAsync();
        Assert.Equal(new DateTime(2026, 3, 2, 17, 4, 0, DateTimeKind.Utc), moved.StartsAtUtc);
        Assert.Equal(1, moved.LateChanges);
    }

    [Theory]
    [InlineData(DemoUsers.Coach)]
    [InlineData(DemoUsers.Participant)]
    [InlineData(DemoUsers.Director)]
    public async Task Only_the_pair_opens_their_sessions(string email)
    {
        var matchId = await app.ActiveMatchIdAsync();
        var session = await app.LatestSessionAsync();
        var outsider = await app.LoginAsync(email);

        Denied.AssertNotReached(await outsider.GetAsync($"/Sessions?matchId={matchId}"));
        Denied.AssertNotReached(await outsider.GetAsync($"/Sessions/Schedule?matchId={matchId}"));
        Denied.AssertNotReached(await outsider.GetAsync($"/Sessions/Reschedule/{session.Id}"));
        Denied.AssertNotReached(await outsider.PostFormAsync($"/Sessions/Log/{session.Id}", new() { ["outcome"] = "Held" }, "/"));
    }

    [Fact]
    public async Task The_same_session_sent_ten_times_at_once_and_again_is_scheduled_once_with_one_invitation()
    {
        var matchId = await app.ActiveMatchIdAsync();
        var participant = await app.LoginAsync(Participant);
        var token = await participant.AntiforgeryTokenAsync($"/Sessions/Schedule?matchId={matchId}");
        Task<HttpResponseMessage> Submit() => participant.PostAsync("/Sessions/Schedule",
            new FormUrlEncodedContent(new Dictionary<string, string>(Form(matchId, "2026-03-19", "15:00")) { ["__RequestVerificationToken"] = token }));

        var responses = (await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Submit()))).Append(await Submit()).ToList();

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var start = new DateTime(2026, 3, 19, 22, 0, 0, DateTimeKind.Utc);   // 15:00 PDT
        Assert.Equal(1, await app.QueryAsync(db => db.CoachingSessions.CountAsync(s => s.MatchId == matchId && s.StartsAtUtc == start)));
        static bool Invitation(MimeMessage m) => m.Subject!.StartsWith("Coaching session scheduled: Thu 19 Mar 2026");
        await app.Smtp.WaitForMessageAsync(Invitation);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(app.Smtp.Messages(), Invitation);
    }

    [Fact]
    public async Task Another_session_at_the_same_time_is_refused_with_words()
    {
        var matchId = await app.ActiveMatchIdAsync();
        var participant = await app.LoginAsync(Participant);
        await participant.PostFormAsync("/Sessions/Schedule", Form(matchId, "2026-03-20", "09:00"), $"/Sessions/Schedule?matchId={matchId}");
        var other = Form(matchId, "2026-03-20", "09:00");
        other["Location"] = "Lakemont County offices, room 4";

        var response = await participant.PostFormAsync("/Sessions/Schedule", other, $"/Sessions/Schedule?matchId={matchId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You already have a session at that time", await response.Content.ReadAsStringAsync());
        var start = new DateTime(2026, 3, 20, 16, 0, 0, DateTimeKind.Utc);   // 09:00 PDT
        Assert.Equal(1, await app.QueryAsync(db => db.CoachingSessions.CountAsync(s => s.MatchId == matchId && s.StartsAtUtc == start)));
    }
}
