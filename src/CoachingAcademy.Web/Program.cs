using CoachingAcademy.Core;
using CoachingAcademy.Infrastructure;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Demo;
using CoachingAcademy.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddCore()
    .AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath)
    .AddWeb(builder.Configuration);

var app = builder.Build();

await DatabaseInitializer.InitializeAsync(app.Services);

// `dotnet run -- seed-large --participants 10000 [--coaches 5000]` adds a large fictitious program and exits.
if (LargeProgramOptions.TryParse(args, out var largeProgram))
{
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<LargeProgramSeeder>().SeedAsync(largeProgram);
    return;
}

app.UseWeb();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
