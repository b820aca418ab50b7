using System.Net;
using System.Text.RegularExpressions;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static CoachingAcademy.IntegrationTests.Instances.TwoInstances;

namespace CoachingAcademy.IntegrationTests.Instances;

/// <summary>
/// The recurring reminder scan run by two instances at the same moment (as with a job storage per instance, or a job
/// that outlives its lock): each reminder is recorded once, under its unique key, and delivered once.
/// </summary>
[Collection(AppProcesses.Name)]
public sealed partial class ScanningForRemindersOnTwoInstances(ITestOutputHelper output) : IAsyncLifetime
{
    private TwoInstances? _instances;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_instances is not null)
            await _instances.DisposeAsync();
    }

    [Fact]
    public async Task The_scan_triggered_on_both_instances_at_once_records_and_delivers_each_reminder_once()
    {
        // Each process has its own in-memory job storage here, so nothing but the outbox's unique key keeps them apart.
        _instances = await StartAsync(new Dictionary<string, string> { ["Hangfire__RecurringJobs"] = "true" });
        var (a, b) = (_instances.A, _instances.B);
        var director = await SignInAsync(a);
        Assert.Equal(0, _instances.Count("SELECT COUNT(*) FROM OutgoingEmails WHERE Key IS NOT NULL"));

        // "Trigger now" on the jobs dashboard of both instances at once.
        var triggers = await Task.WhenAll(TriggerScanAsync(director, a), TriggerScanAsync(director, b));
        Assert.All(triggers, r => Assert.True(r.IsSuccessStatusCode, $"Trigger answered {(int)r.StatusCode}"));
        await Task.WhenAll(WaitForScanAsync(director, a), WaitForScanAsync(director, b));

        var recorded = _instances.Count("SELECT COUNT(*) FROM OutgoingEmails WHERE Key IS NOT NULL");
        var keys = _instances.Count("SELECT COUNT(DISTINCT Key) FROM OutgoingEmails WHERE Key IS NOT NULL");
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (_instances.Count("SELECT COUNT(*) FROM OutgoingEmails WHERE Key IS NOT NULL AND Status <> 'Sent'") > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(200);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var reminders = _instances.Query("SELECT Recipients, Subject FROM OutgoingEmails WHERE Key IS NOT NULL")
            .Select(r => ((string)r[0], (string)r[1])).ToHashSet();
        var received = _instances.Smtp.Messages()
            .Select(m => (string.Join(",", m.To.Mailboxes.Select(x => x.Address)), m.Subject ?? "")).Where(reminders.Contains).ToList();

        output.WriteLine($"reminder scan on both instances at once: {recorded} reminder(s) recorded under {keys} key(s); " +
                         $"{received.Count} delivered, {received.Count - received.Distinct().Count()} duplicated");
        Assert.True(recorded > 0, "The demo program has reminders due.");
        Assert.Equal(keys, recorded);
        Assert.Equal(recorded, received.Count);
        Assert.Equal(received.Count, received.Distinct().Count());
    }

    private static async Task<HttpResponseMessage> TriggerScanAsync(HttpClient director, AppProcess instance)
    {
        var page = await director.GetStringAsync(Url(instance, "/hangfire/recurring"));
        var request = new HttpRequestMessage(HttpMethod.Post, Url(instance, "/hangfire/recurring/trigger"))
        {
            Content = new FormUrlEncodedContent([new("jobs[]", "reminder-scan")]),
        };
        request.Headers.Add(CsrfHeader().Match(page).Groups[1].Value, WebUtility.HtmlDecode(CsrfToken().Match(page).Groups[1].Value));
        return await director.SendAsync(request);
    }

    /// <summary>Waits until the instance's own job storage shows the scan succeeded.</summary>
    private static async Task WaitForScanAsync(HttpClient director, AppProcess instance)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if ((await director.GetStringAsync(Url(instance, "/hangfire/jobs/succeeded"))).Contains("ScanAsync", StringComparison.Ordinal))
                return;
            await Task.Delay(200);
        }
        Assert.Fail($"The scan did not succeed on {instance.BaseAddress} within a minute.");
    }

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}

/// <summary>Two scans racing inside one app on one database record together exactly what one scan alone records.</summary>
public sealed class ScanningTwiceAtOnce(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_scans_racing_on_one_database_record_together_exactly_what_one_scan_alone_records()
    {
        await using var app = new AppFactory();
        _ = app.CreateBrowserlessClient();
        var alone = (await ScanAsync(app)).Recorded;
        Assert.True(alone > 0, "The demo program has reminders due.");

        var rounds = new List<string>();
        for (var round = 0; round < 5; round++)
        {
            await app.QueryAsync(db => db.OutgoingEmails.Where(e => e.Key != null).ExecuteDeleteAsync());
            var results = await Task.WhenAll(ScanAsync(app), ScanAsync(app));
            var stored = await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.Key != null));
            rounds.Add($"{results[0].Recorded}+{results[1].Recorded}");
            Assert.Equal(alone, stored);
            Assert.Equal(alone, results.Sum(r => r.Recorded));
        }
        output.WriteLine($"one scan alone records {alone}; two racing scans recorded (first+second): {string.Join(", ", rounds)}");
    }

    private static async Task<ScanResult> ScanAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderScanner>().ScanAsync();
    }
}
