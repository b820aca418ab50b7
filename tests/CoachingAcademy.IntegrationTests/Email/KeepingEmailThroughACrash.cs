using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CoachingAcademy.TestSupport;
using Xunit.Abstractions;

namespace CoachingAcademy.IntegrationTests.Email;

/// <summary>
/// The app as its own process, killed with SIGKILL (no graceful shutdown) and started again on the same database, with a
/// real SMTP server: every email caused before the kill is delivered after the restart.
/// </summary>
[Collection(AppProcesses.Name)]
public sealed partial class KeepingEmailThroughACrash(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Fast = new()
    {
        ["Email__PollSeconds"] = "0.5",
        ["Email__LeaseSeconds"] = "5",
        ["Email__FirstRetrySeconds"] = "1",
        ["Smtp__Security"] = "None",
        ["Smtp__TimeoutSeconds"] = "5",
    };

    private readonly SmtpServer _smtp = new();
    private AppProcess _app = null!;

    public Task InitializeAsync()
    {
        _app = new AppProcess(new Dictionary<string, string>(Fast) { ["Smtp__Host"] = "127.0.0.1", ["Smtp__Port"] = _smtp.Port.ToString() });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Emails_caused_while_the_mail_server_is_down_survive_a_hard_kill_and_are_delivered_once()
    {
        await _app.StartAsync();
        var director = await SignInAsync();
        await EnrollAsync(director, "down", 50);

        await Task.Delay(TimeSpan.FromSeconds(2));      // the worker tries, fails and backs off
        await _app.KillAsync();
        await _smtp.StartAsync();
        await _app.StartAsync();

        var invited = await WaitForInvitationsAsync("down", 50);
        await Task.Delay(TimeSpan.FromSeconds(3));      // anything sent twice would arrive by now
        var (delivered, duplicates) = Count(_smtp.Messages().Where(m => Invited(m, "down")).ToList());
        output.WriteLine($"SMTP down, kill -9, restart: caused 50, delivered {delivered}, duplicated {duplicates}");
        output.WriteLine(OutboxState());
        Assert.Equal(50, invited);
        Assert.Equal(50, delivered);
        Assert.Equal(0, duplicates);
    }

    [Fact]
    public async Task Emails_being_sent_when_the_process_dies_are_all_delivered_after_a_restart()
    {
        await _smtp.StartAsync();
        await _app.StartAsync();
        var director = await SignInAsync();
        await EnrollAsync(director, "mid", 300);

        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (_smtp.Messages().Count(m => Invited(m, "mid")) < 60 && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        await _app.KillAsync();
        var beforeKill = _smtp.Messages().Count(m => Invited(m, "mid"));
        Assert.InRange(beforeKill, 60, 299);            // the kill did land mid-send
        await _app.StartAsync();

        await WaitForInvitationsAsync("mid", 300);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var (delivered, duplicates) = Count(_smtp.Messages().Where(m => Invited(m, "mid")).ToList());
        output.WriteLine($"kill -9 after {beforeKill} of 300 sent, restart: caused 300, delivered {delivered}, duplicated {duplicates}");
        output.WriteLine(OutboxState());
        Assert.Equal(300, delivered);
        // A message the server accepted just before the kill, whose row was not yet marked sent, goes again: at most
        // the one in flight.
        Assert.InRange(duplicates, 0, 1);
    }

    /// <summary>The outbox rows by status and attempts, read from the database file, to explain a failure.</summary>
    private string OutboxState()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_app.DataDirectory, "coachingacademy.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status, Attempts, COUNT(*) FROM OutgoingEmails GROUP BY Status, Attempts";
        using var reader = command.ExecuteReader();
        var groups = new List<string>();
        while (reader.Read())
            groups.Add($"{reader.GetString(0)} after {reader.GetInt32(1)} attempt(s): {reader.GetInt32(2)}");
        return "outbox: " + string.Join("; ", groups);
    }

    private static bool Invited(MimeKit.MimeMessage message, string batch) =>
        message.To.Mailboxes.Any(m => m.Address.StartsWith($"crash.{batch}.", StringComparison.Ordinal));

    /// <summary>Distinct recipients delivered, and how many messages arrived more than once.</summary>
    private static (int Delivered, int Duplicates) Count(IReadOnlyList<MimeKit.MimeMessage> messages)
    {
        var recipients = messages.Select(m => m.To.Mailboxes.Single().Address).ToList();
        var distinct = recipients.Distinct().Count();
        return (distinct, recipients.Count - distinct);
    }

    private async Task<int> WaitForInvitationsAsync(string batch, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        var seen = 0;
        while (DateTime.UtcNow < deadline)
        {
            seen = _smtp.Messages().Where(m => Invited(m, batch)).Select(m => m.To.Mailboxes.Single().Address).Distinct().Count();
            if (seen >= count)
                break;
            await Task.Delay(200);
        }
        return seen;
    }

    private async Task<HttpClient> SignInAsync()
    {
        var client = _app.CreateClient();
        var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = DemoUsers.Director, ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Imports a file of <paramref name="count"/> new participants: one request, one transaction, one invitation each.</summary>
    private static async Task EnrollAsync(HttpClient director, string batch, int count)
    {
        var cohortId = int.Parse(CohortLink().Match(await director.GetStringAsync("/")).Groups[1].Value);
        var csv = new StringBuilder("Role,Name,Email,Title,Position,Agency,Supervisor email\n");
        for (var i = 0; i < count; i++)
            csv.Append($"Participant,Crash Test {i},crash.{batch}.{i}@example.org,Analyst,Other,City of Riverbend,coach@example.org\n");
        var response = await director.PostFormAsync($"/Cohorts/{cohortId}/People/Import", new() { ["Csv"] = csv.ToString() },
            $"/Cohorts/{cohortId}/People");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("/Cohorts/(\\d+)/People")]
    private static partial Regex CohortLink();
}
