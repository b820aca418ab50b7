using Microsoft.Extensions.Configuration;

namespace CoachingAcademy.Infrastructure;

/// <summary>Where the embedded defaults keep their files: one data folder (App:DataDirectory) for the database and the mail.</summary>
public sealed class AppPaths(IConfiguration configuration, string contentRoot)
{
    public string DataDirectory { get; } = Path.GetFullPath(configuration["App:DataDirectory"] ?? "App_Data", contentRoot);

    public string MailDirectory => Path.GetFullPath(configuration["Email:PickupDirectory"] ?? Path.Combine(DataDirectory, "mail"), contentRoot);

    public string SqliteConnectionString =>
        configuration.GetConnectionString("Sqlite") is { Length: > 0 } cs ? cs : $"Data Source={Path.Combine(DataDirectory, "coachingacademy.db")}";
}
