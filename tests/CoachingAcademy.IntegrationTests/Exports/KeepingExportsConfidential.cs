using System.IO.Compression;
using System.Net;
using System.Text;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Exports.ExportFiles;
using static CoachingAcademy.IntegrationTests.Sessions.SessionTestData;

namespace CoachingAcademy.IntegrationTests.Exports;

/// <summary>
/// Exports are for directors, carry no note and no reason for a late change, and a name that looks like a formula stays
/// text in both formats.
/// </summary>
public sealed class KeepingExportsConfidential(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\")";

    private static IEnumerable<string> Paths(int cohortId) =>
        new[] { $"/Roster/Cohort/{cohortId}", $"/Progress/Cohort/{cohortId}", $"/Progress/Cohort/{cohortId}/Sessions" }
            .SelectMany(list => new[] { $"{list}/csv", $"{list}/xlsx" });

    /// <summary>Everything a file holds as text: the CSV itself, or every part of the workbook's zip unpacked.</summary>
    private static string Text(byte[] file)
    {
        if (!file.AsSpan().StartsWith("PK"u8))
            return Encoding.UTF8.GetString(file);
        using var zip = new ZipArchive(new MemoryStream(file));
        return string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    [Fact]
    public async Task No_export_carries_a_note_or_the_reason_for_a_late_change()
    {
        var note = $"Private note {Guid.NewGuid():N}";
        var reason = $"Late reason {Guid.NewGuid():N}";
        var matchId = await app.ActiveMatchIdAsync();
        var held = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == matchId && s.Status == SessionStatus.Held).Select(s => s.Id).FirstAsync());
        var coach = await app.LoginAsync(Coach);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"/Sessions/Note/{held}", new() { ["Text"] = note })).StatusCode);
        var participant = await app.LoginAsync(Participant);
        await participant.PostFormAsync("/Sessions/Schedule", Form(matchId, "2026-03-03", "15:00"), $"/Sessions/Schedule?matchId={matchId}");
        var booked = await app.LatestSessionAsync();
        await participant.PostFormAsync($"/Sessions/Reschedule/{booked.Id}", Form(matchId, "2026-03-04", "15:00", reason: reason), $"/Sessions/Reschedule/{booked.Id}");
        Assert.Equal(1, (await app.LatestSessionAsync()).LateChanges);
        Assert.Contains(note, await coach.GetStringAsync($"/Sessions/Note/{held}"));

        var director = await app.LoginAsync(DemoUsers.Director);
        var cohortId = await app.DemoCohortIdAsync();
        foreach (var path in Paths(cohortId))
        {
            var text = Text(await (await director.GetAsync(path)).Content.ReadAsByteArrayAsync());
            Assert.Contains("Marcus Webb", text);
            Assert.DoesNotContain(note, text);
            Assert.DoesNotContain(reason, text);
        }
        var sessions = await CsvAsync(await director.DownloadAsync($"/Progress/Cohort/{cohortId}/Sessions/csv", Csv));
        Assert.Contains(sessions, row => row[0] == "Marcus Webb" && row[3] == "2026-03-04 15:00" && row[^1] == "1");
    }

    [Fact]
    public async Task A_name_that_looks_like_a_formula_is_escaped_in_csv_and_plain_text_in_the_workbook()
    {
        var personId = await app.PersonIdAsync(Participant);
        await app.QueryAsync(db => db.People.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.FullName, Hyperlink)));
        try
        {
            var director = await app.LoginAsync(DemoUsers.Director);
            var cohortId = await app.DemoCohortIdAsync();
            foreach (var list in new[] { $"/Roster/Cohort/{cohortId}", $"/Progress/Cohort/{cohortId}", $"/Progress/Cohort/{cohortId}/Sessions" })
            {
                var csv = await CsvAsync(await director.DownloadAsync($"{list}/csv", Csv));
                var workbook = await director.DownloadAsync($"{list}/xlsx", Workbook);

                Assert.Contains(csv, row => row.Contains("'" + Hyperlink));
                Assert.DoesNotContain(csv, row => row.Contains(Hyperlink));
                Assert.Contains(Xlsx(workbook), row => row.Contains(Hyperlink));
                Assert.False(HasFormula(workbook), $"{list}/xlsx holds a formula");
            }
        }
        finally
        {
            await app.QueryAsync(db => db.People.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.FullName, "Marcus Webb")));
        }
    }

    [Theory]
    [InlineData(DemoUsers.Coordinator)]
    [InlineData(DemoUsers.Coach)]
    [InlineData(DemoUsers.Participant)]
    [InlineData(DemoUsers.Sponsor)]
    [InlineData(DemoUsers.Approver)]
    [InlineData(Coach)]
    public async Task Only_directors_download_them(string email)
    {
        var visitor = await app.LoginAsync(email);
        var cohortId = await app.DemoCohortIdAsync();

        foreach (var path in Paths(cohortId))
        {
            var response = await visitor.GetAsync(path);
            Denied.Assert(response);
            Assert.DoesNotContain("Marcus Webb", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        var anonymous = app.CreateBrowserlessClient();

        foreach (var path in Paths(await app.DemoCohortIdAsync()))
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task An_unknown_cohort_is_not_found()
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        foreach (var path in Paths(999_999))
            Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/Roster/Cohort/{0}/pdf")]
    [InlineData("/Progress/Cohort/{0}/json")]
    [InlineData("/Progress/Cohort/{0}/Sessions/xls")]
    public async Task An_unknown_format_is_not_found_and_says_which_formats_there_are(string path)
    {
        var response = await (await app.LoginAsync(DemoUsers.Director)).GetAsync(string.Format(path, await app.DemoCohortIdAsync()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ask for csv (a CSV file) or xlsx (an Excel workbook)", await response.Content.ReadAsStringAsync());
    }
}
