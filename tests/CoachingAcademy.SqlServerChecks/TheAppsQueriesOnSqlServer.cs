using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching.Suggestions;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.SqlServerChecks;

/// <summary>
/// Every LINQ query the app runs translates on the SQL Server provider. The app runs as the tests run it (SQLite, demo
/// program) while an EF interceptor keeps the expression tree of each query it compiles; every page is opened by each
/// visitor it is for, and the reminder scan, the match suggestions and an enrollment file check run once. Each kept
/// query is then compiled by a DbContext configured for SQL Server (no connection): a query that cannot be translated
/// to T-SQL, or would need client evaluation, fails here with EF's own message.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TheAppsQueriesOnSqlServer
{
    [Fact]
    public async Task Every_query_of_every_page_and_of_the_scan_suggestions_and_enrollment_compiles_for_SQL_Server()
    {
        var captured = new ConcurrentQueue<Expression>();
        await using (var app = new CapturingApp(captured))
        {
            await OpenEveryPageAsync(app);
            await RunTheServicesWithoutPagesAsync(app);
        }
        Assert.True(captured.Count >= 50, $"only {captured.Count} queries were seen; is the capture still wired?");

        using var db = OfflineSqlServer.Create();
        var failures = captured.Select(query => Compile(db, query)).OfType<string>().Distinct().ToList();

        Assert.True(failures.Count == 0, $"{failures.Count} of {captured.Count} queries do not translate on SQL Server:\n\n" + string.Join("\n\n", failures));
    }

    [Fact]
    public void A_query_only_SQLite_understands_is_refused()
    {
        using var sqlite = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);
        var expression = sqlite.People.Where(p => EF.Functions.Glob(p.Email, "*@example.org")).Expression;

        using var db = OfflineSqlServer.Create();
        Assert.Contains("could not be translated", Compile(db, expression));
    }

    private static async Task OpenEveryPageAsync(AppFactory app)
    {
        var pages = EndpointCatalog.Discover(app).Where(e => e.Method == "GET" && e.Action is not null).ToList();
        Assert.NotEmpty(pages);
        var sessions = new SessionsByVisitor(app);
        foreach (var page in pages)
            foreach (var who in AccessTable.Expectations[page.Key].Allowed)
            {
                var response = await (await sessions.OfAsync(who)).GetAsync(page.SamplePath());
                Assert.True((int)response.StatusCode < 500,
                    $"{page.Key} as {who} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
    }

    private static async Task RunTheServicesWithoutPagesAsync(AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var cohortId = await services.GetRequiredService<AppDbContext>().Cohorts.Select(c => c.Id).FirstAsync();
        await services.GetRequiredService<ReminderScanner>().ScanAsync();
        await services.GetRequiredService<SuggestionService>().SuggestAsync(cohortId);
        await services.GetRequiredService<EnrollmentService>().PreviewAsync(cohortId,
            "Role,Name,Email,Title,Position,Agency,Supervisor email\n" +
            "Participant,Robin Example,robin.example@example.org,Analyst,Staff,City of Riverbend,participant@example.org\n");
    }

    /// <summary>Compiles one query on <paramref name="db"/>'s model; null when it translates, else EF's message and the query.</summary>
    private static string? Compile(AppDbContext db, Expression query)
    {
        var onSqlServer = new OntoModel(db.Model).Visit(query);
        // A query that yields rows (IQueryable<T>, or IOrderedQueryable<T> when it ends with an ordering) is compiled as the
        // IEnumerable<T> EF runs; a single value as itself.
        var rows = onSqlServer.Type.GetInterfaces().Prepend(onSqlServer.Type)
            .FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IQueryable<>));
        var result = rows is not null ? typeof(IEnumerable<>).MakeGenericType(rows.GetGenericArguments()) : onSqlServer.Type;
        try
        {
            CompileQuery.MakeGenericMethod(result).Invoke(db.GetService<IDatabase>(), [onSqlServer, false]);
            return null;
        }
        catch (TargetInvocationException e)
        {
            return $"{e.InnerException!.GetType().Name}: {e.InnerException.Message}\n  query: {Shorten(query.Print())}";
        }
    }

    private static readonly MethodInfo CompileQuery = typeof(IDatabase).GetMethod(nameof(IDatabase.CompileQuery))!;

    private static string Shorten(string text) => text.Length > 1_200 ? text[..1_200] + "…" : text;

    /// <summary>Points the query roots of a query built on the SQLite model at the same entity types of the SQL Server model.</summary>
    private sealed class OntoModel(IModel model) : ExpressionVisitor
    {
        protected override Expression VisitExtension(Expression node) => node is EntityQueryRootExpression root
            ? new EntityQueryRootExpression(model.FindEntityType(root.EntityType.Name)
                ?? throw new InvalidOperationException($"{root.EntityType.Name} is not in the SQL Server model"))
            : base.VisitExtension(node);
    }

    /// <summary>Keeps the expression of each query the app compiles (once per shape of query).</summary>
    private sealed class Capture(ConcurrentQueue<Expression> queries) : IQueryExpressionInterceptor
    {
        public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
        {
            queries.Enqueue(queryExpression);
            return queryExpression;
        }
    }

    private sealed class CapturingApp(ConcurrentQueue<Expression> queries) : AppFactory
    {
        // A query cache of its own, so that no query compiled earlier in this process goes unseen. One instance of each
        // (an expression interceptor is a singleton of EF's internal services).
        private readonly MemoryCache _queryCache = new(new MemoryCacheOptions());
        private readonly Capture _capture = new(queries);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<AppDbContext>(o => o
                .AddInterceptors(_capture)
                .UseMemoryCache(_queryCache)));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            _queryCache.Dispose();
        }
    }
}

[CollectionDefinition(AppCollection.Name)]
public sealed class AppCollectionDefinition;
