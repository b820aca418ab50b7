namespace CoachingAcademy.Core.Common;

/// <summary>How the app lists things in a sentence.</summary>
public static class Words
{
    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Join("", all) : string.Join(", ", all[..^1]) + " and " + all[^1];
    }
}
