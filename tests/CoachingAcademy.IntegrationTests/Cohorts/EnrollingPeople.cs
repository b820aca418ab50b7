using System.Net;
using System.Text;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.TestSupport;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Cohorts;

/// <summary>On its own database, mail through a real SMTP server: enrolling by CSV file or one at a time, and invitations.</summary>
public sealed class EnrollingPeople(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Header = "Role,Name,Email,Title,Position,Agency,Supervisor email\n";

    private static Task<HttpResponseMessage> UploadAsync(HttpClient director, int cohortId, string csv) =>
        UploadAsync(director, cohortId, Encoding.UTF8.GetBytes(csv));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient director, int cohortId, byte[] file)
    {
        var token = await director.AntiforgeryTokenAsync($"/Cohorts/{cohortId}/People");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "File", "people.csv" },
        };
        return await director.PostAsync($"/Cohorts/{cohortId}/People/Upload", content);
    }

    private Task<(int People, int Enrollments, int Users)> CountsAsync() => app.QueryAsync(async db =>
        (await db.People.CountAsync(), await db.Enrollments.CountAsync(), await db.Users.CountAsync()));

    [Fact]
    public async Task A_file_saved_by_excel_in_windows_1252_keeps_its_accents()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var csv = Header + "Participant,José Núñez,jose.nunez@example.org,Analyst,Other,City of Riverbend,coach@example.org\n";

        var response = await UploadAsync(director, cohortId, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(csv));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("José Núñez", html);
        Assert.DoesNotContain("\uFFFD", html);
    }

    [Fact]
    public async Task A_file_with_errors_shows_every_line_with_its_errors_and_nothing_is_imported()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var before = await CountsAsync();
        var csv = Header + """
            Coach,Pat Lee,pat.lee@example.org,Fire Chief,Department Head,City of Riverbend,morgan.ellery@example.org
            Participant,Sam Ortiz,sam.ortiz@example.org,Fire Captain,Other,Town of Nowhere,pat.lee@example.org
            Participant,Sam Twice,sam.ortiz@example.org,Fire Captain,Other,City of Riverbend,pat.lee@example.org
            Participant,Kim Nobody,kim.nobody@example.org,Analyst,Other,City of Riverbend,
            Coach,Lee Junior,lee.junior@example.org,Analyst,Other,City of Riverbend,pat.lee@example.org
            Participant,Ann Stray,ann.stray@example.org,Analyst,Other,City of Riverbend,ghost@example.org
            Participant,Jordan Blake,participant@example.org,,,City of Riverbend,
            Coach,Bo Loop,bo.loop@example.org,Senior Planner,Senior Manager,City of Riverbend,cy.loop@example.org
            Coach,Cy Loop,cy.loop@example.org,Senior Planner,Senior Manager,City of Riverbend,bo.loop@example.org
            Mentor,Not Email,not-an-email,Analyst,Mayor,City of Riverbend,pat.lee@example.org
            """;

        var response = await UploadAsync(director, cohortId, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("error(s) in the file: correct them and upload it again. Nothing was imported.", html);
        Assert.Contains("OK, new person", html);                                               // line 2 is fine
        Assert.Contains("Unknown agency 'Town of Nowhere'", html);
        Assert.Contains("sam.ortiz@example.org appears more than once in the file (lines 3, 4).", html);
        Assert.Contains("Supervisor email is missing: a participant's supervisor is needed", html);
        Assert.Contains("Lee Junior is not at a coaching level", html);
        Assert.Contains("The supervisor ghost@example.org is neither in the program nor in this file.", html);
        Assert.Contains("participant@example.org is already enrolled in this cohort as a participant.", html);
        Assert.Contains("The supervisors in the file go round in a circle back to this person.", html);
        Assert.Contains("Role 'Mentor' is not Participant or Coach.", html);
        Assert.Contains("'not-an-email' is not an email address.", html);
        Assert.Contains("Position 'Mayor' is not one of", html);
        Assert.DoesNotContain("People/Import", html);

        // Posting the same file to the import directly is checked again and refused whole.
        var import = await director.PostFormAsync($"/Cohorts/{cohortId}/People/Import", new() { ["Csv"] = csv }, $"/Cohorts/{cohortId}/People");
        Assert.Contains("nothing was imported", await import.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_valid_file_is_imported_whole_and_every_new_login_is_invited_to_set_its_password()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var csv = Header + """
            Coach,Toni Reyes,toni.reyes@example.org,Fire Chief,Department Head,City of Riverbend,morgan.ellery@example.org
            Participant,Wes Ames,wes.ames@example.org,Fire Captain,Other,City of Riverbend,toni.reyes@example.org
            Coach,Luis Ortega,luis.ortega@example.org,,,City of Riverbend,
            """;

        var preview = await (await UploadAsync(director, cohortId, csv)).Content.ReadAsStringAsync();
        Assert.Contains("Every line is valid: 3 people, 2 new to the program.", WebUtility.HtmlDecode(preview));
        Assert.Equal(0, await app.QueryAsync(db => db.People.CountAsync(p => p.Email == "toni.reyes@example.org")));

        // The confirmation sends back the file the preview page holds, as a browser would.
        var held = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(preview, "name=\"Csv\" value=\"([^\"]*)\"").Groups[1].Value);
        Assert.Equal(csv, held);
        var import = await director.PostFormAsync($"/Cohorts/{cohortId}/People/Import", new() { ["Csv"] = held }, $"/Cohorts/{cohortId}/People");

        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Contains("3 people are enrolled.", WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{cohortId}/People?role=Coach")));
        var (toni, wes) = await app.QueryAsync(async db => (
            await db.People.Include(p => p.Supervisor).SingleAsync(p => p.Email == "toni.reyes@example.org"),
            await db.People.Include(p => p.Supervisor).SingleAsync(p => p.Email == "wes.ames@example.org")));
        Assert.Equal("morgan.ellery@example.org", toni.Supervisor!.Email);
        Assert.Equal(toni.Id, wes.SupervisorId);
        Assert.Equal(3, await app.QueryAsync(db => db.Enrollments.CountAsync(e => e.CohortId == cohortId
            && (e.Person.Email == "toni.reyes@example.org" || e.Person.Email == "luis.ortega@example.org" || e.Person.Email == "wes.ames@example.org"))));

        // Each new login (Luis Ortega was in the org chart without one) gets its link; it works once.
        foreach (var email in new[] { "toni.reyes@example.org", "wes.ames@example.org", "luis.ortega@example.org" })
            await Invitations.WaitForLinkAsync(app.Smtp, email);
        var link = await Invitations.WaitForLinkAsync(app.Smtp, "wes.ames@example.org");
        // The invitation says where, as what, and what to do first.
        var cohortName = await app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Name).SingleAsync());
        var invitations = app.Smtp.Messages().Where(m => m.Subject == Invitations.Subject).GroupBy(m => m.To.Mailboxes.Single().Address).ToDictionary(g => g.Key, g => g.Last().TextBody);
        Assert.Contains($", as a participant in {cohortName}.", invitations["wes.ames@example.org"]);
        Assert.Contains("when you are matched with a coach, you schedule your sessions there", invitations["wes.ames@example.org"]);
        Assert.Contains($", as a coach in {cohortName}.", invitations["toni.reyes@example.org"]);
        Assert.Contains("register for one of the cohort's orientation sessions", invitations["toni.reyes@example.org"]);
        var wesClient = app.CreateBrowserlessClient();
        Assert.Contains("Set your password", await wesClient.GetStringAsync(link));

        var mismatch = await wesClient.PostFormAsync("/Account/SetPassword", Invitations.SetPasswordForm(link, "a long enough password", "another password"), link);
        FieldMessages.Assert(await mismatch.Content.ReadAsStringAsync(), "ConfirmPassword", "The two passwords are not the same.");
        var tooShort = await wesClient.PostFormAsync("/Account/SetPassword", Invitations.SetPasswordForm(link, "short", "short"), link);
        FieldMessages.Assert(await tooShort.Content.ReadAsStringAsync(), "Password", "A password has at least 12 characters");
        var guessable = await wesClient.PostFormAsync("/Account/SetPassword", Invitations.SetPasswordForm(link, "aaaaaaaaaaaa", "aaaaaaaaaaaa"), link);
        var guessableHtml = WebUtility.HtmlDecode(await guessable.Content.ReadAsStringAsync());
        FieldMessages.Assert(guessableHtml, "Password", "This password is too easy to guess");
        Assert.Contains("Repeated characters", guessableHtml);

        var set = await wesClient.PostFormAsync("/Account/SetPassword", Invitations.SetPasswordForm(link, "wes ames sets a password", "wes ames sets a password"), link);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Contains("Your password is set and you are signed in.", await wesClient.GetStringAsync("/"));
        await app.LoginAsync("wes.ames@example.org", "wes ames sets a password");

        var reused = await app.CreateBrowserlessClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("This link no longer works", await reused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_resent_invitation_replaces_the_earlier_link()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        await director.PostFormAsync($"/Cohorts/{cohortId}/People/Enroll", new() { ["Email"] = "samuel.adeyemi@example.org", ["Role"] = "Coach" },
            $"/Cohorts/{cohortId}/People");
        var first = await Invitations.WaitForLinkAsync(app.Smtp, "samuel.adeyemi@example.org");
        var personId = await app.PersonIdAsync("samuel.adeyemi@example.org");
        Assert.Contains("Invitation pending", await director.GetStringAsync($"/Cohorts/{cohortId}/People?role=Coach"));

        var resend = await director.PostFormAsync($"/People/Invite/{personId}", new() { ["cohortId"] = cohortId.ToString() }, $"/Cohorts/{cohortId}/People");
        Assert.Equal($"/Cohorts/{cohortId}/People", resend.Headers.Location!.OriginalString);
        var second = await Invitations.WaitForLinkAsync(app.Smtp, "samuel.adeyemi@example.org", seen: 1);

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateBrowserlessClient().GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserlessClient().GetAsync(second)).StatusCode);
    }

    [Fact]
    public async Task Enrolling_one_person_says_what_is_wrong_next_to_the_email()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var people = $"/Cohorts/{cohortId}/People";

        var unknown = await director.PostFormAsync($"{people}/Enroll", new() { ["Email"] = "nobody@example.org", ["Role"] = "Participant" }, people);
        FieldMessages.Assert(await unknown.Content.ReadAsStringAsync(), "Email", "No one in the program has the email nobody@example.org.");
        var twice = await director.PostFormAsync($"{people}/Enroll", new() { ["Email"] = DemoUsers.Participant, ["Role"] = "Participant" }, people);
        FieldMessages.Assert(await twice.Content.ReadAsStringAsync(), "Email", "Jordan Blake is already enrolled as a participant.");
        var bothRoles = await director.PostFormAsync($"{people}/Enroll", new() { ["Email"] = "grace.okafor@example.org", ["Role"] = "Participant" }, people);
        FieldMessages.Assert(await bothRoles.Content.ReadAsStringAsync(), "Email", "Grace Okafor is already enrolled as a coach.");
        var notACoach = await director.PostFormAsync($"{people}/Enroll", new() { ["Email"] = "hannah.cho@example.org", ["Role"] = "Coach" }, people);
        Assert.Equal(HttpStatusCode.Redirect, notACoach.StatusCode);   // a Senior Manager may coach
        var staff = await director.PostFormAsync($"{people}/Enroll", new() { ["Email"] = "jamie.sutton@example.org", ["Role"] = "Coach" }, people);
        FieldMessages.Assert(await staff.Content.ReadAsStringAsync(), "Email", "Jamie Sutton is academy staff");

        Assert.Equal(EnrollmentRole.Coach, await app.QueryAsync(db => db.Enrollments.Where(e => e.Person.Email == "hannah.cho@example.org").Select(e => e.Role).SingleAsync()));
    }

    [Fact]
    public async Task A_person_is_withdrawn_while_nothing_hangs_on_their_place_and_loses_the_role_with_it()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var people = $"/Cohorts/{cohortId}/People";
        var quinn = await app.PersonIdAsync("quinn.foster@example.org");
        var marcus = await app.PersonIdAsync("marcus.webb@example.org");
        var ellery = await app.PersonIdAsync("morgan.ellery@example.org");

        await director.PostFormAsync($"{people}/{marcus}/Withdraw", [], people);
        Assert.Contains("Marcus Webb has a match or a team in this cohort", WebUtility.HtmlDecode(await director.GetStringAsync(people)));
        await director.PostFormAsync($"{people}/{ellery}/Withdraw", [], people);
        Assert.Contains("Morgan Ellery holds an orientation seat in this cohort", WebUtility.HtmlDecode(await director.GetStringAsync(people)));

        var withdrawn = await director.PostFormAsync($"{people}/{quinn}/Withdraw", [], people);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("Quinn Foster is no longer enrolled in this cohort.", await director.GetStringAsync(people));
        Assert.False(await app.QueryAsync(db => db.Enrollments.AnyAsync(e => e.PersonId == quinn)));
        Assert.True(await app.QueryAsync(db => db.Enrollments.AnyAsync(e => e.PersonId == marcus)));
        Assert.True(await app.QueryAsync(db => db.Enrollments.AnyAsync(e => e.PersonId == ellery)));
        var signedIn = await app.LoginAsync("quinn.foster@example.org");
        Denied.Assert(await signedIn.GetAsync("/CoachRequests"));
        Denied.Assert(await (await app.LoginAsync(DemoUsers.Coach)).PostFormAsync($"{people}/{marcus}/Withdraw", [], "/"));
    }

    [Fact]
    public async Task An_email_that_is_already_another_accounts_login_is_refused_in_words()
    {
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True((await users.CreateAsync(new ApplicationUser { UserName = "taken.login@example.org", Email = "taken.login@example.org" })).Succeeded);
        }
        var director = await app.LoginAsync(DemoUsers.Director);
        var riverbend = await app.QueryAsync(db => db.Agencies.Where(a => a.Name == "City of Riverbend").Select(a => a.Id).SingleAsync());
        await director.PostFormAsync($"/Agencies/{riverbend}/People/Add", new()
        {
            ["FullName"] = "Taken Login", ["Email"] = "taken.login@example.org", ["PositionLevel"] = "Other", ["SupervisorEmail"] = "morgan.ellery@example.org",
        });
        var cohortId = await app.DemoCohortIdAsync();

        var refused = await director.PostFormAsync($"/Cohorts/{cohortId}/People/Enroll", new() { ["Email"] = "taken.login@example.org", ["Role"] = "Participant" },
            $"/Cohorts/{cohortId}/People");

        FieldMessages.Assert(await refused.Content.ReadAsStringAsync(), "Email", "taken.login@example.org is already the login of another account");
        Assert.False(await app.QueryAsync(db => db.Enrollments.AnyAsync(e => e.Person.Email == "taken.login@example.org")));
    }

    [Fact]
    public async Task An_expired_invitation_link_gets_a_page_that_says_so()
    {
        var expiring = new MailingApp();
        expiring.With("App:InvitationDays", "0");
        await expiring.InitializeAsync();
        try
        {
            await ExpiredLinkAsync(expiring);
        }
        finally
        {
            await ((IAsyncLifetime)expiring).DisposeAsync();
        }
    }

    private static async Task ExpiredLinkAsync(MailingApp expiring)
    {
        var director = await expiring.LoginAsync(DemoUsers.Director);
        var cohortId = await expiring.DemoCohortIdAsync();
        await director.PostFormAsync($"/Cohorts/{cohortId}/People/Enroll", new() { ["Email"] = "luis.ortega@example.org", ["Role"] = "Coach" },
            $"/Cohorts/{cohortId}/People");
        var link = await Invitations.WaitForLinkAsync(expiring.Smtp, "luis.ortega@example.org");

        var response = await expiring.CreateBrowserlessClient().GetAsync(link);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("has expired, has already been used", await response.Content.ReadAsStringAsync());
    }
}
