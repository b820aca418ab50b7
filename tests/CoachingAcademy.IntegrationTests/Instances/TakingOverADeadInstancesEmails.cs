using System.Diagnostics;
using System.Globalization;
using System.Net;
using CoachingAcademy.TestSupport;
using Xunit.Abstractions;
using static CoachingAcademy.IntegrationTests.Instances.TwoInstances;

namespace CoachingAcademy.IntegrationTests.Instances;

/// <summary>One instance killed with SIGKILL while it sends: the other sends what it held once the lease runs out.</summary>
[Collection(AppProcesses.Name)]
public sealed class TakingOverADeadInstancesEmails(ITestOutputHelper output) : IAsyncLifetime
{
    private TwoInstances? _instances;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_instances is not null)
            await _instances.DisposeAsync();
    }

    [Fact]
    public async Task The_rows_a_killed_instance_held_are_sent_by_the_other_after_the_lease()
    {
        // A sends alone, so every row claimed when it dies is A's; B, the other instance, starts after the kill.
        _instances = await StartAsync(startB: false);
        var a = _instances.A;
        var lease = TimeSpan.FromSeconds(double.Parse(Fast["Email__LeaseSeconds"], CultureInfo.InvariantCulture));
        var director = await SignInAsync(a);
        Assert.Equal(HttpStatusCode.Redirect, (await EnrollAsync(director, formFrom: a, postTo: a, "dead", 300)).StatusCode);

        // Killed mid-send: at least 60 delivered and a batch claimed, not yet sent.
        const string Held = "SELECT Id, LeaseUntilUtc FROM OutgoingEmails WHERE Status = 'Sending' AND Recipients LIKE 'dead.%'";
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((_instances.Delivered("dead.").Delivered < 60 || _instances.Query(Held).Count == 0) && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        await a.KillAsync();
        var killedAt = DateTime.UtcNow;                 // after the process is gone: nothing of A's is marked sent later
        var beforeKill = _instances.Delivered("dead.").Delivered;
        var heldByA = _instances.Query(Held).ToDictionary(r => (long)r[0], r => Utc((string)r[1]));
        Assert.InRange(beforeKill, 60, 299);
        Assert.NotEmpty(heldByA);

        await _instances.StartBAsync();
        var bReady = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var delivered = await _instances.WaitForDeliveriesAsync("dead.", 300, TimeSpan.FromMinutes(3));
        var allDone = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(3));      // anything sent twice would arrive by now
        var (distinct, duplicates) = _instances.Delivered("dead.");

        var takenOver = _instances.Query("SELECT Id, SentAtUtc FROM OutgoingEmails WHERE Status = 'Sent' AND Recipients LIKE 'dead.%'")
            .Select(r => (Id: (long)r[0], SentAt: Utc((string)r[1]))).Where(r => heldByA.ContainsKey(r.Id)).ToList();
        var takeover = takenOver.Count > 0 ? takenOver.Max(r => r.SentAt) - killedAt : TimeSpan.Zero;
        var leaseOver = heldByA.Values.Max();

        output.WriteLine($"kill -9 of A after {beforeKill} of 300 delivered: caused 300, delivered {distinct}, duplicated {duplicates}; " +
                         $"lease {lease.TotalSeconds:0} s; A held {heldByA.Count} claimed row(s), all sent by B {takeover.TotalSeconds:0.0} s after the kill; " +
                         $"everything delivered {allDone.TotalSeconds:0.0} s after B started");
        output.WriteLine(_instances.OutboxState());
        Assert.Equal(300, delivered);
        Assert.Equal(300, distinct);
        // A message the server accepted just before the kill, whose row was not yet marked sent, goes again: at most one.
        Assert.InRange(duplicates, 0, 1);
        Assert.Equal(heldByA.Count, takenOver.Count);
        // None before its lease ran out (nobody renewed it), and all soon after B could take them, whatever B's start-up took.
        Assert.All(takenOver, r => Assert.True(r.SentAt >= heldByA[r.Id], $"Row {r.Id} was sent again inside A's lease."));
        var from = leaseOver > bReady ? leaseOver : bReady;
        Assert.True(takenOver.Max(r => r.SentAt) - from < TimeSpan.FromSeconds(30),
            $"B sent the last of A's rows {(takenOver.Max(r => r.SentAt) - from).TotalSeconds:0.0} s after it could.");
    }

    private static DateTime Utc(string stored) =>
        DateTime.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
