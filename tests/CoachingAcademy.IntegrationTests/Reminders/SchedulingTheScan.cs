using CoachingAcademy.TestSupport;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Reminders;

public sealed class SchedulingTheScan
{
    [Fact]
    public async Task The_app_registers_the_reminder_scan_as_a_recurring_job_at_start()
    {
        await using var app = new AppFactory().With("Hangfire:RecurringJobs", "true");
        _ = app.CreateBrowserlessClient();

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var scan = Assert.Single(connection.GetRecurringJobs(), j => j.Id == "reminder-scan");
        Assert.Equal("*/5 * * * *", scan.Cron);
    }
}
