using Microsoft.Extensions.Configuration;

namespace CoachingAcademy.Infrastructure;

/// <summary>Where the embedded defaults keep their files: one data folder (App:DataDirectory) for the database, the mail, the cohorts' resource files and (when so configured) the keys.</summary>
public sealed class AppPaths(IConfiguration configuration, string contentRoot)
{
    public string DataDirectory { get; } = Path.GetFullPath(configuration["App:DataDirectory"] ?? "App_Data", contentRoot);

    public string MailDirectory => Path.GetFullPath(configuration["Email:PickupDirectory"] ?? Path.Combine(DataDirectory, "mail"), contentRoot);

    /// <summary>Data-protection keys when they are kept in files (<c>DataProtection:Store=Files</c>, one instance only).</summary>
    public string KeysDirectory => Path.GetFullPath(configuration["DataProtection:KeysDirectory"] ?? Path.Combine(DataDirectory, "keys"), contentRoot);

    /// <summary>The files directors attach to cohorts (<c>Resources:Directory</c>, by default <c>resources</c> in the data folder).</summary>
    public string ResourcesDirectory => Path.GetFullPath(configuration["Resources:Directory"] is { Length: > 0 } folder ? folder : Path.Combine(DataDirectory, "resources"), contentRoot);

    public string SqliteConnectionString =>
        configuration.GetConnectionString("Sqlite") is { Length: > 0 } cs ? cs : $"Data Source={Path.Combine(DataDirectory, "coachingacademy.db")}";
}
