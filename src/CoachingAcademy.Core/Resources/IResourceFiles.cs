namespace CoachingAcademy.Core.Resources;

/// <summary>The folder where resource files are kept, each under a name the store generates.</summary>
public interface IResourceFiles
{
    /// <summary>Writes a new file and answers its generated name.</summary>
    Task<string> SaveAsync(byte[] content, string extension, CancellationToken ct = default);

    /// <summary>The stored file, or null when it is missing.</summary>
    Stream? Open(string storedName);

    /// <summary>Deletes a stored file; a missing one is already deleted.</summary>
    void Delete(string storedName);
}
