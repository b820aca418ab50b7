using CoachingAcademy.Core;
using CoachingAcademy.Infrastructure;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddCore()
    .AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath)
    .AddWeb(builder.Configuration, builder.Environment.ContentRootPath);

var app = builder.Build();

await DatabaseInitializer.InitializeAsync(app.Services);

app.UseWeb();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
