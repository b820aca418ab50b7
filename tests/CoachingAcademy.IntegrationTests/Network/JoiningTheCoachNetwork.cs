using System.Net;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Network;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Network.NetworkPages;

namespace CoachingAcademy.IntegrationTests.Network;

/// <summary>
/// Seed 001: volunteer coaches and players register themselves with the coach network: a one-time link by email (only its
/// hash stored, 48 hours, once), then a password, and they are in. On a database of its own: it signs people up and moves the clock.
/// </summary>
public sealed class JoiningTheCoachNetwork(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task A_volunteer_coach_signs_up_confirms_by_the_emailed_link_chooses_a_password_and_signs_in()
    {
        var network = await app.NetworkIdAsync();
        var anonymous = app.CreateBrowserlessClient();
        const string email = "wren.castellano@example.org";

        var sent = await anonymous.PostFormAsync($"/Join/{network}", SignUp("Coach", "Wren Castellano", "Wren.Castellano@example.org "));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/Join/{network}/Sent", sent.Headers.Location!.OriginalString);
        Assert.Contains("We have sent an email to Wren.Castellano@example.org", await anonymous.GetStringAsync(sent.Headers.Location.OriginalString));
        var link = LinkIn(await app.SignUpEmailAsync(email));

        // Before confirming: no person, no login, not listed, and signing in fails as for any unknown address.
        Assert.Equal(0, await app.QueryAsync(db => db.People.CountAsync(p => p.Email == email)));
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var stored = await app.QueryAsync(db => db.NetworkSignUps.SingleAsync(s => s.Email == email));
        Assert.Equal(OneTimeTokenHash(token), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash);
        await AssertCannotSignInAsync(email);
        Assert.DoesNotContain("Wren Castellano", await (await app.LoginAsync(DemoUsers.Player)).GetStringAsync($"/CoachRequests?cohortId={network}"));

        var page = await anonymous.GetStringAsync(link);
        Assert.Contains("Wren Castellano, you join Coach Network 2026 as a volunteer coach. You will sign in with wren.castellano@example.org.", page);
        var weak = await anonymous.PostFormAsync(link, Password("password1234"), link);
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.StartsWith("This password is too easy to guess", FieldMessages.For(await weak.Content.ReadAsStringAsync(), "Password"));
        var different = await anonymous.PostFormAsync(link, new() { ["Password"] = GoodPassword, ["ConfirmPassword"] = "something else" }, link);
        FieldMessages.Assert(await different.Content.ReadAsStringAsync(), "ConfirmPassword", "The two passwords are not the same.");
        Assert.Equal(0, await app.QueryAsync(db => db.People.CountAsync(p => p.Email == email)));

        var confirmed = await anonymous.PostFormAsync(link, Password(GoodPassword), link);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"/Network/{network}/Profile", confirmed.Headers.Location!.OriginalString);
        Assert.Contains("your email is confirmed and you are signed in", await anonymous.GetStringAsync($"/Network/{network}/Profile"));
        var enrollment = await app.QueryAsync(db => db.Enrollments.Where(e => e.Person.Email == email).Select(e => new { e.CohortId, e.Role }).SingleAsync());
        Assert.Equal((network, EnrollmentRole.Coach), (enrollment.CohortId, enrollment.Role));
        Assert.Equal("Pacific", await app.QueryAsync(db => db.NetworkProfiles.Where(p => p.Enrollment.Person.Email == email).Select(p => p.Region).SingleAsync()));

        var coach = await app.LoginAsync(email, GoodPassword);
        Assert.Contains("Your coach profile", await coach.GetStringAsync($"/Network/{network}/Profile"));

        // Used: followed or posted again, the link says so in words and changes nothing.
        var reused = await anonymous.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        Assert.Contains("This link has already been used.", await reused.Content.ReadAsStringAsync());
        var stranger = app.CreateBrowserlessClient();
        var reposted = await stranger.PostFormAsync(link, Password("another lantern orchard phrase"), "/Account/Login");
        Assert.Equal(HttpStatusCode.Gone, reposted.StatusCode);
        await app.LoginAsync(email, GoodPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/Join/Confirm?token=not-a-token")).StatusCode);
    }

    [Fact]
    public async Task A_player_signs_up_the_same_way_with_no_agency_and_lands_on_the_directory()
    {
        var network = await app.NetworkIdAsync();
        var anonymous = app.CreateBrowserlessClient();
        const string email = "ines.valdivia@example.org";

        await anonymous.PostFormAsync($"/Join/{network}", SignUp("Player", "Inés Valdivia", email, "Northeast"));
        var link = LinkIn(await app.SignUpEmailAsync(email));
        Assert.Contains("as a player", await anonymous.GetStringAsync(link));
        var confirmed = await anonymous.PostFormAsync(link, Password(GoodPassword), link);

        Assert.Equal($"/CoachRequests?cohortId={network}", confirmed.Headers.Location!.OriginalString);
        var directory = await anonymous.GetStringAsync(confirmed.Headers.Location.OriginalString);
        Assert.Contains("Find a coach", directory);
        Assert.Contains("Theo Marchetti", directory);
        var person = await app.QueryAsync(db => db.People.Where(p => p.Email == email).Select(p => new { p.AgencyId, p.SupervisorId }).SingleAsync());
        Assert.Equal((null, null), (person.AgencyId, person.SupervisorId));
        Assert.Equal(EnrollmentRole.Participant, await app.QueryAsync(db => db.Enrollments.Where(e => e.Person.Email == email).Select(e => e.Role).SingleAsync()));
        Assert.True(await app.QueryAsync(db => (from u in db.Users
                                                 join ur in db.UserRoles on u.Id equals ur.UserId
                                                 join r in db.Roles on ur.RoleId equals r.Id
                                                 where u.Email == email && r.Name == Roles.Participant
                                                 select u).AnyAsync()));
    }

    [Fact]
    public async Task A_link_past_its_48_hours_is_refused_with_words_and_makes_no_one()
    {
        var network = await app.NetworkIdAsync();
        var anonymous = app.CreateBrowserlessClient();
        const string email = "bram.okonkwo@example.org";
        await anonymous.PostFormAsync($"/Join/{network}", SignUp("Coach", "Bram Okonkwo", email));
        var link = LinkIn(await app.SignUpEmailAsync(email));

        app.Clock.Advance(TimeSpan.FromHours(NetworkSignUp.ValidHours));

        var expired = await anonymous.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("This link has expired (links work for 48 hours).", await expired.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.PostFormAsync(link, Password(GoodPassword), $"/Join/{network}")).StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.People.CountAsync(p => p.Email == email)));
        await AssertCannotSignInAsync(email, GoodPassword);
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_gets_the_same_page_and_an_email_saying_so_and_no_link()
    {
        var network = await app.NetworkIdAsync();
        var anonymous = app.CreateBrowserlessClient();

        var sent = await anonymous.PostFormAsync($"/Join/{network}", SignUp("Coach", "Someone Else", DemoUsers.Player));

        Assert.Equal($"/Join/{network}/Sent", sent.Headers.Location!.OriginalString);
        var email = await app.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains(DemoUsers.Player) && m.Subject == "Your sign-up to Coach Network 2026");
        Assert.DoesNotContain("/Join/Confirm", email.TextBody);
        Assert.Equal(0, await app.QueryAsync(db => db.NetworkSignUps.CountAsync(s => s.Email == DemoUsers.Player)));
    }

    [Fact]
    public async Task An_address_gets_a_few_sign_up_emails_an_hour_however_often_the_form_is_posted()
    {
        var network = await app.NetworkIdAsync();
        var anonymous = app.CreateBrowserlessClient();
        const string email = "often.posted@example.org";

        for (var i = 0; i < NetworkSignUpService.MaxEmailsPerHour + 3; i++)
            Assert.Equal($"/Join/{network}/Sent", (await anonymous.PostFormAsync($"/Join/{network}", SignUp("Player", "Often Posted", email))).Headers.Location!.OriginalString);

        Assert.Equal(NetworkSignUpService.MaxEmailsPerHour, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.Recipients == email)));
        Assert.Equal(NetworkSignUpService.MaxEmailsPerHour, await app.QueryAsync(db => db.NetworkSignUps.CountAsync(s => s.Email == email)));
    }

    [Fact]
    public async Task Bad_input_gets_a_message_next_to_its_field_and_markup_is_shown_as_text()
    {
        var network = await app.NetworkIdAsync();
        var anonymous = app.CreateBrowserlessClient();

        var refused = await anonymous.PostFormAsync($"/Join/{network}", SignUp("Director", new string('x', 300), "not an address", "Atlantis"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldMessages.Assert(html, "JoinAs", "Choose whether you join as a volunteer coach or as a player.");
        FieldMessages.Assert(html, "FullName", "A name has at most 200 characters.");
        FieldMessages.Assert(html, "Email", "This is not an email address");
        FieldMessages.Assert(html, "Region", "'Atlantis' is not one of the network's regions");

        const string email = "markup.tester@example.org";
        const string name = "<script>alert('x')</script> Tester";
        await anonymous.PostFormAsync($"/Join/{network}", SignUp("Coach", name, email));
        var message = await app.SignUpEmailAsync(email);
        Assert.Contains("&lt;script&gt;", message.HtmlBody);
        var page = await anonymous.GetStringAsync(LinkIn(message));
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Tester", page);
        Assert.DoesNotContain("<script>alert", page);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/Join/1")).StatusCode);    // the academy takes no sign-ups
    }

    private async Task AssertCannotSignInAsync(string email, string password = GoodPassword)
    {
        var client = app.CreateBrowserlessClient();
        var login = await client.PostFormAsync("/Account/Login", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("The email or password is incorrect.", await login.Content.ReadAsStringAsync());
    }

    private static string OneTimeTokenHash(string token) => Core.Common.OneTimeToken.Hash(token);
}
