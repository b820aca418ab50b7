using Microsoft.Extensions.Configuration;

namespace CoachingAcademy.Infrastructure;

/// <summary>Where the embedded defaults keep their files: one data folder (App:DataDirectory) for the database, the mail and (when so configured) the keys.</summary>
public sealed class AppPaths(IConfiguration configuration, string contentRoot)
{
    public string DataDirectory { get; } = Path.GetFullPath(configuration["App:DataDirectory"] ?? "App_Data", contentRoot);

    public string MailDirectory => Path.GetFullPath(configuration["Email:PickupDirectory"] ?? Path.Combine(DataDirectory, "mail"), contentRoot);

    /// <summary>Data-protection keys when they are kept in files (<c>DataProtection:Store=Files</c>, one instance only).</summary>
    public string KeysDirectory => Path.GetFullPath(configuration["DataProtection:KeysDirectory"] ?? Path.Combine(DataDirectory, "keys"), contentRoot);

    public string SqliteConnectionString =>
        configuration.GetConnectionString("Sqlite") is { Length: > 0 } cs ? cs : $"Data Source={Path.Combine(DataDirectory, "coachingacademy.db")}";
}
