using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace CoachingAcademy.Infrastructure.Instances;

/// <summary>The job storage answers: Hangfire's own tables on SQL Server (its in-memory store always does).</summary>
public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = storage.GetConnection();
            connection.GetAllItemsFromSet("recurring-jobs");
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception ex)
        {
            // The type only: a storage's message can carry a connection string.
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, $"Job storage unavailable ({ex.GetType().Name})."));
        }
    }
}

/// <summary>
/// Not ready once the instance begins to stop: a load balancer that probes /health/ready sends it no new requests while
/// it finishes the ones it has. Its outbox worker and job server have stopped taking work at the same signal.
/// </summary>
public sealed class DrainingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? new HealthCheckResult(context.Registration.FailureStatus, "The instance is stopping.")
            : HealthCheckResult.Healthy());
}
