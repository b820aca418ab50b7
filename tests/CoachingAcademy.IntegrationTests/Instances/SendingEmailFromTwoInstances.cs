using System.Diagnostics;
using System.Net;
using CoachingAcademy.TestSupport;
using Xunit.Abstractions;
using static CoachingAcademy.IntegrationTests.Instances.TwoInstances;

namespace CoachingAcademy.IntegrationTests.Instances;

/// <summary>Both instances' outbox workers send from one outbox: every email goes once, whichever instance caused it.</summary>
[Collection(AppProcesses.Name)]
public sealed class SendingEmailFromTwoInstances(ITestOutputHelper output) : IAsyncLifetime
{
    private TwoInstances? _instances;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_instances is not null)
            await _instances.DisposeAsync();
    }

    [Fact]
    public async Task Three_hundred_emails_caused_across_two_instances_are_each_delivered_once()
    {
        _instances = await StartAsync();
        var (a, b) = (_instances.A, _instances.B);
        var director = await SignInAsync(a);
        var clock = Stopwatch.StartNew();

        // 150 invitations caused on each instance at the same time, each form read from the other.
        var imports = await Task.WhenAll(
            EnrollAsync(director, formFrom: b, postTo: a, "two.a", 150),
            EnrollAsync(director, formFrom: a, postTo: b, "two.b", 150));
        Assert.All(imports, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var caused = _instances.Count("SELECT COUNT(*) FROM OutgoingEmails WHERE Recipients LIKE 'two.%'");

        var delivered = await _instances.WaitForDeliveriesAsync("two.", 300, TimeSpan.FromMinutes(3));
        var allDelivered = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(3));      // anything sent twice would arrive by now
        var (distinct, duplicates) = _instances.Delivered("two.");
        output.WriteLine($"two instances, one outbox: caused {caused} (150 on each), delivered {distinct}, duplicated {duplicates}, " +
                         $"all delivered {allDelivered.TotalSeconds:0.0} s after the imports began");
        output.WriteLine(_instances.OutboxState());
        Assert.Equal(300, caused);
        Assert.Equal(300, delivered);
        Assert.Equal(0, duplicates);
    }
}
