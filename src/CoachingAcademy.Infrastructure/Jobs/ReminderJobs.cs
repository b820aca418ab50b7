using CoachingAcademy.Core.Reminders;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace CoachingAcademy.Infrastructure.Jobs;

/// <summary>Hangfire adapters over the reminder services: they take ids, never entities.</summary>
public sealed class ReminderScanJob(ReminderScanner scanner)
{
    public const string Id = "reminder-scan";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public Task ScanAsync(CancellationToken cancellationToken) => scanner.ScanAsync(cancellationToken);
}

/// <summary>Registers every recurring job, in one place, when the app starts.</summary>
public sealed class RecurringJobs(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<ReminderScanJob>(ReminderScanJob.Id, job => job.ScanAsync(CancellationToken.None), "*/5 * * * *");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
