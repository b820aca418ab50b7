using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CoachingAcademy.TestSupport;
using Microsoft.Data.Sqlite;

namespace CoachingAcademy.IntegrationTests.Instances;

/// <summary>
/// Two app processes on one SQLite file, each with its own port and data folder (as on two machines), sending through
/// one real SMTP server; and a browser whose cookies go to both, as behind a load balancer without sticky sessions.
/// </summary>
public sealed partial class TwoInstances : IAsyncDisposable
{
    public static readonly Dictionary<string, string> Fast = new()
    {
        ["Email__PollSeconds"] = "0.5",
        ["Email__LeaseSeconds"] = "5",
        ["Email__FirstRetrySeconds"] = "1",
        ["Smtp__Security"] = "None",
        ["Smtp__TimeoutSeconds"] = "5",
    };

    private TwoInstances(SmtpServer smtp, AppProcess a, AppProcess b) => (Smtp, A, B) = (smtp, a, b);

    public SmtpServer Smtp { get; }
    public AppProcess A { get; }
    public AppProcess B { get; }

    /// <summary>Starts the SMTP server, then A (which migrates and seeds the database), then B on the same file unless
    /// <paramref name="startB"/> is false (<see cref="StartBAsync"/> starts it later).</summary>
    public static async Task<TwoInstances> StartAsync(IReadOnlyDictionary<string, string>? settings = null, bool startB = true)
    {
        var smtp = new SmtpServer();
        await smtp.StartAsync();
        var all = new Dictionary<string, string>(Fast) { ["Smtp__Host"] = "127.0.0.1", ["Smtp__Port"] = smtp.Port.ToString() };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            all[key] = value;
        var a = new AppProcess(all);
        await a.StartAsync();
        var b = AppProcess.SharingDatabaseWith(a);
        if (startB)
            await b.StartAsync();
        return new TwoInstances(smtp, a, b);
    }

    public Task StartBAsync() => B.StartAsync();

    /// <summary>One browser: its cookies (127.0.0.1, any port) go to both instances; it follows no redirect.</summary>
    public static HttpClient Browser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>Signs the director in on <paramref name="instance"/> through the login form.</summary>
    public static async Task<HttpClient> SignInAsync(AppProcess instance)
    {
        var browser = Browser();
        var response = await browser.PostFormAsync(Url(instance, "/Account/Login"),
            new() { ["Email"] = DemoUsers.Director, ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public static string Url(AppProcess instance, string path) => new Uri(instance.BaseAddress, path).ToString();

    public static async Task<int> DemoCohortIdAsync(HttpClient director, AppProcess instance) =>
        int.Parse(CohortLink().Match(await director.GetStringAsync(Url(instance, "/"))).Groups[1].Value);

    /// <summary>
    /// Imports a file of <paramref name="count"/> new participants on <paramref name="postTo"/>, with the form (and its
    /// antiforgery token) read from <paramref name="formFrom"/>: one transaction, one invitation each.
    /// </summary>
    public static async Task<HttpResponseMessage> EnrollAsync(HttpClient director, AppProcess formFrom, AppProcess postTo, string batch, int count)
    {
        var cohortId = await DemoCohortIdAsync(director, formFrom);
        var csv = new StringBuilder("Role,Name,Email,Title,Position,Agency,Supervisor email\n");
        for (var i = 0; i < count; i++)
            csv.Append($"Participant,Instance Test {i},{batch}.{i}@example.org,Analyst,Other,City of Riverbend,coach@example.org\n");
        return await director.PostFormAsync(Url(postTo, $"/Cohorts/{cohortId}/People/Import"), new() { ["Csv"] = csv.ToString() },
            Url(formFrom, $"/Cohorts/{cohortId}/People"));
    }

    /// <summary>Distinct recipients delivered whose address starts with <paramref name="prefix"/>, and the copies beyond one each.</summary>
    public (int Delivered, int Duplicates) Delivered(string prefix)
    {
        var recipients = Smtp.Messages().SelectMany(m => m.To.Mailboxes).Select(m => m.Address)
            .Where(a => a.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var distinct = recipients.Distinct().Count();
        return (distinct, recipients.Count - distinct);
    }

    /// <summary>Waits until <paramref name="count"/> distinct recipients starting with <paramref name="prefix"/> got their email.</summary>
    public async Task<int> WaitForDeliveriesAsync(string prefix, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var seen = 0;
        while (DateTime.UtcNow < deadline && (seen = Delivered(prefix).Delivered) < count)
            await Task.Delay(200);
        return seen;
    }

    /// <summary>Rows of one query on the shared database file, read as the instances see it.</summary>
    public List<object[]> Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={A.DatabaseFile}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    public long Count(string sql) => (long)Query(sql).Single()[0];

    /// <summary>The outbox rows by status and attempts, to explain a failure.</summary>
    public string OutboxState() => "outbox: " + string.Join("; ",
        Query("SELECT Status, Attempts, COUNT(*) FROM OutgoingEmails GROUP BY Status, Attempts").Select(r => $"{r[0]} after {r[1]} attempt(s): {r[2]}"));

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    [GeneratedRegex("/Cohorts/(\\d+)/People")]
    private static partial Regex CohortLink();
}
