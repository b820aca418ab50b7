using CoachingAcademy.Infrastructure.Demo;
using CoachingAcademy.Infrastructure.Instances;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Infrastructure.Data;

/// <summary>Brings the database up to date at start-up and, when configured, seeds the demo program once.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = sp.GetRequiredService<AppDbContext>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        if (options.ShouldMigrateOnStartup)
        {
            if (options.Provider == DatabaseProvider.Sqlite)
                CreateSqliteFolder(db.Database.GetConnectionString());
            await db.Database.MigrateAsync(ct);
            logger.LogInformation("Database migrated ({Provider}).", options.Provider);
        }

        var configuration = sp.GetRequiredService<IConfiguration>();
        if (SharedDataProtection.Store(configuration) == DataProtectionStore.Database)
            await FileKeysImport.ImportAsync(db, sp.GetRequiredService<AppPaths>(), logger, ct);

        if (configuration.GetValue<bool>("DemoData:Seed"))
            await sp.GetRequiredService<DemoDataSeeder>().SeedAsync(ct);
    }

    private static void CreateSqliteFolder(string? connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            Directory.CreateDirectory(folder);
    }
}
