using Xunit;
using Xunit.Abstractions;

namespace CoachingAcademy.TestSupport;

/// <summary>
/// Starts the <see cref="AppProcesses"/> collection before every other: its tests spend most of their time waiting for
/// other processes, so begun first they run beside the in-process tests instead of after them. The others keep the order they come in.
/// </summary>
public sealed class ProcessesFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName == AppProcesses.Name ? 0 : 1);
}
