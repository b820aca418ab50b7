using System.Net;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>
/// Seed 004: at the end of the calendar, members who kept the attendance commitment (at most one missed meeting) receive a
/// certificate of completion. The demo's finished circle (last year's, cohort 6): Omar Farouk and Grace Lin attended all
/// eight meetings, Nadia Rahman seven, Hugo Silva five. On a database of its own: the signer changes.
/// </summary>
public sealed class EarningACertificate(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Omar = "omar.farouk@example.org", Hugo = "hugo.silva@example.org";

    [Fact]
    public async Task The_program_office_sees_who_qualifies_and_why_not_and_the_pdf_names_the_member_the_program_and_the_signer()
    {
        var (cohortId, teamId) = await FinishedTeamAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var page = WebUtility.HtmlDecode(await director.GetStringAsync($"/Cohorts/{cohortId}/Certificates"));
        Assert.Contains("3 of 4 members qualify", page);
        Assert.Contains("Qualifies: attended 7 of 8 meetings.", page);   // Nadia Rahman: one missed, the most allowed
        Assert.Contains("Does not qualify: missed 3 of 8 meetings, and at most 1 may be missed.", page);

        var omarId = await app.PersonIdAsync(Omar);
        var response = await director.GetAsync($"/Cohorts/{cohortId}/Certificates/{teamId}/{omarId}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using (var pdf = PdfReader.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import))
        {
            Assert.Equal(1, pdf.PageCount);
            Assert.Equal("Certificate of completion: Omar Farouk", pdf.Info.Title);
            Assert.Equal($"Peer Coaching Circle {app.Clock.GetUtcNow().Year - 1}", pdf.Info.Subject);
            Assert.Equal("Wendell Price", pdf.Info.Author);
        }

        // Hugo Silva's certificate is refused with the reason; a team of another cohort is not found in this one.
        var refused = await director.GetAsync($"/Cohorts/{cohortId}/Certificates/{teamId}/{await app.PersonIdAsync(Hugo)}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("No certificate for Hugo Silva yet. Does not qualify: missed 3 of 8 meetings", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var current = await app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.PeerCircle).OrderByDescending(c => c.GraduationDate).Select(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Cohorts/{current}/Certificates/{teamId}/{omarId}")).StatusCode);

        // The signer: refused next to the field when empty, and the next certificate carries the new one.
        var url = $"/Cohorts/{cohortId}/Certificates";
        var bad = await (await director.PostFormAsync($"{url}/Signer", new() { ["Name"] = "", ["Title"] = "Branch Deputy" }, url)).Content.ReadAsStringAsync();
        FieldMessages.Assert(bad, "Name", "Write the signing official's name.");
        await director.PostFormAsync($"{url}/Signer", new() { ["Name"] = "Alma Reyes", ["Title"] = "Branch Deputy, Harbor Point Utilities" }, url);
        using var signed = PdfReader.Open(new MemoryStream(await director.GetByteArrayAsync($"/Cohorts/{cohortId}/Certificates/{teamId}/{omarId}")), PdfDocumentOpenMode.Import);
        Assert.Equal("Alma Reyes", signed.Info.Author);
    }

    [Fact]
    public async Task A_member_sees_their_own_standing_and_downloads_only_their_own_certificate()
    {
        var (_, teamId) = await FinishedTeamAsync();
        var omar = await app.LoginAsync(Omar);
        Assert.Contains("Qualifies: attended 8 of 8 meetings.", await omar.GetStringAsync($"/Certificate/{teamId}"));
        var own = await omar.GetAsync($"/Certificate/{teamId}/pdf");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Certificate of completion - Omar Farouk.pdf", own.Content.Headers.ContentDisposition?.ToString());

        var hugo = await app.LoginAsync(Hugo);
        var standing = WebUtility.HtmlDecode(await hugo.GetStringAsync($"/Certificate/{teamId}"));
        Assert.Contains("Does not qualify: missed 3 of 8 meetings", standing);
        Assert.DoesNotContain("Download your certificate", standing);
        Assert.Equal(HttpStatusCode.Conflict, (await hugo.GetAsync($"/Certificate/{teamId}/pdf")).StatusCode);

        // A member of another team finds nothing here; their own team, halfway through, is not finished yet.
        var noor = await app.LoginAsync(DemoUsers.Peer);
        Assert.Equal(HttpStatusCode.NotFound, (await noor.GetAsync($"/Certificate/{teamId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await noor.GetAsync($"/Certificate/{teamId}/pdf")).StatusCode);
        var noorTeam = await app.QueryAsync(db => db.Matches.Where(m => m.ParticipantId == null && m.Members.Any(x => x.Person.Email == DemoUsers.Peer)).Select(m => m.Id).SingleAsync());
        Assert.Contains("Not yet: the team&#x27;s final meeting is not held", await noor.GetStringAsync($"/Certificate/{noorTeam}"));
        Assert.Contains("Your certificate of completion", await noor.GetStringAsync($"/Sessions?matchId={noorTeam}"));
    }

    [Fact]
    public async Task Each_supervisor_is_told_once_whether_the_member_completed_and_nothing_from_the_meetings()
    {
        var (cohortId, _) = await FinishedTeamAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var url = $"/Cohorts/{cohortId}/Certificates";
        await director.PostFormAsync($"{url}/TellSupervisors", [], url);
        Assert.Contains("4 supervisors are told by email how their member completed the program.", await director.GetStringAsync(url));

        var program = $"Peer Coaching Circle {app.Clock.GetUtcNow().Year - 1}";
        var omar = await app.Smtp.WaitForMessageAsync(m => m.Subject == $"{program}: Omar Farouk has completed the program");
        Assert.Equal("wendell.price@example.org", omar.To.Mailboxes.Single().Address);
        Assert.Contains("attended 8 of the 8 monthly meetings and receive the certificate of completion", omar.TextBody);
        var hugo = await app.Smtp.WaitForMessageAsync(m => m.Subject == $"{program}: Hugo Silva has finished the program");
        Assert.Contains("attended 5 of the 8 monthly meetings, fewer than the program's attendance commitment asks, so no certificate", hugo.TextBody);

        // A second press tells nobody twice; the circle halfway through has no finished team to tell of.
        await director.PostFormAsync($"{url}/TellSupervisors", [], url);
        Assert.Contains("Nobody was emailed.", await director.GetStringAsync(url));
        Assert.Equal(4, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.Subject.StartsWith(program + ": "))));
        var current = await app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.PeerCircle).OrderByDescending(c => c.GraduationDate).Select(c => c.Id).FirstAsync());
        await director.PostFormAsync($"/Cohorts/{current}/Certificates/TellSupervisors", [], $"/Cohorts/{current}/Certificates");
        Assert.Contains("Nobody was emailed.", await director.GetStringAsync($"/Cohorts/{current}/Certificates"));
        Denied.Assert(await (await app.LoginAsync(Omar)).PostFormAsync($"{url}/TellSupervisors", [], "/"));
    }

    private Task<(int CohortId, int TeamId)> FinishedTeamAsync() => app.QueryAsync(async db =>
    {
        var team = await db.Matches.Where(m => m.ParticipantId == null && m.Members.Any(x => x.Person.Email == Omar)).Select(m => new { m.CohortId, m.Id }).SingleAsync();
        return (team.CohortId, team.Id);
    });
}
