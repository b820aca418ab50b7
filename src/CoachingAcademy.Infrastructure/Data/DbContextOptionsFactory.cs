using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Infrastructure.Data;

/// <summary>One place that knows which migrations assembly belongs to which provider (used at run time and design time).</summary>
public static class DbContextOptionsFactory
{
    public const string SqliteMigrationsAssembly = "CoachingAcademy.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "CoachingAcademy.Migrations.SqlServer";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o =>
            {
                o.MigrationsAssembly(SqlServerMigrationsAssembly);
                o.EnableRetryOnFailure();
            }),
            _ => throw new InvalidOperationException($"Unknown database provider '{provider}'."),
        };
}
