using System.Net;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Demo;
using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Cohorts;

/// <summary>
/// On its own database, mail through a real SMTP server: the agency coordinator's home (their agency's people in each open
/// cohort, where each stands, and what waits), and a coordinator naming their agency's coaches.
/// </summary>
public sealed class CoordinatingAnAgency(MailingApp app) : IClassFixture<MailingApp>
{
    private static string Section(string html, int cohortId)
    {
        var at = html.IndexOf($"aria-labelledby=\"agency-cohort-{cohortId}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"No section for cohort {cohortId}.");
        return html[at..html.IndexOf("</section>", at, StringComparison.Ordinal)];
    }

    private static string Card(string html, int cohortId)
    {
        var at = html.IndexOf($"data-coordinator-todo=\"{cohortId}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"No to-do card for cohort {cohortId}.");
        return WebUtility.HtmlDecode(html[at..html.IndexOf("</ul>", at, StringComparison.Ordinal)]);
    }

    private static string Row(string section, string name)
    {
        var at = section.IndexOf($"<th scope=\"row\">{name}", StringComparison.Ordinal);
        Assert.True(at >= 0, $"{name} has no row.");
        return WebUtility.HtmlDecode(section[section.LastIndexOf("<tr", at, StringComparison.Ordinal)..section.IndexOf("</tr>", at, StringComparison.Ordinal)]);
    }

    private Task<int> CohortIdAsync(string prefix) =>
        app.QueryAsync(db => db.Cohorts.Where(c => c.Name.StartsWith(prefix)).Select(c => c.Id).SingleAsync());

    /// <summary>A new academy cohort (coaches at senior levels, orientation required) with nobody in it.</summary>
    private Task<int> NewAcademyAsync(string name) => app.QueryAsync(async db =>
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var cohort = new Cohort(name, DemoDataSeeder.TimeZoneId, today.AddDays(60), today.AddDays(90));
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return cohort.Id;
    });

    private Task<int> CoachEnrollmentsAsync(int cohortId, string email) =>
        app.QueryAsync(db => db.Enrollments.CountAsync(e => e.CohortId == cohortId && e.Person.Email == email && e.Role == EnrollmentRole.Coach));

    private Task<int> InvitationsInOutboxAsync(string email) =>
        app.QueryAsync(db => db.OutgoingEmails.CountAsync(m => m.Recipients.Contains(email) && m.Subject == Invitations.Subject));

    private static Task<HttpResponseMessage> NameAsync(HttpClient client, int cohortId, int personId) =>
        client.PostFormAsync($"/Cohorts/{cohortId}/Agency/Coaches", new() { ["CoachId"] = personId.ToString() }, "/");

    [Fact]
    public async Task The_coordinator_home_shows_each_cohorts_people_of_the_agency_where_they_stand_and_what_waits()
    {
        var academy = await app.DemoCohortIdAsync();
        var network = await CohortIdAsync("Coach Network");
        var html = await (await app.LoginAsync(DemoUsers.Coordinator)).GetStringAsync("/");

        // The academy: participants with their standing, coaches with orientation and seats.
        var people = Section(html, academy);
        Assert.Contains("Without a coach", Row(people, "Jordan Blake"));
        Assert.Contains("Participant", Row(people, "Jordan Blake"));
        Assert.Contains("Waiting for a director: proposed with Priya Natarajan", Row(people, "Taylor Nguyen"));
        Assert.Contains("Waiting for a director: proposed with Dana Whitfield", Row(people, "Avery Holt"));
        Assert.Contains("Not registered", Row(people, "Dana Whitfield"));
        Assert.Contains("1 of 2", Row(people, "Dana Whitfield"));
        Assert.Contains("Cleared", Row(people, "Morgan Ellery"));
        Assert.Contains("0 of 2", Row(people, "Morgan Ellery"));
        // The network: a pair coaching, a request waiting for the coach; no orientation there.
        var players = Section(html, network);
        Assert.Contains("Coaching with Sam Okoro", Row(players, "Devon Clarke"));
        Assert.Contains("Waiting for Rita Alvarez to answer", Row(players, "Priya Shah"));

        // What waits, counted, with a link to propose where the cohort lets coordinators propose.
        var todo = Card(html, academy);
        Assert.Contains("4 participants have no coach", todo);
        Assert.Contains($"href=\"/Matches/Propose?cohortId={academy}\"", todo);
        Assert.Contains("2 proposals wait for a director", todo);
        Assert.Contains("1 coach has not registered for orientation", todo);
        var networkTodo = Card(html, network);
        Assert.Contains("1 request waits for the coach's answer", networkTodo);
        Assert.DoesNotContain("Propose", networkTodo);

        // Another agency's people are not there.
        foreach (var stranger in new[] { "Marcus Webb", "Grace Okafor", "Victor Hale", "Elena Marsh", "Lakemont County", "Noor Haddad" })
            Assert.DoesNotContain(stranger, html);
    }

    [Fact]
    public async Task Another_agencys_coordinator_sees_their_own_people_and_none_of_the_first()
    {
        var academy = await app.DemoCohortIdAsync();
        var lakemont = await app.LoginAsync(await SecondUsers.EmailAsync(app, Who.Coordinator));

        var html = await lakemont.GetStringAsync("/");

        Assert.Contains("Coaching with Grace Okafor", Row(Section(html, academy), "Marcus Webb"));
        Assert.Contains("Registered", Row(Section(html, academy), "Victor Hale"));
        foreach (var stranger in new[] { "Jordan Blake", "Dana Whitfield", "Devon Clarke", "City of Riverbend" })
            Assert.DoesNotContain(stranger, html);
        Assert.DoesNotContain($"agency-cohort-{await CohortIdAsync("Coach Network")}", html);
    }

    [Fact]
    public async Task A_coordinator_names_an_agency_coach_who_is_invited_by_email_once_however_often_the_form_is_sent()
    {
        var cohortId = await NewAcademyAsync("Riverbend Coaches Academy");
        var coordinator = await app.LoginAsync(DemoUsers.Coordinator);
        var cho = await app.PersonIdAsync("hannah.cho@example.org");
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Cohorts/{cohortId}/Agency"));
        Assert.Contains("Hannah Cho — Budget Manager, Senior Manager", page);
        Assert.DoesNotContain("Grace Okafor", page);

        var named = await NameAsync(coordinator, cohortId, cho);

        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        Assert.Equal($"/Cohorts/{cohortId}/Agency", named.Headers.Location!.OriginalString);
        var after = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Cohorts/{cohortId}/Agency"));
        Assert.Contains("Hannah Cho is a coach of this cohort.", after);
        Assert.Contains("Not registered", Row(after, "Hannah Cho"));
        Assert.DoesNotContain("Hannah Cho — Budget Manager", after);
        Assert.Equal(1, await CoachEnrollmentsAsync(cohortId, "hannah.cho@example.org"));
        var link = await Invitations.WaitForLinkAsync(app.Smtp, "hannah.cho@example.org");
        var invitation = app.Smtp.Messages().Last(m => m.Subject == Invitations.Subject && m.To.Mailboxes.Single().Address == "hannah.cho@example.org");
        Assert.Contains(", as a coach in Riverbend Coaches Academy.", invitation.TextBody);
        Assert.Contains("Set your password", await app.CreateBrowserlessClient().GetStringAsync(link));

        // Sent again: the first result, no second enrollment and no second invitation.
        var again = await NameAsync(coordinator, cohortId, cho);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("Hannah Cho is a coach of this cohort.", WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Cohorts/{cohortId}/Agency")));
        Assert.Equal(1, await CoachEnrollmentsAsync(cohortId, "hannah.cho@example.org"));
        Assert.Equal(1, await InvitationsInOutboxAsync("hannah.cho@example.org"));

        // Sent twice at once (a double click): one enrollment, one invitation, and both answers are the result.
        var adeyemi = await app.PersonIdAsync("samuel.adeyemi@example.org");
        var both = await Task.WhenAll(NameAsync(coordinator, cohortId, adeyemi), NameAsync(await app.LoginAsync(DemoUsers.Coordinator), cohortId, adeyemi));
        Assert.All(both, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await CoachEnrollmentsAsync(cohortId, "samuel.adeyemi@example.org"));
        Assert.Equal(1, await InvitationsInOutboxAsync("samuel.adeyemi@example.org"));
    }

    [Fact]
    public async Task A_coordinator_cannot_name_another_agencys_person_a_non_senior_one_a_participant_or_in_a_missing_cohort()
    {
        var cohortId = await NewAcademyAsync("Refusals Academy");
        var academy = await app.DemoCohortIdAsync();
        var coordinator = await app.LoginAsync(DemoUsers.Coordinator);

        var okafor = await NameAsync(coordinator, cohortId, await app.PersonIdAsync("grace.okafor@example.org"));
        Assert.Equal(HttpStatusCode.OK, okafor.StatusCode);
        FieldMessages.Assert(await okafor.Content.ReadAsStringAsync(), "CoachId", "Choose one of your agency's people.");
        var nobody = await NameAsync(coordinator, cohortId, 999999);
        FieldMessages.Assert(await nobody.Content.ReadAsStringAsync(), "CoachId", "Choose one of your agency's people.");
        var empty = await coordinator.PostFormAsync($"/Cohorts/{cohortId}/Agency/Coaches", [], $"/Cohorts/{cohortId}/Agency");
        FieldMessages.Assert(await empty.Content.ReadAsStringAsync(), "CoachId", "Choose the person to name as a coach.");
        var analyst = await NameAsync(coordinator, cohortId, await app.PersonIdAsync(DemoUsers.Participant));
        FieldMessages.Assert(await analyst.Content.ReadAsStringAsync(), "CoachId", "Jordan Blake is not at a coaching level");
        var participant = await NameAsync(coordinator, academy, await app.PersonIdAsync("riley.santos@example.org"));
        FieldMessages.Assert(await participant.Content.ReadAsStringAsync(), "CoachId", "Riley Santos is already enrolled as a participant.");

        Assert.Equal(HttpStatusCode.NotFound, (await NameAsync(coordinator, 999999, await app.PersonIdAsync("luis.ortega@example.org"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/Cohorts/999999/Agency")).StatusCode);

        // Lakemont's coordinator cannot name Riverbend's people.
        var lakemont = await app.LoginAsync(await SecondUsers.EmailAsync(app, Who.Coordinator));
        var ortega = await NameAsync(lakemont, cohortId, await app.PersonIdAsync("luis.ortega@example.org"));
        FieldMessages.Assert(await ortega.Content.ReadAsStringAsync(), "CoachId", "Choose one of your agency's people.");
        Assert.DoesNotContain("Luis Ortega", await lakemont.GetStringAsync($"/Cohorts/{cohortId}/Agency"));

        Assert.Equal(0, await app.QueryAsync(db => db.Enrollments.CountAsync(e => e.CohortId == cohortId)));
        Assert.Equal(EnrollmentRole.Participant, await app.QueryAsync(db => db.Enrollments
            .Where(e => e.CohortId == academy && e.Person.Email == "riley.santos@example.org").Select(e => e.Role).SingleAsync()));
    }

    [Fact]
    public async Task Only_coordinators_reach_the_agency_page_and_the_naming_form()
    {
        var cohortId = await NewAcademyAsync("Gated Academy");
        var ortega = await app.PersonIdAsync("luis.ortega@example.org");
        foreach (var email in new[] { DemoUsers.Director, DemoUsers.Coach, DemoUsers.Participant })
        {
            var client = await app.LoginAsync(email);
            Denied.Assert(await client.GetAsync($"/Cohorts/{cohortId}/Agency"));
            Denied.Assert(await client.PostFormAsync($"/Cohorts/{cohortId}/Agency/Coaches", new() { ["CoachId"] = ortega.ToString() }, "/"));
        }
        Assert.Equal(0, await CoachEnrollmentsAsync(cohortId, "luis.ortega@example.org"));
    }

    [Fact]
    public async Task The_coordinator_pages_cost_the_same_queries_on_a_bigger_program()
    {
        await using var big = new AppFactory();
        var coordinator = await big.LoginAsync(DemoUsers.Coordinator);
        var academy = await big.DemoCohortIdAsync();
        var home = await coordinator.CountQueriesAsync(big, "/");
        var page = await coordinator.CountQueriesAsync(big, $"/Cohorts/{academy}/Agency");

        await GrowAgencyAsync(big, academy);

        Assert.Equal(home, await coordinator.CountQueriesAsync(big, "/"));
        Assert.Equal(page, await coordinator.CountQueriesAsync(big, $"/Cohorts/{academy}/Agency"));
        var html = await coordinator.GetStringAsync("/");
        Assert.Contains($"All 49 people of your agency in Leadership Academy", html);
        Assert.Contains("Without a coach", Row(Section(html, academy), "Agency Participant 01"));
    }

    /// <summary>Forty more of Riverbend's participants in the academy (half proposed with a coach), and more cohorts with Riverbend's coaches and participants, matched and seated.</summary>
    private static Task GrowAgencyAsync(AppFactory app, int academyId) => app.QueryAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var academy = await db.Cohorts.Include(c => c.Enrollments).SingleAsync(c => c.Id == academyId);
        var riverbend = await db.Agencies.SingleAsync(a => a.Name == "City of Riverbend");
        var cho = await db.People.SingleAsync(p => p.Email == "hannah.cho@example.org");
        var ellery = await db.People.SingleAsync(p => p.Email == "morgan.ellery@example.org");
        var grown = Enumerable.Range(1, 40).Select(i =>
        {
            var person = new Person($"Agency Participant {i:00}", $"agency.participant.{i}@example.org", "Analyst", PositionLevel.Other, riverbend);
            person.ReportTo(cho);
            return person;
        }).ToList();
        db.People.AddRange(grown);
        var coaches = Enumerable.Range(1, 6).Select(i => new Person($"Agency Coach {i}", $"agency.coach.{i}@example.org", "Director", PositionLevel.DepartmentHead, riverbend)).ToList();
        db.People.AddRange(coaches);
        await db.SaveChangesAsync();
        foreach (var person in grown)
            academy.Enroll(person, EnrollmentRole.Participant, now);
        for (var i = 0; i < 8; i++)
        {
            var cohort = new Cohort($"Agency Cohort {i + 1}", DemoDataSeeder.TimeZoneId, today.AddDays(70 + i), today.AddDays(100 + i));
            var session = cohort.AddOrientationSession(now.AddDays(5), now.AddDays(5).AddHours(2), "Room A", 10);
            foreach (var coach in coaches)
            {
                cohort.Enroll(coach, EnrollmentRole.Coach, now);
                session.Register(coach, now);
            }
            foreach (var person in grown.Take(10))
                cohort.Enroll(person, EnrollmentRole.Participant, now);
            db.Cohorts.Add(cohort);
        }
        await db.SaveChangesAsync();
        foreach (var cohort in db.Cohorts.Local.Where(c => c.Name.StartsWith("Agency Cohort")).ToList())
            for (var i = 0; i < 5; i++)
                db.Matches.Add(new Match(cohort.Id, grown[i], coaches[i], MatchSource.Coordinator, null, now));
        for (var i = 20; i < 40; i++)
            db.Matches.Add(new Match(academy.Id, grown[i], ellery, MatchSource.Coordinator, null, now));
        await db.SaveChangesAsync();
        return 0;
    });
}
