namespace CoachingAcademy.TestSupport;

/// <summary>Copies of the data folders the test apps start from.</summary>
internal static class Folders
{
    /// <summary>Copies <paramref name="from"/> with its sub-folders into <paramref name="to"/>, leaving out any sub-folder
    /// named <paramref name="except"/>; nothing when <paramref name="from"/> does not exist.</summary>
    public static void Copy(string from, string to, string? except = null)
    {
        if (!Directory.Exists(from))
            return;
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from).Where(f => Path.GetFileName(f) != except))
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)), except);
    }
}
