namespace CoachingAcademy.TestSupport.Gates;

/// <summary>
/// Paths for endpoints whose generated sample would not show what they do: the error page for a real status, a
/// dashboard page rather than the dashboard's catch-all. Every other endpoint gets its path from its route.
/// </summary>
public static class EndpointSamples
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["ANY Error/Status"] = "/Error/404",
        ["ANY /hangfire/{**path}"] = "/hangfire/recurring",
    };
}
