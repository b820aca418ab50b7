using System.Net;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>
/// Seed 003, steps 1 and 3 on the demo engagement: the coach records outcomes with benchmarks that leader and sponsor read,
/// and the 360° interview list, whose names the leader sees and whose count alone the sponsor sees.
/// </summary>
public sealed class KeepingTheExecutiveRecord(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_coach_adds_an_outcome_once_and_leader_and_sponsor_read_it_but_cannot_add_one()
    {
        var id = await app.DemoExecutiveAsync();
        var outcomes = $"/Engagements/{id}/Outcomes";
        var coach = await app.LoginAsync(DemoUsers.ExecutiveCoach);
        var form = new Dictionary<string, string> { ["Text"] = "Chris speaks first at the Board only on his own department", ["Benchmark"] = "Two Board meetings in a row" };

        // A double click on "Add" posts the form twice: one outcome.
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(outcomes, form)).StatusCode);
        Assert.Equal(4, await app.QueryAsync(db => db.ProgramOutcomes.CountAsync(o => o.MatchId == id)));
        Assert.Equal(1, await app.QueryAsync(db => db.ProgramOutcomes.CountAsync(o => o.MatchId == id && o.Text == form["Text"])));

        foreach (var reader in new[] { DemoUsers.Leader, DemoUsers.Sponsor })
        {
            var page = await (await app.LoginAsync(reader)).GetStringAsync(outcomes);
            Assert.Contains(form["Text"], page);
            Assert.Contains("Two Board meetings in a row", page);
            Assert.Contains("Division managers decide their budgets", page);   // a demo benchmark
            Assert.DoesNotContain("Add the outcome", page);
        }
        // The coach keeps the record: the sponsor's post is refused in words and saves nothing.
        var sponsor = await app.LoginAsync(DemoUsers.Sponsor);
        var refused = await sponsor.PostFormAsync(outcomes, new() { ["Text"] = "A sponsor's outcome", ["Benchmark"] = "None" }, "/");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The coach keeps the program", await refused.Content.ReadAsStringAsync());
        Assert.False(await app.QueryAsync(db => db.ProgramOutcomes.AnyAsync(o => o.Text == "A sponsor's outcome")));
    }

    [Fact]
    public async Task Bad_outcomes_are_refused_next_to_their_field_and_a_committed_plan_keeps_its_outcomes()
    {
        var id = await app.DemoExecutiveAsync();
        var outcomes = $"/Engagements/{id}/Outcomes";
        var coach = await app.LoginAsync(DemoUsers.ExecutiveCoach);
        var before = await app.QueryAsync(db => db.ProgramOutcomes.CountAsync(o => o.MatchId == id));

        var empty = await (await coach.PostFormAsync(outcomes, new() { ["Text"] = "Chris runs the budget review", ["Benchmark"] = " " })).Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Benchmark\"[^>]*>Write how you will know it is reached.", empty);
        var tooLong = await (await coach.PostFormAsync(outcomes, new() { ["Text"] = new string('x', 501), ["Benchmark"] = "b" })).Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Text\"[^>]*>An outcome has at most 500 characters.", tooLong);
        var twoLines = await (await coach.PostFormAsync(outcomes, new() { ["Text"] = "One\r\nTwo", ["Benchmark"] = "b" })).Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Text\"[^>]*>[^<]+", twoLines);
        Assert.Equal(before, await app.QueryAsync(db => db.ProgramOutcomes.CountAsync(o => o.MatchId == id)));

        // Leader and sponsor have committed to the demo's plan: an outcome is changed, no longer removed.
        var first = await app.QueryAsync(db => db.ProgramOutcomes.Where(o => o.MatchId == id).OrderBy(o => o.Position).Select(o => o.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"{outcomes}/{first}/Remove", [], outcomes)).StatusCode);
        Assert.Equal(before, await app.QueryAsync(db => db.ProgramOutcomes.CountAsync(o => o.MatchId == id)));
        Assert.Contains("has committed to a plan", System.Net.WebUtility.HtmlDecode(await coach.GetStringAsync(outcomes)));
        var edit = $"{outcomes}/{first}/Edit";
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(edit, new() { ["Text"] = "Chris delegates operational decisions", ["Benchmark"] = "Monthly review only" })).StatusCode);
        Assert.Equal("Monthly review only", await app.QueryAsync(db => db.ProgramOutcomes.Where(o => o.Id == first).Select(o => o.Benchmark).SingleAsync()));
    }

    [Fact]
    public async Task The_leader_sees_who_is_interviewed_and_the_sponsor_only_how_many()
    {
        var id = await app.DemoExecutiveAsync();
        var interviews = $"/Engagements/{id}/Interviews";

        var leaderPage = await (await app.LoginAsync(DemoUsers.Leader)).GetStringAsync(interviews);
        Assert.Contains("Omar Haddad", leaderPage);
        Assert.Contains("Direct report", leaderPage);
        Assert.DoesNotContain("Add to the list", leaderPage);

        var coach = await app.LoginAsync(DemoUsers.ExecutiveCoach);
        var person = new Dictionary<string, string> { ["Name"] = "Ines Moreau", ["Relationship"] = "Peer" };
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(interviews, person)).StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.Interviews360.CountAsync(x => x.MatchId == id && x.Name == "Ines Moreau")));

        var sponsorPage = await (await app.LoginAsync(DemoUsers.Sponsor)).GetStringAsync(interviews);
        Assert.Contains("6 interviews, 5 done", sponsorPage);
        Assert.DoesNotContain("Omar Haddad", sponsorPage);
        Assert.DoesNotContain("Ines Moreau", sponsorPage);
        Assert.DoesNotContain("Direct report", sponsorPage);

        var added = await app.QueryAsync(db => db.Interviews360.Where(x => x.Name == "Ines Moreau").Select(x => x.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"{interviews}/{added}/Mark", new() { ["done"] = "true" }, interviews)).StatusCode);
        var today = Core.Common.ProgramTime.Today(app.Clock, await app.ExecutiveZoneAsync());
        Assert.Equal(today, await app.QueryAsync(db => db.Interviews360.Where(x => x.Id == added).Select(x => x.DoneOn).SingleAsync()));
        Assert.Contains("6 interviews, 6 done", await (await app.LoginAsync(DemoUsers.Sponsor)).GetStringAsync(interviews));

        var noRelationship = await (await coach.PostFormAsync(interviews, new() { ["Name"] = "Theo Brandt" })).Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Relationship\"[^>]*>Choose the relationship to the leader.", noRelationship);
        Assert.False(await app.QueryAsync(db => db.Interviews360.AnyAsync(x => x.Name == "Theo Brandt")));
    }
}
