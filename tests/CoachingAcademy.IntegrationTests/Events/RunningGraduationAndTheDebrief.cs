using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Events;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.IntegrationTests.Exports;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Match = CoachingAcademy.Core.Matching.Match;

namespace CoachingAcademy.IntegrationTests.Events;

/// <summary>
/// On its own database with a real SMTP server: directors set a cohort's graduation and coaches' debrief, send the
/// invitations (each with an .ics), move an event, read the replies and the coaches to recognise; the invited answer.
/// </summary>
public sealed class RunningGraduationAndTheDebrief(MailingApp app) : IClassFixture<MailingApp>
{
    private sealed record TestCohort(int Id, string[] Coaches, string[] Participants);

    /// <summary>A new academy cohort (graduation in 40 days, debrief in 90) with its own coaches and participants.</summary>
    private Task<TestCohort> NewCohortAsync(string tag, int coaches = 2, int participants = 2) => app.QueryAsync(async db =>
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var cohort = new Cohort($"Events Academy {tag}", "America/Los_Angeles", today.AddDays(40), today.AddDays(90));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var coachEmails = Enumerable.Range(1, coaches).Select(i => $"{tag}.coach{i}@example.org").ToArray();
        var participantEmails = Enumerable.Range(1, participants).Select(i => $"{tag}.participant{i}@example.org").ToArray();
        foreach (var email in coachEmails)
            cohort.Enroll(new Person($"Coach {email}", email, "Department Head", PositionLevel.DepartmentHead, null), EnrollmentRole.Coach, now);
        foreach (var email in participantEmails)
            cohort.Enroll(new Person($"Participant {email}", email, "Analyst", PositionLevel.Other, null), EnrollmentRole.Participant, now);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return new TestCohort(cohort.Id, coachEmails, participantEmails);
    });

    private static Dictionary<string, string> Form(string date, string start, string end, string location) =>
        new() { ["Date"] = date, ["StartTime"] = start, ["EndTime"] = end, ["Location"] = location };

    private string InDays(int days) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd");

    private static string Ics(MimeMessage mail)
    {
        using var ics = new MemoryStream();
        ((MimePart)mail.Attachments.Single()).Content!.DecodeTo(ics);
        return Encoding.UTF8.GetString(ics.ToArray());
    }

    private static string Line(string ics, string name) => Regex.Match(ics, $"^{name}:(.*)$", RegexOptions.Multiline).Groups[1].Value.Trim();

    private IReadOnlyList<MimeMessage> MailTo(string email, string subject) =>
        app.Smtp.Messages().Where(m => m.To.Mailboxes.Single().Address == email && m.Subject!.Contains(subject)).ToList();

    private async Task<HttpClient> SetAsync(int cohortId, CohortEventKind kind, string date, string location)
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var set = await director.PostFormAsync($"/Cohorts/{cohortId}/Events/{kind}", Form(date, "17:00", "19:00", location), $"/Cohorts/{cohortId}/Events");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        return director;
    }

    private static async Task<string> SendAsync(HttpClient director, int cohortId, CohortEventKind kind)
    {
        var sent = await director.PostFormAsync($"/Cohorts/{cohortId}/Events/{kind}/Send", [], $"/Cohorts/{cohortId}/Events");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{cohortId}/Events"));
    }

    [Fact]
    public async Task Invitations_go_once_to_each_person_with_an_ics_and_a_second_send_invites_only_people_enrolled_since()
    {
        var cohort = await NewCohortAsync("send");
        var director = await app.LoginAsync(DemoUsers.Director);
        var page = WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{cohort.Id}/Events"));
        Assert.Contains($"value=\"{InDays(40)}\"", page);   // prefilled on the cohort's graduation and debrief dates
        Assert.Contains($"value=\"{InDays(90)}\"", page);

        await SetAsync(cohort.Id, CohortEventKind.Graduation, InDays(40), "Riverbend City Hall");
        await SetAsync(cohort.Id, CohortEventKind.Debrief, InDays(90), "Lakemont Board Room");
        var events = await app.QueryAsync(db => db.CohortEvents.AsNoTracking().Where(e => e.CohortId == cohort.Id).ToListAsync());
        var graduation = events.Single(e => e.Kind == CohortEventKind.Graduation);
        var local = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(40).ToDateTime(new TimeOnly(17, 0));
        Assert.Equal(Core.Common.ProgramTime.ToUtc(local, "America/Los_Angeles"), graduation.StartsAtUtc);   // entered in the cohort's zone

        Assert.Contains("4 people are invited to the graduation", await SendAsync(director, cohort.Id, CohortEventKind.Graduation));
        Assert.Contains("2 people are invited to the coaches' debrief", await SendAsync(director, cohort.Id, CohortEventKind.Debrief));
        // A double submit, or a second press, invites nobody twice.
        Assert.Contains("already invited. Nobody was emailed", await SendAsync(director, cohort.Id, CohortEventKind.Graduation));
        Assert.Equal(6, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.CohortId == cohort.Id && e.Kind == "EventInvitation")));

        await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Single().Address == cohort.Coaches[1] && m.Subject!.Contains("coaches' debrief"));
        foreach (var email in cohort.Coaches.Concat(cohort.Participants))
        {
            var mail = await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Single().Address == email && m.Subject!.Contains("invited to the graduation"));
            var ics = Ics(mail);
            Assert.Contains("METHOD:REQUEST", ics);
            Assert.Equal($"cohort-event-{graduation.Id}@coachingacademy", Line(ics, "UID"));
            Assert.Equal("0", Line(ics, "SEQUENCE"));
            Assert.Contains("DTSTART;TZID=America/Los_Angeles:", ics);
            var invitation = await app.QueryAsync(db => db.EventInvitations.Where(i => i.CohortEventId == graduation.Id && i.Person.Email == email).Select(i => i.Id).SingleAsync());
            Assert.Contains($"/Events/{invitation}", mail.TextBody);
        }
        Assert.Empty(cohort.Participants.SelectMany(p => MailTo(p, "coaches' debrief")));

        // Someone enrolled later: the next send invites them alone.
        var late = "send.late@example.org";
        await app.QueryAsync(async db =>
        {
            var c = await db.Cohorts.Include(x => x.Enrollments).SingleAsync(x => x.Id == cohort.Id);
            c.Enroll(new Person("Late Participant", late, "Analyst", PositionLevel.Other, null), EnrollmentRole.Participant, app.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
        Assert.Contains("1 person is not invited yet", WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{cohort.Id}/Events")));
        Assert.Contains("1 person is invited to the graduation", await SendAsync(director, cohort.Id, CohortEventKind.Graduation));
        Assert.Equal(7, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.CohortId == cohort.Id && e.Kind == "EventInvitation")));
        await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Single().Address == late && m.Subject!.Contains("invited to the graduation"));
        foreach (var email in cohort.Coaches.Concat(cohort.Participants))
            Assert.Single(MailTo(email, "invited to the graduation"));
    }

    [Fact]
    public async Task A_new_time_emails_everyone_invited_an_updated_ics_with_the_same_uid_and_a_higher_sequence()
    {
        var cohort = await NewCohortAsync("move", coaches: 1, participants: 1);
        var director = await SetAsync(cohort.Id, CohortEventKind.Graduation, InDays(40), "Riverbend City Hall");
        await SendAsync(director, cohort.Id, CohortEventKind.Graduation);
        var invitation = Ics(await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Single().Address == cohort.Coaches[0] && m.Subject!.Contains("invited to the graduation")));

        var moved = await director.PostFormAsync($"/Cohorts/{cohort.Id}/Events/Graduation", Form(InDays(41), "18:00", "20:00", "Riverbend Library"), $"/Cohorts/{cohort.Id}/Events");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains("Everyone invited is emailed the new details", WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{cohort.Id}/Events")));
        Assert.Equal(2, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.CohortId == cohort.Id && e.Kind == "EventChanged")));
        foreach (var email in cohort.Coaches.Concat(cohort.Participants))
        {
            var ics = Ics(await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Single().Address == email && m.Subject!.Contains("the graduation has changed")));
            Assert.Contains("METHOD:REQUEST", ics);
            Assert.Equal("1", Line(ics, "SEQUENCE"));
            Assert.Equal(Line(invitation, "UID"), Line(ics, "UID"));
            Assert.Contains($"DTSTART;TZID=America/Los_Angeles:{InDays(41).Replace("-", "")}T180000", ics);
            Assert.Contains("Riverbend Library", ics);
        }

        // The same details again (a double submit) email nobody.
        await director.PostFormAsync($"/Cohorts/{cohort.Id}/Events/Graduation", Form(InDays(41), "18:00", "20:00", "Riverbend Library"), $"/Cohorts/{cohort.Id}/Events");
        Assert.Contains("Nothing to change", WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{cohort.Id}/Events")));
        Assert.Equal(2, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.CohortId == cohort.Id && e.Kind == "EventChanged")));

        // Bad input: a message next to the field, nothing saved.
        var refused = await director.PostFormAsync($"/Cohorts/{cohort.Id}/Events/Graduation", Form(InDays(41), "18:00", "17:00", ""), $"/Cohorts/{cohort.Id}/Events");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldMessages.Assert(html, "EndTime", "The event ends after it starts.");
        FieldMessages.Assert(html, "Location", "Enter the room and address, or the video link.");
    }

    [Fact]
    public async Task An_invited_person_answers_and_changes_the_answer_and_sees_it_on_their_home_page()
    {
        var invitation = await app.QueryAsync(db => db.EventInvitations
            .Where(i => i.Person.Email == DemoUsers.Coach && i.Event.Kind == CohortEventKind.Graduation).Select(i => i.Id).SingleAsync());
        var coach = await app.LoginAsync(DemoUsers.Coach);
        var home = WebUtility.HtmlDecode(await coach.GetStringAsync("/"));
        Assert.Contains("Your invitations", home);
        Assert.Contains($"href=\"/Events/{invitation}\"", home);

        var empty = await coach.PostFormAsync($"/Events/{invitation}", []);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        FieldMessages.Assert(await empty.Content.ReadAsStringAsync(), "Reply", "Answer yes or no.");

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"/Events/{invitation}", new() { ["Reply"] = "Yes" })).StatusCode);
        Assert.Equal(EventReply.Yes, await app.QueryAsync(db => db.EventInvitations.Where(i => i.Id == invitation).Select(i => i.Reply).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"/Events/{invitation}", new() { ["Reply"] = "No" })).StatusCode);
        Assert.Contains("Thank you: your answer is recorded", WebUtility.HtmlDecode(await coach.GetStringAsync($"/Events/{invitation}")));
        Assert.Equal(EventReply.No, await app.QueryAsync(db => db.EventInvitations.Where(i => i.Id == invitation).Select(i => i.Reply).SingleAsync()));
        Assert.Contains("Your answer: No, not attending.", WebUtility.HtmlDecode(await coach.GetStringAsync("/")));

        var director = WebUtility.HtmlDecode(await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync($"/Cohorts/{await app.DemoCohortIdAsync()}/Events"));
        Assert.Matches("Dana Whitfield(?:(?!</tr>).)*No, not attending", director.Replace("\n", " "));
    }

    [Fact]
    public async Task Nobody_answers_another_persons_invitation_or_reaches_the_directors_page_and_a_cohort_without_the_rule_has_none()
    {
        var danas = await app.QueryAsync(db => db.EventInvitations
            .Where(i => i.Person.Email == DemoUsers.Coach && i.Event.Kind == CohortEventKind.Debrief).Select(i => new { i.Id, i.Reply }).SingleAsync());
        var participant = await app.LoginAsync(DemoUsers.Participant);
        var own = await app.QueryAsync(db => db.EventInvitations.Where(i => i.Person.Email == DemoUsers.Participant).Select(i => i.Id).SingleAsync());
        var ownPage = $"/Events/{own}";

        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/Events/{danas.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.PostFormAsync($"/Events/{danas.Id}", new() { ["Reply"] = "No" }, ownPage)).StatusCode);
        Assert.Equal(danas.Reply, await app.QueryAsync(db => db.EventInvitations.Where(i => i.Id == danas.Id).Select(i => i.Reply).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync("/Events/999999")).StatusCode);
        Denied.Assert(await (await app.LoginAsync(DemoUsers.Director)).GetAsync(ownPage));   // a director reads the replies on the cohort's page

        var cohortId = await app.DemoCohortIdAsync();
        foreach (var email in new[] { DemoUsers.Coach, DemoUsers.Participant, DemoUsers.Coordinator })
        {
            var client = await app.LoginAsync(email);
            Denied.Assert(await client.GetAsync($"/Cohorts/{cohortId}/Events"));
            Denied.Assert(await client.GetAsync($"/Cohorts/{cohortId}/Events/Recognise/csv"));
            Denied.Assert(await client.PostFormAsync($"/Cohorts/{cohortId}/Events/Graduation", Form(InDays(45), "17:00", "19:00", "Elsewhere"), "/"));
            Denied.Assert(await client.PostFormAsync($"/Cohorts/{cohortId}/Events/Graduation/Send", [], "/"));
        }

        var director = await app.LoginAsync(DemoUsers.Director);
        var executive = await app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.ExecutiveCoaching).Select(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Cohorts/{executive}/Events")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Cohorts/{executive}/Events/Recognise/csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.PostFormAsync($"/Cohorts/{executive}/Events/Graduation", Form(InDays(20), "17:00", "19:00", "Hall"), "/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Cohorts/{cohortId}/Events/Banquet/csv")).StatusCode);
        Assert.DoesNotContain("/Events\"", await director.GetStringAsync($"/Cohorts/Details/{executive}"));
        Assert.Contains($"/Cohorts/{cohortId}/Events\"", await director.GetStringAsync($"/Cohorts/Details/{cohortId}"));
    }

    [Fact]
    public async Task A_coach_is_recognised_once_an_engagement_held_the_minimum_and_the_list_downloads_with_their_reply()
    {
        var cohort = await NewCohortAsync("recognise");
        // Coach 1 and participant 1 held the minimum less one (2 of 3); coach 2 and participant 2 the minimum.
        var pairs = await app.QueryAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var people = await db.People.Where(p => p.Email.StartsWith("recognise.")).ToDictionaryAsync(p => p.Email);
            var matches = new List<int>();
            foreach (var (coach, participant, held) in new[] { (0, 0, 2), (1, 1, 3) })
            {
                var c = people[cohort.Coaches[coach]];
                var p = people[cohort.Participants[participant]];
                var match = new Match(cohort.Id, p, c, MatchSource.Director, null, now.AddDays(-40));
                match.Approve(null, [], now.AddDays(-40));
                db.Matches.Add(match);
                await db.SaveChangesAsync();
                for (var i = 0; i < held; i++)
                {
                    var session = new CoachingSession(match.Id, now.AddDays(-30 + 7 * i), 60, SessionForm.Video, "https://meet.example.org/x", null, p.Id, now.AddDays(-35));
                    session.Log(SessionStatus.Held, c.Id, now, [c.Id, p.Id], []);
                    db.CoachingSessions.Add(session);
                }
                // A session not held does not count.
                var missed = new CoachingSession(match.Id, now.AddDays(-2), 60, SessionForm.Video, "https://meet.example.org/x", null, p.Id, now.AddDays(-35));
                missed.Log(SessionStatus.NotHeld, c.Id, now, [c.Id, p.Id], []);
                db.CoachingSessions.Add(missed);
                await db.SaveChangesAsync();
                matches.Add(match.Id);
            }
            return matches;
        });
        var director = await SetAsync(cohort.Id, CohortEventKind.Graduation, InDays(40), "Riverbend City Hall");
        await SendAsync(director, cohort.Id, CohortEventKind.Graduation);

        var section = Section(WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{cohort.Id}/Events")));
        Assert.Contains($"Coach {cohort.Coaches[1]}", section);
        Assert.DoesNotContain($"Coach {cohort.Coaches[0]}", section);

        // One more session held by coach 1's pair: the minimum is reached.
        await app.QueryAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var match = await db.Matches.SingleAsync(m => m.Id == pairs[0]);
            var session = new CoachingSession(match.Id, now.AddDays(-1), 60, SessionForm.Video, "https://meet.example.org/x", null, match.ParticipantId!.Value, now.AddDays(-3));
            session.Log(SessionStatus.Held, match.CoachId!.Value, now, [match.CoachId!.Value, match.ParticipantId!.Value], []);
            db.CoachingSessions.Add(session);
            return await db.SaveChangesAsync();
        });
        // Coach 2 has said yes (these coaches have no login; answering through the page is tested above).
        await app.QueryAsync(db => db.EventInvitations.Where(i => i.Person.Email == cohort.Coaches[1])
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Reply, EventReply.Yes)));

        section = Section(WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{cohort.Id}/Events")));
        Assert.Contains($"Coach {cohort.Coaches[0]}", section);
        Assert.Contains($"Coach {cohort.Coaches[1]}", section);

        object?[][] expected =
        [
            ["Coach", "Coach email", "Coach agency", "Engagements with 3+ sessions held", "Sessions held", "Graduation reply"],
            [$"Coach {cohort.Coaches[0]}", cohort.Coaches[0], null, 1, 3, "No answer yet"],
            [$"Coach {cohort.Coaches[1]}", cohort.Coaches[1], null, 1, 3, "Yes, attending"],
        ];
        var csv = await ExportFiles.CsvAsync(await director.DownloadAsync($"/Cohorts/{cohort.Id}/Events/Recognise/csv", ExportFiles.Csv));
        var xlsx = ExportFiles.Xlsx(await director.DownloadAsync($"/Cohorts/{cohort.Id}/Events/Recognise/xlsx", ExportFiles.Workbook));
        ExportFiles.AssertCells(expected, csv, xlsx);
    }

    private static string Section(string page) =>
        page[page.IndexOf("id=\"recognise-heading\"", StringComparison.Ordinal)..];
}
