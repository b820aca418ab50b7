using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CoachingAcademy.SqlServerChecks;

/// <summary>
/// The idempotent migration script, the one a deployment runs, is read by Microsoft's own T-SQL parser (the one SSMS and
/// SqlPackage use), for SQL Server 2022's dialect: a syntax error would otherwise first show on the production server.
/// </summary>
public sealed class TheDeploymentScript
{
    [Fact]
    public void The_idempotent_script_of_every_migration_parses_as_TSql_with_no_error()
    {
        using var db = OfflineSqlServer.Create();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [CoachingSessions]", script);

        TSql.AssertParses(script, "the generated idempotent script");
    }

    [Fact]
    public void The_script_the_test_command_wrote_parses_too()
    {
        // scripts/test.sh writes it with `dotnet ef migrations script --idempotent`; run alone, this test has nothing to read.
        var path = Repository.PathOf("artifacts/sql/sqlserver-idempotent.sql");
        if (!File.Exists(path))
            return;
        TSql.AssertParses(File.ReadAllText(path), path);
    }

    [Fact]
    public void A_script_with_an_error_is_refused_by_the_parser()
    {
        var errors = TSql.Parse("CREATE TABLE [T] ([Id] int NOT NULL,, CONSTRAINT [PK_T] PRIMARY KEY ([Id]));\nGO");
        Assert.NotEmpty(errors);
    }
}

/// <summary>Microsoft's T-SQL parser (ScriptDom), for SQL Server 2022's dialect.</summary>
public static class TSql
{
    public static void AssertParses(string script, string what)
    {
        var errors = Parse(script);
        Assert.True(errors.Count == 0, $"{what} has {errors.Count} T-SQL parse errors:\n" +
            string.Join("\n", errors.Take(10).Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")));
    }

    public static IList<ParseError> Parse(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        return errors;
    }
}
