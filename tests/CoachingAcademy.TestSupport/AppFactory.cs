using CoachingAcademy.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachingAcademy.TestSupport;

/// <summary>
/// Starts the real app, as the README's run command does (Development, demo program seeded), on a fresh SQLite
/// file in a folder of its own, with a clock the test controls.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    /// <summary>A Monday morning in the program's time zone, inside the demo program's dates.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 17, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings = new();

    public AppFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "coachingacademy-tests", Guid.NewGuid().ToString("N"));
    }

    public string DataDirectory { get; }
    public string MailDirectory => Path.Combine(DataDirectory, "mail");
    public FakeTimeProvider Clock { get; } = new(Start);
    public QueryCounter Queries { get; } = new();

    /// <summary>Adds a configuration value; call before the app starts.</summary>
    public AppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("App:DataDirectory", DataDirectory);
        builder.UseSetting("DemoData:Seed", "true");
        // Tests run scans themselves; a recurring scan firing on the wall clock would race them.
        builder.UseSetting("Hangfire:RecurringJobs", "false");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Queries));
        });
    }

    public HttpClient CreateBrowserlessClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
