using System.Net;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>
/// Seed 004: the director composes teams "based on the number of applications received and the background of the individuals
/// applying". With Aisha Bello's and Tom Becker's applications accepted, three accepted applicants wait for a team and the
/// Peer teams page suggests one team of the three, mixing their divisions; proposing it asks each to consent. On a database
/// of its own: a team is proposed.
/// </summary>
public sealed class ProposingASuggestedTeam(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_page_suggests_a_team_of_the_accepted_applicants_waiting_and_proposing_it_asks_their_consent()
    {
        var cohortId = await app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.PeerCircle).OrderByDescending(c => c.GraduationDate).Select(c => c.Id).FirstAsync());
        var director = await app.LoginAsync(DemoUsers.Director);
        var url = $"/Cohorts/{cohortId}/Teams";
        // Only Lena Sorensen is accepted and waiting: one person is no team, so nothing is suggested.
        Assert.DoesNotContain("Suggested teams", await director.GetStringAsync(url));

        await PeerApplications.AcceptAsync(app, "aisha.bello@example.org", "tom.becker@example.org");
        var page = WebUtility.HtmlDecode(await director.GetStringAsync(url));
        Assert.Contains("Suggested teams", page);
        Assert.Contains("Aisha Bello (Customer Operations, Safety Coordinator); Lena Sorensen (Finance, Procurement Specialist); Tom Becker (Engineering, Senior Engineer)", page);

        var ids = await app.QueryAsync(db => db.People.Where(p => p.Email == "aisha.bello@example.org" || p.Email == "tom.becker@example.org" || p.Email == "lena.sorensen@example.org")
            .Select(p => p.Id).ToListAsync());
        var proposed = await director.PostRepeatedFormAsync(url, ids.Select(id => ("PeerIds", id.ToString())), url);
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var team = await app.QueryAsync(db => db.Matches.Where(m => m.CohortId == cohortId && m.Status == MatchStatus.Proposed)
            .Select(m => m.Members.Select(x => x.Person.FullName).OrderBy(n => n).ToList()).SingleAsync());
        Assert.Equal(["Aisha Bello", "Lena Sorensen", "Tom Becker"], team);
        Assert.DoesNotContain("Suggested teams", await director.GetStringAsync(url));
    }
}
