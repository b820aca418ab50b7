using System.Net;
using CoachingAcademy.TestSupport;

namespace CoachingAcademy.IntegrationTests.Foundation;

public sealed class HealthEndpoints(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_anonymously(string url)
    {
        var response = await app.CreateBrowserlessClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_fails_when_the_database_cannot_be_opened()
    {
        await using var broken = new AppFactory()
            .With("Database:MigrateOnStartup", "false")
            .With("DemoData:Seed", "false")
            .With("ConnectionStrings:Sqlite", "Data Source=/nonexistent-folder/none.db;Mode=ReadOnly");
        var client = broken.CreateBrowserlessClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
