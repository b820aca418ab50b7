using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Core.Surveys;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace CoachingAcademy.Infrastructure.Jobs;

/// <summary>Hangfire adapters over the reminder services: they take ids, never entities. One scan records the due
/// reminders, then asks each survey whose moment has come and reminds those who have not answered.</summary>
public sealed class ReminderScanJob(ReminderScanner scanner, SurveyScanner surveys)
{
    public const string Id = "reminder-scan";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public async Task ScanAsync(CancellationToken cancellationToken)
    {
        await scanner.ScanAsync(cancellationToken);
        await surveys.ScanAsync(cancellationToken);
    }
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
