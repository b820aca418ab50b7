using CoachingAcademy.Core.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Infrastructure.Email;

/// <summary>
/// This instance's outbox worker: woken when an email is committed, and otherwise every <c>Email:PollSeconds</c> (to
/// retry after a back-off, and to take over what a dead instance claimed). It stops claiming as soon as the instance
/// begins to stop; a claim it holds then runs out and is taken over.
/// </summary>
public sealed class OutboxWorker(
    IServiceScopeFactory scopes, OutboxSignal signal, IOptions<OutboxOptions> options, IHostApplicationLifetime lifetime, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken hostStopping)
    {
        // ApplicationStopping comes first, while the instance still serves its last requests: no new claim after it.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(hostStopping, lifetime.ApplicationStopping);
        var stoppingToken = stopping.Token;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sender = scope.ServiceProvider.GetRequiredService<OutboxSender>();
                while (!stoppingToken.IsCancellationRequested && await sender.SendDueAsync(stoppingToken) > 0)
                {
                }
                await signal.WaitAsync(options.Value.Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database is away, say: the outbox keeps every email, so the worker only waits and tries again.
                logger.LogError("The outbox worker could not read the outbox: {Error}", ex.GetType().Name);
                try { await Task.Delay(options.Value.Poll, stoppingToken); } catch (OperationCanceledException) { return; }
            }
        }
    }
}
