namespace CoachingAcademy.TestSupport;

/// <summary>
/// The browser tests share one browser and one app in this collection, one test at a time. The integration tests do not
/// use it: each of their classes starts an app of its own and runs beside the others
/// (docs/decisions/0012-test-classes-side-by-side.md).
/// </summary>
public static class AppCollection
{
    public const string Name = "App";
}

/// <summary>
/// Tests that run the built app as separate processes (<see cref="AppProcess"/>), one at a time. Most of their time is
/// spent waiting for leases, polls and restarts, so they start first (<see cref="ProcessesFirst"/>) and run beside the
/// in-process tests (docs/decisions/0012-test-classes-side-by-side.md).
/// </summary>
public static class AppProcesses
{
    public const string Name = "App processes";
}
