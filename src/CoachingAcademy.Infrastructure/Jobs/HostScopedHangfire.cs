using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachingAcademy.Infrastructure.Jobs;

/// <summary>
/// Hangfire keeps its activator and log provider in process-wide statics, which the last app to start overwrites.
/// Registering this app's own activator keeps its jobs resolved from its own container; the log provider survives the
/// disposal of another app's logger factory. One app per process (production) behaves exactly as before; several in one
/// process (the tests) stay apart.
/// </summary>
public static class HostScopedHangfire
{
    public static IServiceCollection AddHostScopedJobActivator(this IServiceCollection services) =>
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));

    public static IGlobalConfiguration UseHostLogging(this IGlobalConfiguration configuration, IServiceProvider services) =>
        configuration.UseLogProvider(new DisposalTolerantLogProvider(services.GetRequiredService<ILoggerFactory>()));

    private sealed class DisposalTolerantLogProvider(ILoggerFactory factory) : ILogProvider
    {
        private readonly AspNetCoreLogProvider _inner = new(factory);

        public ILog GetLogger(string name)
        {
            try
            {
                return _inner.GetLogger(name);
            }
            catch (ObjectDisposedException)
            {
                return Silent.Instance;
            }
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
