namespace CoachingAcademy.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. Defaults to on for SQLite, off for SQL Server (use the script or a bundle).</summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
