using CoachingAcademy.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.TestSupport;

/// <summary>Reads and arranges data straight through the app's own DbContext, for what a test cannot see in a page.</summary>
public static class AppData
{
    public static async Task<T> QueryAsync<T>(this AppFactory app, Func<AppDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<int> PersonIdAsync(this AppFactory app, string email) =>
        app.QueryAsync(db => db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync());

    public static Task<int> DemoCohortIdAsync(this AppFactory app) =>
        app.QueryAsync(db => db.Cohorts.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
}
