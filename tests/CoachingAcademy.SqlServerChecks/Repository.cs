namespace CoachingAcademy.SqlServerChecks;

/// <summary>Files of the repository the tests read (the solution folder, found upwards from the test binaries).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoachingAcademy.sln")))
                return dir.FullName;
        throw new InvalidOperationException("CoachingAcademy.sln not found above " + AppContext.BaseDirectory);
    }
}
