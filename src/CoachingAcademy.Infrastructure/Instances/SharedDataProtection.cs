using CoachingAcademy.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.Infrastructure.Instances;

/// <summary>Where the data-protection keys live (configuration key <c>DataProtection:Store</c>).</summary>
public enum DataProtectionStore
{
    /// <summary>In the app database (DataProtectionKeys), shared by every instance that uses it.</summary>
    Database,

    /// <summary>Files in one instance's data folder: only for a single instance.</summary>
    Files,
}

/// <summary>
/// The keys that sign the login and antiforgery cookies and the set-password links. Every instance must read the same
/// key ring under the same application name, or a cookie one instance issued is refused by the next; the database is
/// the one place they all share.
/// </summary>
public static class SharedDataProtection
{
    public const string ApplicationName = "CoachingAcademy";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration, AppPaths paths)
    {
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (Store(configuration) == DataProtectionStore.Files)
            builder.PersistKeysToFileSystem(new DirectoryInfo(paths.KeysDirectory));
        else
            builder.PersistKeysToDbContext<AppDbContext>();
        return services;
    }

    public static DataProtectionStore Store(IConfiguration configuration) =>
        configuration.GetValue("DataProtection:Store", DataProtectionStore.Database);
}
