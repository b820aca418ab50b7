using System.Collections.Concurrent;
using CoachingAcademy.TestSupport;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachingAcademy.IntegrationTests.Email;

/// <summary>The app with every log line it writes kept, mail through a real SMTP server.</summary>
public sealed class LoggedMailingApp : MailingApp
{
    public ConcurrentQueue<string> Lines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new Collector(Lines)));
    }

    private sealed class Collector(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception) + " " + exception);
        public void Dispose() { }
    }
}

public sealed class KeepingSecretsOutOfJobsAndLogs(LoggedMailingApp app) : IClassFixture<LoggedMailingApp>
{
    [Fact]
    public async Task An_invitations_link_is_in_no_job_argument_no_log_line_and_no_jobs_dashboard_page()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        await director.PostFormAsync($"/Cohorts/{cohortId}/People/Enroll", new() { ["Email"] = "samuel.adeyemi@example.org", ["Role"] = "Coach" },
            $"/Cohorts/{cohortId}/People");
        var link = await Invitations.WaitForLinkAsync(app.Smtp, "samuel.adeyemi@example.org");
        var token = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["token"]!;
        // The scan runs as a job too, so that its arguments are read as well.
        var scan = app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<Infrastructure.Jobs.ReminderScanJob>(j => j.ScanAsync(CancellationToken.None));
        var storage = app.Services.GetRequiredService<JobStorage>();
        var monitoring = storage.GetMonitoringApi();
        // Waits for the scan to finish: between its queue and its processing state a job is on neither list.
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (monitoring.JobDetails(scan)?.History.FirstOrDefault()?.StateName is not ("Succeeded" or "Failed") && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        var ids = monitoring.SucceededJobs(0, 1000).Select(j => j.Key)
            .Concat(monitoring.FailedJobs(0, 1000).Select(j => j.Key))
            .Concat(monitoring.ProcessingJobs(0, 1000).Select(j => j.Key))
            .Concat(monitoring.ScheduledJobs(0, 1000).Select(j => j.Key))
            .Concat(monitoring.Queues().SelectMany(q => monitoring.EnqueuedJobs(q.Name, 0, 1000)).Select(j => j.Key))
            .Distinct().ToList();
        Assert.Contains(scan, ids);
        foreach (var id in ids)
        {
            var details = monitoring.JobDetails(id);
            var arguments = string.Join(" ", details.Job?.Args.Select(a => a?.ToString()) ?? []) + string.Join(" ", details.Properties.Values);
            Assert.DoesNotContain(token, arguments);
            Assert.DoesNotContain("SetPassword", arguments);
        }
        foreach (var page in new[] { "/hangfire/jobs/succeeded", "/hangfire/jobs/enqueued", "/hangfire/jobs/failed", "/hangfire/recurring" })
            Assert.DoesNotContain("SetPassword", await director.GetStringAsync(page));
        foreach (var id in ids)
            Assert.DoesNotContain("SetPassword", await director.GetStringAsync($"/hangfire/jobs/details/{id}"));

        Assert.NotEmpty(app.Lines);
        Assert.DoesNotContain(app.Lines, line => line.Contains(token) || line.Contains(Uri.EscapeDataString(token)) || line.Contains("SetPassword?"));
        // The outbox page names the email, never its body.
        Assert.DoesNotContain("SetPassword", await director.GetStringAsync("/Outbox"));
    }
}
