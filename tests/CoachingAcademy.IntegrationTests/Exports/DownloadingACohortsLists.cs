using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Exports.ExportFiles;

namespace CoachingAcademy.IntegrationTests.Exports;

/// <summary>
/// A director downloads a cohort's roster, progress and sessions as CSV and as an Excel workbook: every row, each cell
/// what the database (and the progress page) says, in the same number of queries however big the cohort.
/// </summary>
public sealed class DownloadingACohortsLists(MailingApp app) : IClassFixture<MailingApp>
{
    private static readonly string[] Lists = ["/Roster/Cohort/{0}", "/Progress/Cohort/{0}", "/Progress/Cohort/{0}/Sessions"];

    private async Task AssertBothFormatsAsync(string list, List<object?[]> expected)
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var csv = await CsvAsync(await director.DownloadAsync($"{list}/csv", Csv));
        var xlsx = Xlsx(await director.DownloadAsync($"{list}/xlsx", Workbook));

        AssertCells(expected, csv, xlsx);
    }

    [Fact]
    public async Task The_roster_holds_every_active_pair_as_the_database_has_it()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var expected = await app.RosterAsync(cohortId);

        Assert.Contains(expected, row => (string?)row[0] == "Grace Okafor" && (string?)row[4] == "Marcus Webb");
        await AssertBothFormatsAsync($"/Roster/Cohort/{cohortId}", expected);
    }

    [Fact]
    public async Task The_progress_holds_every_step_status_and_due_date_sessions_held_and_late_changes()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var expected = await app.ProgressAsync(cohortId);

        Assert.Contains(expected, row => (string?)row[0] == "Marcus Webb");
        await AssertBothFormatsAsync($"/Progress/Cohort/{cohortId}", expected);
    }

    [Theory]
    [InlineData(ProgramKind.ExecutiveCoaching, "Chris Donovan")]
    [InlineData(ProgramKind.ManagementCoaching, "Elliot Vance")]
    [InlineData(ProgramKind.CoachNetwork, "Devon Clarke")]
    public async Task Steps_dated_from_each_engagement_download_with_that_engagements_dates(ProgramKind kind, string participant)
    {
        var cohortId = await app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == kind).Select(c => c.Id).FirstAsync());
        var expected = await app.ProgressAsync(cohortId);

        Assert.Contains(expected, row => (string?)row[0] == participant && row.OfType<DateOnly>().Any());
        await AssertBothFormatsAsync($"/Progress/Cohort/{cohortId}", expected);
        await AssertBothFormatsAsync($"/Progress/Cohort/{cohortId}/Sessions", await app.SessionsAsync(cohortId));
    }

    [Fact]
    public async Task The_sessions_hold_times_in_the_cohorts_zone_form_status_step_and_late_changes()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var expected = await app.SessionsAsync(cohortId);

        Assert.True(expected.Count > 1, "The demo academy has sessions.");
        Assert.Equal("Start (America/Los_Angeles)", expected[0][3]);
        await AssertBothFormatsAsync($"/Progress/Cohort/{cohortId}/Sessions", expected);
    }

    [Fact]
    public async Task A_peer_teams_sessions_name_its_members_and_no_coach()
    {
        var circle = await app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.PeerCircle).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var director = await app.LoginAsync(DemoUsers.Director);

        var rows = await CsvAsync(await director.DownloadAsync($"/Progress/Cohort/{circle}/Sessions/csv", Csv));

        Assert.True(rows.Count > 1);
        Assert.All(rows.Skip(1), row =>
        {
            Assert.StartsWith("Team: ", row[0]);
            Assert.Contains("Noor Haddad", row[0]);
            Assert.Equal("", row[1]);
        });
    }

    [Fact]
    public async Task Every_row_downloads_in_the_same_number_of_queries_however_many_there_are()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var paths = Lists.SelectMany(l => new[] { string.Format(l, cohortId) + "/csv", string.Format(l, cohortId) + "/xlsx" }).ToList();
        var before = new List<int>();
        foreach (var path in paths)
            before.Add(await director.CountQueriesAsync(app, path));

        await app.GrowAsync(cohortId, pairs: 40);

        var after = new List<int>();
        foreach (var path in paths)
            after.Add(await director.CountQueriesAsync(app, path));
        Assert.Equal(before, after);
        var progress = await CsvAsync(await director.DownloadAsync($"/Progress/Cohort/{cohortId}/csv", Csv));
        Assert.Equal(41, progress.Count(row => row[0].StartsWith("Export Participant", StringComparison.Ordinal)) + 1);   // past a page of 25
        await AssertBothFormatsAsync($"/Progress/Cohort/{cohortId}", await app.ProgressAsync(cohortId));
        await AssertBothFormatsAsync($"/Progress/Cohort/{cohortId}/Sessions", await app.SessionsAsync(cohortId));
        await AssertBothFormatsAsync($"/Roster/Cohort/{cohortId}", await app.RosterAsync(cohortId));
    }

    [Theory]
    [InlineData("/Roster/Cohort/{0}/xlsx", "{1} coaching roster.xlsx")]
    [InlineData("/Progress/Cohort/{0}/csv", "{1} progress.csv")]
    [InlineData("/Progress/Cohort/{0}/Sessions/xlsx", "{1} sessions.xlsx")]
    public async Task Each_file_is_named_after_its_cohort_and_list(string path, string fileName)
    {
        var cohortId = await app.DemoCohortIdAsync();
        var name = await app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Name).SingleAsync());

        var response = await (await app.LoginAsync(DemoUsers.Director)).GetAsync(string.Format(path, cohortId));

        Assert.Equal(string.Format(fileName, cohortId, name), response.Content.Headers.ContentDisposition!.FileNameStar);
    }
}
