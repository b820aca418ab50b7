using CoachingAcademy.TestSupport;

namespace CoachingAcademy.IntegrationTests;

[CollectionDefinition(AppCollection.Name)]
public sealed class AppCollectionDefinition : ICollectionFixture<AppFactory>;

[CollectionDefinition(AppProcesses.Name)]
public sealed class AppProcessesCollectionDefinition;
