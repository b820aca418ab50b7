using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.TestSupport.Gates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachingAcademy.TestSupport;

/// <summary>
/// Starts the real app, as the README's run command does (Development, demo program seeded), on a fresh SQLite
/// file in a folder of its own, with a clock the test controls and a counter of the SQL commands each request sends.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    /// <summary>A Monday morning in the program's time zone, inside the demo program's dates.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 17, 0, 0, TimeSpan.Zero);

    /// <summary>Rounds of the password hash in the apps started inside the test process (<see cref="AppProcess"/> keeps Identity's).</summary>
    private const int PasswordIterations = 1_000;

    private readonly Dictionary<string, string?> _settings = new();

    /// <summary>
    /// The demo database as the first app of this test process migrated and seeded it (the clock starts at <see cref="Start"/>
    /// in every app, so the demo is the same each time). Every later app starts on a copy: migrating and seeding five
    /// programs costs each app start seconds, and there are dozens of them.
    /// </summary>
    private static readonly Lazy<string> Template = new(MakeTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private bool _makesTemplate;
    private string? _keepDatabaseAt;

    public AppFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "coachingacademy-tests", Guid.NewGuid().ToString("N"));
    }

    public string DataDirectory { get; }
    public string MailDirectory => Path.Combine(DataDirectory, "mail");
    /// <summary>The cohorts' resource files (the demo's among them, copied from the template with its database).</summary>
    public string ResourcesDirectory => Path.Combine(DataDirectory, "resources");
    public FakeTimeProvider Clock { get; } = new(Start);
    public string Environment { get; private set; } = "Development";
    public QueryCounter QueryCounter => Services.GetRequiredService<QueryCounter>();
    /// <summary>The database's fingerprints, kept while nothing is committed (see <see cref="DatabaseFingerprint"/>).</summary>
    internal FingerprintCache Fingerprints => _fingerprints ??= new FingerprintCache(this);
    private FingerprintCache? _fingerprints;

    /// <summary>Runs the app in another environment (e.g. Production); call before the app starts.</summary>
    public AppFactory InEnvironment(string environment)
    {
        Environment = environment;
        return this;
    }

    /// <summary>Adds a configuration value; call before the app starts.</summary>
    public AppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
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
            services.AddSingleton<QueryCounter>();
            // Hundreds of sign-ins per run: a hash of 1,000 rounds instead of Identity's 100,000 (a sign-in 56 ms -> 6 ms here).
            // The demo's hashes in the template are made with it too; a hash keeps its own count, so production's stand.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordIterations);
            services.ConfigureDbContext<AppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<QueryCounter>()));
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Only an app on the default database file with the demo seeded starts from the template.
        if (!_makesTemplate && !_settings.ContainsKey("ConnectionStrings:Sqlite") && !_settings.ContainsKey("DemoData:Seed")
            && !_settings.ContainsKey("Database:Provider"))
        {
            Directory.CreateDirectory(DataDirectory);
            File.Copy(Template.Value, DatabaseFile, overwrite: false);
            Folders.Copy(TemplateResources(Template.Value), ResourcesDirectory);
        }
        return base.CreateHost(builder);
    }

    private string DatabaseFile => Path.Combine(DataDirectory, "coachingacademy.db");

    private static string MakeTemplate()
    {
        var template = Path.Combine(Path.GetTempPath(), "coachingacademy-tests", $"template-{Guid.NewGuid():N}.db");
        var maker = new AppFactory { _makesTemplate = true };
        maker._keepDatabaseAt = template;
        _ = maker.Services;   // starts the app: migrates and seeds the demo
        maker.DisposeAsync().AsTask().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            File.Delete(template);
            if (Directory.Exists(TemplateResources(template)))
                Directory.Delete(TemplateResources(template), recursive: true);
        };
        return template;
    }

    private static string TemplateResources(string template) => template + ".resources";

    public HttpClient CreateBrowserlessClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        if (_fingerprints is not null)
            await _fingerprints.DisposeAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_keepDatabaseAt is not null)
        {
            File.Copy(DatabaseFile, _keepDatabaseAt);
            Folders.Copy(ResourcesDirectory, TemplateResources(_keepDatabaseAt));
        }
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
