using System.Net;
using System.Text.RegularExpressions;
using CoachingAcademy.Core.Applications;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>
/// Seed 004's application on the demo's peer circle, on a database of its own: Aisha Bello applies (her seeded application is
/// removed first), her supervisor and then her division director approve through emailed one-time links, and the program office
/// accepts; Tom Becker's division director declines with a reason.
/// </summary>
public sealed partial class ApplyingToAPeerCircle(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Aisha = "aisha.bello@example.org";
    private const string Tom = "tom.becker@example.org";

    [GeneratedRegex(@"https?://\S+/Applications/Review\?token=\S+")]
    private static partial Regex ReviewLink();

    private static string LinkIn(MimeMessage message) => new Uri(ReviewLink().Match(message.TextBody ?? "").Value).PathAndQuery;

    private Task<int> CircleIdAsync() =>
        app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.PeerCircle).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    private Task<CircleApplication> ApplicationOfAsync(string email) =>
        app.QueryAsync(db => db.CircleApplications.AsNoTracking().SingleAsync(a => a.Person.Email == email));

    private Task<MimeMessage> MailAsync(string to, string subjectStart, string? containing = null, IReadOnlyCollection<string>? except = null) =>
        app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(x => x.Address == to) && (m.Subject ?? "").StartsWith(subjectStart)
            && (containing is null || (m.TextBody ?? "").Contains(containing)) && (except is null || !except.Contains(LinkIn(m))));

    private static Dictionary<string, string> Form(string why = "I want to lead change with peers.", bool committed = true)
    {
        var form = new Dictionary<string, string>
        {
            ["JobClassification"] = "Safety Coordinator", ["Division"] = "Customer Operations", ["Unit"] = "Safety",
            ["SupervisorName"] = "Wendell Price", ["SupervisorEmail"] = "wendell.price@example.org",
            ["DirectorName"] = "Rosa Delgado", ["DirectorEmail"] = "rosa.delgado@example.org",
            ["Why"] = why, ["LeadershipRoles"] = "A safety manager's position.",
            ["Specific"] = "One monthly review of near misses", ["Measurable"] = "Twelve reviews held", ["Achievable"] = "Within my duties",
            ["Realistic"] = "The division asks for it", ["Timely"] = "By the final meeting",
        };
        for (var i = 0; i < 6; i++)
            form[$"Competencies[{i}]"] = i % 2 == 0 ? "grow" : "glow";
        if (committed)
            form["Committed"] = "true";
        return form;
    }

    [Fact]
    public async Task The_supervisor_then_the_division_director_then_the_program_office_approve_in_order_and_the_applicant_is_told_each_step()
    {
        var cohortId = await CircleIdAsync();
        await app.QueryAsync(db => db.CircleApplications.Where(a => a.Person.Email == Aisha).ExecuteDeleteAsync());
        var aisha = await app.LoginAsync(Aisha);
        var page = $"/Cohorts/{cohortId}/Application";
        var form = await aisha.GetStringAsync(page);
        Assert.Contains("Fostering a Team Environment", form);
        Assert.Contains("Building Coalitions", form);
        Assert.DoesNotContain("Final Program Meeting", form);
        Assert.Contains("value=\"Wendell Price\"", form);   // her supervisor, from the org chart

        // Bad input: a 100,000-character answer and no commitment are refused next to their fields, and nothing is saved.
        var refused = await aisha.PostFormAsync(page, Form(why: new string('x', 100_000), committed: false));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldMessages.Assert(html, "Why", "Keep this to 2");
        FieldMessages.Assert(html, "Committed", "Tick that you commit");
        Assert.False(await app.QueryAsync(db => db.CircleApplications.AnyAsync(a => a.Person.Email == Aisha)));

        // Sent twice: the first stands, and markup is shown as text.
        var sent = await Task.WhenAll(aisha.PostFormAsync(page, Form(why: "<b>To lead</b> change")), aisha.PostFormAsync(page, Form(why: "A second answer")));
        Assert.All(sent, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await app.QueryAsync(db => db.CircleApplications.CountAsync(a => a.Person.Email == Aisha)));
        var mine = await aisha.GetStringAsync(page);
        Assert.Contains("waiting for the supervisor", mine);
        var application = await ApplicationOfAsync(Aisha);
        if (application.Why.StartsWith('<'))
            Assert.Contains("&lt;b&gt;To lead&lt;/b&gt; change", mine);

        // The program office cannot accept before both approvals, and no division director's link exists yet.
        var director = await app.LoginAsync(DemoUsers.Director);
        var decide = $"/Cohorts/{cohortId}/Applications/{application.Id}/Decide";
        var early = await director.PostFormAsync(decide, new() { ["Approve"] = "true" }, $"/Cohorts/{cohortId}/Applications");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("The supervisor has not approved this application yet", await early.Content.ReadAsStringAsync());
        Assert.Equal(ApplicationStage.Supervisor, (await ApplicationOfAsync(Aisha)).Stage);
        Assert.False(await app.QueryAsync(db => db.ApplicationLinks.AnyAsync(l => l.ApplicationId == application.Id && l.Stage == ApplicationStage.DivisionDirector)));

        // The supervisor approves through the link; it is spent.
        var supervisorLink = LinkIn(await MailAsync("wendell.price@example.org", "Your approval is asked: Aisha Bello"));
        var anonymous = app.CreateBrowserlessClient();
        var review = await anonymous.GetStringAsync(supervisorLink);
        Assert.Contains("For Wendell Price, the applicant's supervisor.", review);
        Assert.Contains("One monthly review of near misses", review);
        Assert.DoesNotContain("training room B", review);
        var approved = await anonymous.PostFormAsync(supervisorLink, new() { ["Approve"] = "true" });
        Assert.Contains("You approved Aisha Bello&#x27;s application.", await approved.Content.ReadAsStringAsync());
        var again = await anonymous.GetAsync(supervisorLink);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("This link has already been used.", await again.Content.ReadAsStringAsync());
        await MailAsync(Aisha, "Your application to", "Wendell Price, your supervisor, approved your application.");

        // The division director concurs with the project to approve.
        var directorLink = LinkIn(await MailAsync("rosa.delgado@example.org", "Your approval is asked: Aisha Bello"));
        var noConcurrence = await anonymous.PostFormAsync(directorLink, new() { ["Approve"] = "true" });
        Assert.Equal(HttpStatusCode.OK, noConcurrence.StatusCode);
        FieldMessages.Assert(await noConcurrence.Content.ReadAsStringAsync(), "Concurs", "Tick that you concur");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostFormAsync(directorLink, new() { ["Approve"] = "true", ["Concurs"] = "true" })).StatusCode);
        var both = await ApplicationOfAsync(Aisha);
        Assert.Equal((ApplicationStage.ProgramOffice, "Wendell Price", "Rosa Delgado", true),
            (both.Stage, both.SupervisorApprovedBy, both.DirectorApprovedBy, both.DirectorConcurs));
        await MailAsync(Aisha, "Your application to", "your division director, approved your application and concurs");
        await MailAsync(DemoUsers.Director, $"Peer Coaching Circle");

        // The program office accepts; the same decision sent again shows the first.
        Assert.Contains("Waiting for the program office", await director.GetStringAsync($"/Cohorts/{cohortId}/Applications"));
        var accepted = await director.PostFormAsync(decide, new() { ["Approve"] = "true" }, $"/Cohorts/{cohortId}/Applications");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync(decide, new() { ["Approve"] = "true" }, $"/Cohorts/{cohortId}/Applications")).StatusCode);
        Assert.Equal((ApplicationStage.Accepted, "Alex Rivera"), ((await ApplicationOfAsync(Aisha)).Stage, (await ApplicationOfAsync(Aisha)).AcceptedBy));
        await MailAsync(Aisha, "Your application to", "The program office accepted your application");
        Assert.Contains("accepted by Alex Rivera", await aisha.GetStringAsync(page));
    }

    [Fact]
    public async Task A_decline_needs_a_reason_ends_the_application_and_replaced_expired_or_used_links_are_refused()
    {
        var cohortId = await CircleIdAsync();
        var tom = await ApplicationOfAsync(Tom);
        Assert.Equal(ApplicationStage.DivisionDirector, tom.Stage);
        var director = await app.LoginAsync(DemoUsers.Director);
        var list = $"/Cohorts/{cohortId}/Applications";

        // The demo's links are sent by the program office; a newer one replaces the earlier.
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"/Cohorts/{cohortId}/Applications/{tom.Id}/Resend", new(), list)).StatusCode);
        var first = LinkIn(await MailAsync("rosa.delgado@example.org", "Your approval is asked: Tom Becker"));
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"/Cohorts/{cohortId}/Applications/{tom.Id}/Resend", new(), list)).StatusCode);
        var second = LinkIn(await MailAsync("rosa.delgado@example.org", "Your approval is asked: Tom Becker", except: [first]));
        var anonymous = app.CreateBrowserlessClient();
        var replaced = await anonymous.GetAsync(first);
        Assert.Equal(HttpStatusCode.Gone, replaced.StatusCode);
        Assert.Contains("A newer link has been sent", await replaced.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/Applications/Review?token=not-a-token")).StatusCode);

        // Expired: fourteen days on.
        app.Clock.Advance(TimeSpan.FromDays(ApplicationLink.ValidDays));
        var expired = await anonymous.GetAsync(second);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("This link has expired", await expired.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.PostFormAsync(second, new() { ["Approve"] = "true", ["Concurs"] = "true" }, "/Account/Login")).StatusCode);
        Assert.Equal(ApplicationStage.DivisionDirector, (await ApplicationOfAsync(Tom)).Stage);

        // A decline needs a reason; a field naming another application changes nothing but this one.
        director = await app.LoginAsync(DemoUsers.Director);
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"/Cohorts/{cohortId}/Applications/{tom.Id}/Resend", new(), list)).StatusCode);
        var third = LinkIn(await MailAsync("rosa.delgado@example.org", "Your approval is asked: Tom Becker", except: [first, second]));
        var noReason = await anonymous.PostFormAsync(third, new() { ["Approve"] = "false" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        FieldMessages.Assert(await noReason.Content.ReadAsStringAsync(), "Reason", "Say why you decline");
        var lena = await ApplicationOfAsync("lena.sorensen@example.org");
        var declined = await anonymous.PostFormAsync(third, new()
        {
            ["Approve"] = "false", ["Reason"] = "The capital programme needs Tom full time <em>this year</em>.", ["ApplicationId"] = lena.Id.ToString(), ["Id"] = lena.Id.ToString(),
        });
        Assert.Contains("You declined Tom Becker&#x27;s application.", await declined.Content.ReadAsStringAsync());
        Assert.Equal((ApplicationStage.Declined, ApplicationStage.DivisionDirector), ((await ApplicationOfAsync(Tom)).Stage, (await ApplicationOfAsync(Tom)).DeclinedAt!.Value));
        Assert.Equal(ApplicationStage.Accepted, (await ApplicationOfAsync("lena.sorensen@example.org")).Stage);
        var told = await MailAsync(Tom, "Your application to", "declined your application");
        Assert.Contains("The reason given: The capital programme needs Tom full time <em>this year</em>.", told.TextBody);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync(third)).StatusCode);

        // The program office can no longer decide it; Tom reads the reason on his page.
        var late = await director.PostFormAsync($"/Cohorts/{cohortId}/Applications/{tom.Id}/Decide", new() { ["Approve"] = "true" }, list);
        Assert.Contains("declined by Rosa Delgado", await late.Content.ReadAsStringAsync());
        var tomsPage = await (await app.LoginAsync(Tom)).GetStringAsync($"/Cohorts/{cohortId}/Application");
        Assert.Contains("The capital programme needs Tom full time &lt;em&gt;this year&lt;/em&gt;.", tomsPage);
    }

    [Fact]
    public async Task Each_applicant_reads_only_their_own_application_and_only_directors_read_the_list()
    {
        var cohortId = await CircleIdAsync();
        var lena = await app.LoginAsync("lena.sorensen@example.org");
        var own = await lena.GetStringAsync($"/Cohorts/{cohortId}/Application");
        Assert.Contains("Publish a one-page buying guide", own);
        Assert.DoesNotContain("Capital Projects", own);

        var jordan = await app.LoginAsync(DemoUsers.Participant);   // not in the circle
        Assert.Equal(HttpStatusCode.NotFound, (await jordan.GetAsync($"/Cohorts/{cohortId}/Application")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await lena.GetAsync($"/Cohorts/{cohortId}/Applications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lena.GetAsync("/Cohorts/1/Application")).StatusCode);

        var director = await app.LoginAsync(DemoUsers.Director);
        var listed = await director.GetStringAsync($"/Cohorts/{cohortId}/Applications");
        Assert.Contains("Noor Haddad", listed);
        Assert.Contains("Lena Sorensen", listed);
        Assert.Contains($"/Cohorts/{cohortId}/Applications", await director.GetStringAsync($"/Cohorts/Details/{cohortId}"));
    }
}
