namespace CoachingAcademy.TestSupport;

/// <summary>
/// Hangfire keeps process-wide state, so every test class that starts the app belongs to this one collection
/// (see docs/decisions/0003-one-test-collection-for-the-app.md).
/// </summary>
public static class AppCollection
{
    public const string Name = "App";
}
