using Hangfire.SqlServer;

namespace CoachingAcademy.Infrastructure.Jobs;

/// <summary>Background jobs (configuration section <c>Hangfire</c>).</summary>
public sealed class HangfireOptions
{
    public const string Section = "Hangfire";

    /// <summary>Run job workers in this process.</summary>
    public bool Server { get; set; } = true;

    /// <summary>Register the recurring reminder scan at start-up.</summary>
    public bool RecurringJobs { get; set; } = true;

    /// <summary>How long a stopping instance waits for a running job before it abandons it (SQL Server requeues it).</summary>
    public double ShutdownTimeoutSeconds { get; set; } = 15;

    /// <summary>The SQL Server schema of Hangfire's tables (Hangfire's own default when empty).</summary>
    public string? SchemaName { get; set; }

    /// <summary>How often a worker polls the SQL Server queue (Hangfire's own default when empty).</summary>
    public double? QueuePollSeconds { get; set; }

    public SqlServerStorageOptions SqlServerStorageOptions()
    {
        var options = new SqlServerStorageOptions();
        if (!string.IsNullOrWhiteSpace(SchemaName))
            options.SchemaName = SchemaName;
        if (QueuePollSeconds is { } seconds)
            options.QueuePollInterval = TimeSpan.FromSeconds(seconds);
        return options;
    }
}
