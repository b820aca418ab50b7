using System.Data.Common;
using System.Diagnostics;
using CoachingAcademy.Core;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Infrastructure;
using CoachingAcademy.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachingAcademy.Benchmarks;

/// <summary>
/// Times the reminder scan on a real SQLite file holding 10,000 and 100,000 (match, milestone) rows, and prints
/// SQLite's plan for each query of the scan, to show that indexes are used rather than table scans.
/// </summary>
public static class ReminderScanBenchmark
{
    private sealed class OneDirector : IDirectorDirectory
    {
        public Task<IReadOnlyList<string>> DirectorEmailsAsync(CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<string>>(["director@example.org"]);
    }

    /// <summary>Keeps the text and parameters of every command, to ask SQLite how it runs them.</summary>
    private sealed class Capture : DbCommandInterceptor
    {
        public List<(string Sql, (string Name, object? Value)[] Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray()));
            return ValueTask.FromResult(result);
        }
    }

    public static async Task RunAsync(int runs)
    {
        Console.WriteLine($"Reminder scan on SQLite, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {runs} runs of the steady-state scan");
        Console.WriteLine("| (match, milestone) rows | build data s | first scan ms (records) | reminders recorded | steady scan median ms | min | max |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var rows in new[] { 10_000, 100_000 })
            await RunSizeAsync(rows, runs, printPlans: rows == 100_000);
    }

    private static async Task RunSizeAsync(int rows, int runs, bool printPlans)
    {
        var folder = Path.Combine(Path.GetTempPath(), "coachingacademy-bench", Guid.NewGuid().ToString("N"));
        var capture = new Capture();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["App:DataDirectory"] = folder, ["Hangfire:Server"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddCore().AddInfrastructure(configuration, folder);
        services.RemoveAll<IDirectorDirectory>();
        services.AddSingleton<IDirectorDirectory, OneDirector>();
        services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(capture));
        await using var provider = services.BuildServiceProvider();

        var build = Stopwatch.StartNew();
        await SeedAsync(provider, rows);
        build.Stop();

        var first = await TimeScanAsync(provider);
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            capture.Commands.Clear();
            times.Add((await TimeScanAsync(provider)).Ms);
        }
        times.Sort();
        Console.WriteLine($"| {rows:N0} | {build.Elapsed.TotalSeconds:F1} | {first.Ms:F0} | {first.Result.Recorded:N0} | {times[times.Count / 2]:F0} | {times[0]:F0} | {times[^1]:F0} |");

        if (printPlans)
            await PrintPlansAsync(provider, capture);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<(double Ms, ScanResult Result)> TimeScanAsync(IServiceProvider provider)
    {
        using var scope = provider.CreateScope();
        var scanner = scope.ServiceProvider.GetRequiredService<ReminderScanner>();
        var watch = Stopwatch.StartNew();
        var result = await scanner.ScanAsync();
        return (watch.Elapsed.TotalMilliseconds, result);
    }

    /// <summary>Cohorts of 500 active matches, 4 milestones each, due dates spread from 60 days ago to 120 days ahead.</summary>
    private static async Task SeedAsync(IServiceProvider provider, int rows)
    {
        Directory.CreateDirectory(provider.GetRequiredService<AppPaths>().DataDirectory);
        using (var scope = provider.CreateScope())
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTime.UtcNow;
        var matchesWanted = rows / 4;
        var random = new Random(7);
        for (var c = 0; matchesWanted > 0; c++)
        {
            using var scope = provider.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var agency = new Agency($"Agency {c}", $"contact{c}@example.org");
            var cohort = new Cohort($"Cohort {c}", "America/Los_Angeles", today.AddDays(100), today.AddDays(130));
            for (var m = 0; m < 4; m++)
                cohort.AddMilestone($"Milestone {m + 1}", "", today.AddDays(random.Next(-60, 121)));
            var coach = new Person($"Coach {c}", $"coach{c}@example.org", "Director", PositionLevel.DepartmentHead, agency);
            db.AddRange(agency, cohort, coach);
            await db.SaveChangesAsync();
            var size = Math.Min(500, matchesWanted);
            for (var p = 0; p < size; p++)
            {
                var participant = new Person($"Participant {c}-{p}", $"p{c}-{p}@example.org", "Analyst", PositionLevel.Other, agency);
                var match = new Match(cohort.Id, participant, coach, MatchSource.Director, null, now);
                match.Approve(1, [], now);
                db.AddRange(participant, match);
            }
            await db.SaveChangesAsync();
            matchesWanted -= size;
        }
    }

    private static async Task PrintPlansAsync(IServiceProvider provider, Capture capture)
    {
        using var scope = provider.CreateScope();
        var connection = (SqliteConnection)scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        Console.WriteLine();
        Console.WriteLine("SQLite query plans of the steady-state scan (EXPLAIN QUERY PLAN):");
        foreach (var (sql, parameters) in capture.Commands.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)))
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            Console.WriteLine("-- " + string.Join(" ", sql.Split('\n', StringSplitOptions.TrimEntries)).Substring(0, Math.Min(110, sql.Length)) + "...");
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                Console.WriteLine("   " + reader.GetString(3));
        }
    }
}
