using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Reminders;

internal static class ReminderTestSupport
{
    /// <summary>Runs one scan, as the recurring job does; sends then happen in the app's background workers.</summary>
    public static async Task<ScanResult> ScanAsync(this AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderScanner>().ScanAsync();
    }

    /// <summary>Waits until no email is pending or being sent, so that a test reads a settled outbox.</summary>
    public static async Task SettleAsync(this AppFactory app)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && await app.QueryAsync(db => Task.FromResult(db.OutgoingEmails.Any(r =>
                   r.Status == EmailStatus.Pending || r.Status == EmailStatus.Sending))))
            await Task.Delay(100);
    }
}
