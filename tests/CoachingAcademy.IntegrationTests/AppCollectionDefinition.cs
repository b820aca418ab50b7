using CoachingAcademy.TestSupport;

[assembly: TestCollectionOrderer("CoachingAcademy.TestSupport.ProcessesFirst", "CoachingAcademy.TestSupport")]

namespace CoachingAcademy.IntegrationTests;

[CollectionDefinition(AppProcesses.Name)]
public sealed class AppProcessesCollectionDefinition;
