using System.Diagnostics;
using System.Globalization;
using System.Net;
using CoachingAcademy.TestSupport;
using Xunit.Abstractions;
using static CoachingAcademy.IntegrationTests.Instances.TwoInstances;

namespace CoachingAcademy.IntegrationTests.Instances;

/// <summary>One instance killed with SIGKILL while it sends: the other sends what it held once the lease runs out.</summary>
[Collection(AppCollection.Name)]
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
        _instances = await StartAsync();
        var (a, b) = (_instances.A, _instances.B);
        var lease = TimeSpan.FromSeconds(double.Parse(Fast["Email__LeaseSeconds"], CultureInfo.InvariantCulture));
        var director = await SignInAsync(a);
        Assert.Equal(HttpStatusCode.Redirect, (await EnrollAsync(director, formFrom: a, postTo: a, "dead", 300)).StatusCode);

        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (_instances.Delivered("dead.").Delivered < 60 && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        await a.KillAsync();
        var killedAt = DateTime.UtcNow;                 // after the process is gone: nothing of A's is marked sent later
        var clock = Stopwatch.StartNew();
        var beforeKill = _instances.Delivered("dead.").Delivered;
        // Every claim open at the kill: A's, which nobody renews, and B's, which B goes on sending.
        var claimedAtKill = _instances.Query("SELECT Id, ClaimToken FROM OutgoingEmails WHERE Status = 'Sending' AND Recipients LIKE 'dead.%'")
            .Select(r => (Id: (long)r[0], Token: (string)r[1])).ToList();
        Assert.InRange(beforeKill, 60, 299);             // the kill did land mid-send

        var delivered = await _instances.WaitForDeliveriesAsync("dead.", 300, TimeSpan.FromMinutes(3));
        var allDone = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(3));
        var (distinct, duplicates) = _instances.Delivered("dead.");

        // B's claims show by a row B marked sent under that token after the kill; the rest were the dead instance's.
        var sentAfterKill = _instances.Query($"SELECT Id, ClaimToken, SentAtUtc FROM OutgoingEmails WHERE Status = 'Sent' AND Recipients LIKE 'dead.%'")
            .Select(r => (Id: (long)r[0], Token: (string)r[1], SentAt: Utc((string)r[2]))).ToList();
        var tokensOfB = sentAfterKill.Where(r => r.SentAt > killedAt).Select(r => r.Token).ToHashSet();
        var heldByA = claimedAtKill.Where(c => !tokensOfB.Contains(c.Token)).Select(c => c.Id).ToHashSet();
        var takenOver = sentAfterKill.Where(r => heldByA.Contains(r.Id)).ToList();
        var takeover = takenOver.Count > 0 ? takenOver.Max(r => r.SentAt) - killedAt : TimeSpan.Zero;

        output.WriteLine($"kill -9 of A after {beforeKill} of 300 delivered: caused 300, delivered {distinct}, duplicated {duplicates}; " +
                         $"lease {lease.TotalSeconds:0} s; A held {heldByA.Count} claimed row(s), all sent by B {takeover.TotalSeconds:0.0} s after the kill; " +
                         $"everything delivered {allDone.TotalSeconds:0.0} s after the kill");
        output.WriteLine(_instances.OutboxState());
        Assert.Equal(300, delivered);
        Assert.Equal(300, distinct);
        // A message the server accepted just before the kill, whose row was not yet marked sent, goes again: at most one.
        Assert.InRange(duplicates, 0, 1);
        Assert.NotEmpty(heldByA);
        Assert.Equal(heldByA.Count, takenOver.Count);
        Assert.True(takeover < lease + TimeSpan.FromSeconds(15), $"Takeover took {takeover.TotalSeconds:0.0} s.");
    }

    private static DateTime Utc(string stored) =>
        DateTime.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
