using System.Text.RegularExpressions;
using CoachingAcademy.Core.Resources;

namespace CoachingAcademy.Infrastructure.Resources;

/// <summary>
/// Resource files in one folder (<see cref="AppPaths.ResourcesDirectory"/>), each under a name made of a new GUID and the
/// extension its type was recognized as. Only names of that shape are opened or deleted, so a stored name can never reach
/// outside the folder. With several instances, the folder must be one they share.
/// </summary>
public sealed partial class ResourceFolder(AppPaths paths) : IResourceFiles
{
    [GeneratedRegex("^[0-9a-f]{32}\\.[a-z]{3,4}$")]
    private static partial Regex StoredNameShape();

    public async Task<string> SaveAsync(byte[] content, string extension, CancellationToken ct = default)
    {
        Directory.CreateDirectory(paths.ResourcesDirectory);
        var storedName = Guid.NewGuid().ToString("N") + extension.ToLowerInvariant();
        var path = PathOf(storedName);
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        try
        {
            await using (file)
                await file.WriteAsync(content, ct);
        }
        catch
        {
            // A file cut short is never left behind.
            File.Delete(path);
            throw;
        }
        return storedName;
    }

    public Stream? Open(string storedName)
    {
        try
        {
            return new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    private string PathOf(string storedName) => StoredNameShape().IsMatch(storedName)
        ? Path.Combine(paths.ResourcesDirectory, storedName)
        : throw new ArgumentException("Not the name of a stored resource file.", nameof(storedName));
}
