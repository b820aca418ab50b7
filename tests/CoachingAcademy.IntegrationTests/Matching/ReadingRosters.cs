using System.Net;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Matching.MatchingPeople;

namespace CoachingAcademy.IntegrationTests.Matching;

[Collection(AppCollection.Name)]
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
