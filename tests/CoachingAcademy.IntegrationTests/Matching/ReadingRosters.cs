using System.Net;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Matching.MatchingPeople;

namespace CoachingAcademy.IntegrationTests.Matching;

public sealed class ReadingRosters(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task A_coach_sees_their_participants_with_contact_statement_and_next_milestone()
    {
        var html = await (await app.LoginAsync(Grace)).GetStringAsync("/Roster");

        Assert.Contains("Marcus Webb", html);
        Assert.Contains("marcus.webb@example.org", html);
        Assert.Contains("Not signed yet", html);
        Assert.Contains("Initial development conversation", html);
        Assert.Contains("Due soon", html);
        Assert.DoesNotContain("Jordan Blake", html);
    }

    [Fact]
    public async Task The_cohort_roster_says_who_has_signed_the_statement_and_the_statement_comes_before_the_signature()
    {
        var roster = await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync($"/Roster/Cohort/{await app.DemoCohortIdAsync()}");
        // The demo's active pair: Grace Okafor has signed, Marcus Webb not yet.
        Assert.Contains("Coach signed; participant not yet", roster);

        var matchId = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == "marcus.webb@example.org" && m.Agreement != null)
            .Select(m => m.Id).FirstAsync());
        var statement = await (await app.LoginAsync("marcus.webb@example.org")).GetStringAsync($"/Matches/{matchId}/Agreement");
        Assert.True(statement.IndexOf("Save the statement", StringComparison.Ordinal) < statement.IndexOf("I agree to this statement", StringComparison.Ordinal),
            "The statement's text comes first, the signature after it.");
        Assert.Contains("You have signed this statement.", await (await app.LoginAsync(Grace)).GetStringAsync($"/Matches/{matchId}/Agreement"));
    }

    [Fact]
    public async Task A_coach_without_participants_gets_a_clear_empty_state()
    {
        Assert.Contains("No participant is matched with you yet.", await (await app.LoginAsync(DemoUsers.Coach)).GetStringAsync("/Roster"));
    }

    [Fact]
    public async Task A_director_downloads_the_cohort_coaching_roster_as_csv()
    {
        var cohortId = await app.DemoCohortIdAsync();

        var response = await (await app.LoginAsync(DemoUsers.Director)).GetAsync($"/Roster/Cohort/{cohortId}/csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Coach,Coach email,Coach title,Coach agency,Participant", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Grace Okafor,grace.okafor@example.org,Health Services Director,Lakemont County,Marcus Webb"));
    }

    [Theory]
    [InlineData("Académie 2027", "Académie 2027 coaching roster.csv")]
    [InlineData("Leadership Academy 2026 – Riverbend 🎓", "Leadership Academy 2026 – Riverbend 🎓 coaching roster.csv")]
    [InlineData("The \"Class\" of\r\n2027", "The Class of 2027 coaching roster.csv")]
    public async Task The_csv_is_named_after_any_cohort_name(string cohortName, string fileName)
    {
        var cohortId = await app.DemoCohortIdAsync();
        var original = await app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Name).SingleAsync());
        await RenameAsync(cohortId, cohortName);
        try
        {
            var response = await (await app.LoginAsync(DemoUsers.Director)).GetAsync($"/Roster/Cohort/{cohortId}/csv");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var disposition = response.Content.Headers.ContentDisposition!;
            Assert.Equal("attachment", disposition.DispositionType);
            Assert.Equal(fileName, disposition.FileNameStar);
            Assert.All(disposition.ToString(), c => Assert.InRange(c, ' ', '~'));
            Assert.Contains("Grace Okafor", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            await RenameAsync(cohortId, original);
        }
    }

    private Task<int> RenameAsync(int cohortId, string name) =>
        app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, name)));
}
