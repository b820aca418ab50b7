using CoachingAcademy.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoachingAcademy.Infrastructure.Instances;

/// <summary>
/// An instance that kept its keys in files before they moved to the database brings them along, once, while the
/// database holds none: the cookies it signed and the invitation links it sent keep working.
/// </summary>
public static class FileKeysImport
{
    public static async Task<int> ImportAsync(AppDbContext db, AppPaths paths, ILogger logger, CancellationToken ct = default)
    {
        var folder = new DirectoryInfo(paths.KeysDirectory);
        var files = folder.Exists ? folder.GetFiles("key-*.xml") : [];
        if (files.Length == 0 || await db.DataProtectionKeys.AnyAsync(ct))
            return 0;
        foreach (var file in files)
        {
            db.DataProtectionKeys.Add(new DataProtectionKey
            {
                // The same friendly name the database store gives a key it made itself: "key-<id>".
                FriendlyName = Path.GetFileNameWithoutExtension(file.Name),
                Xml = await File.ReadAllTextAsync(file.FullName, ct),
            });
        }
        await db.SaveChangesAsync(ct);
        // How many, never what: a key's XML is a secret.
        logger.LogInformation("Moved {Count} data-protection key(s) from {Folder} into the database.", files.Length, folder.FullName);
        return files.Length;
    }
}
