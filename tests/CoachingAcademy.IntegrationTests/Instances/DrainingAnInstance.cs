using System.Net;
using CoachingAcademy.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachingAcademy.IntegrationTests.Instances;

/// <summary>An instance told to stop says it is not ready while it still serves, so a load balancer moves away first.</summary>
public sealed class DrainingAnInstance
{
    [Fact]
    public async Task Readiness_answers_503_once_the_instance_is_stopping_while_pages_are_still_served()
    {
        await using var app = new AppFactory().With("App:DrainSeconds", "4");
        var client = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        // StopApplication runs the stopping callbacks, the drain among them, before the server closes.
        var stopping = Task.Run(() => app.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication());
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        while (!lifetime.ApplicationStopping.IsCancellationRequested)
            await Task.Delay(10);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
        await stopping;
    }
}
