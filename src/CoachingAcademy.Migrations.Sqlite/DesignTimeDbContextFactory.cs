using CoachingAcademy.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoachingAcademy.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model for Sqlite without starting the web app (no database is opened).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DbContextOptionsFactory.Configure(builder, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new AppDbContext(builder.Options);
    }
}
