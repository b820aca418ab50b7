using Hangfire.SqlServer;

namespace CoachingAcademy.SqlServerChecks;

/// <summary>
/// With SQL Server, Hangfire keeps its jobs in the same database, in its own schema, and creates that schema itself at
/// first start. The app reads no Hangfire storage setting from configuration: it uses the storage's defaults.
/// </summary>
public sealed class TheJobStorageOnSqlServer
{
    [Fact]
    public void Hangfires_schema_script_for_the_apps_options_parses_as_TSql()
    {
        var options = new SqlServerStorageOptions();
        Assert.Equal("HangFire", options.SchemaName);
        Assert.DoesNotContain(TheSchemaOnSqlServer.Tables(), t => t.Schema == options.SchemaName);

        var script = SqlServerObjectsInstaller.GetInstallScript(options.SchemaName, enableHeavyMigrations: false);

        TSql.AssertParses(script, "Hangfire's install script");
    }
}
