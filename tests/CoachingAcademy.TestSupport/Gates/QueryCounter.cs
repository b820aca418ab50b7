using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xunit;

namespace CoachingAcademy.TestSupport.Gates;

/// <summary>
/// Counts the SQL commands EF Core sends on behalf of each HTTP request that carries a <see cref="Header"/>.
/// <see cref="AppFactory"/> registers it on the app's DbContext.
/// </summary>
public sealed class QueryCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Test-Query-Count";

    private readonly ConcurrentDictionary<string, int> _counts = new();

    public int CountFor(string requestId) => _counts.GetValueOrDefault(requestId);

    private void Count()
    {
        if (http.HttpContext?.Request.Headers[Header] is { Count: > 0 } id)
            _counts.AddOrUpdate(id.ToString(), 1, (_, n) => n + 1);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }
}

public static class QueryCounting
{
    /// <summary>The number of SQL commands one GET of <paramref name="path"/> costs for this visitor (the page must not fail).</summary>
    public static async Task<int> CountQueriesAsync(this AppFactory app, Session session, string path)
    {
        var id = Guid.NewGuid().ToString("N");
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(QueryCounter.Header, id);
        var response = await session.SendAsync(request);
        Assert.True((int)response.StatusCode < 500,
            $"GET {path} as {session.Who} answered {(int)response.StatusCode}");
        return app.QueryCounter.CountFor(id);
    }
}
