using CoachingAcademy.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoachingAcademy.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the model for SqlServer without starting the web app (no database is opened).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DbContextOptionsFactory.Configure(builder, DatabaseProvider.SqlServer, "Server=localhost;Database=CoachingAcademy;Trusted_Connection=True;TrustServerCertificate=True");
        return new AppDbContext(builder.Options);
    }
}
