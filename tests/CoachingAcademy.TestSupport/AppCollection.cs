namespace CoachingAcademy.TestSupport;

/// <summary>
/// Hangfire keeps process-wide state, so every test class that starts the app belongs to this one collection
/// (see docs/decisions/0003-one-test-collection-for-the-app.md).
/// </summary>
public static class AppCollection
{
    public const string Name = "App";
}

/// <summary>
/// Tests that run the built app as separate processes (<see cref="AppProcess"/>): they share no process-wide state with
/// the in-process app, so this collection runs beside <see cref="AppCollection"/>, one of its tests at a time. Most of
/// their time is spent waiting for leases, polls and restarts (docs/decisions/0003-one-test-collection-for-the-app.md).
/// </summary>
public static class AppProcesses
{
    public const string Name = "App processes";
}
