using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CoachingAcademy.SqlServerChecks;

/// <summary>
/// docker-compose.yml is the first place the app meets SQL Server: it must be valid YAML of the expected shape, and every
/// setting it gives the app must be one the app reads (a misspelt `Database__Provider` silently falls back to SQLite).
/// </summary>
public sealed partial class TheComposeFile
{
    private static YamlMappingNode Services()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Repository.PathOf("docker-compose.yml")))
            yaml.Load(reader);
        var root = Assert.IsType<YamlMappingNode>(Assert.Single(yaml.Documents).RootNode);
        return Assert.IsType<YamlMappingNode>(root["services"]);
    }

    private static IReadOnlyDictionary<string, string> EnvironmentOf(string service) =>
        Settings(Assert.IsType<YamlMappingNode>(Assert.IsType<YamlMappingNode>(Services()[service])["environment"]));

    /// <summary>A mapping's scalar settings, with YAML merge keys (<c>&lt;&lt;: *anchor</c>) applied as Compose applies
    /// them: merged settings first, the mapping's own over them.</summary>
    private static Dictionary<string, string> Settings(YamlMappingNode map)
    {
        var settings = new Dictionary<string, string>();
        foreach (var (key, value) in map.Children.Where(e => e.Key is YamlScalarNode { Value: "<<" }))
            foreach (var (name, setting) in Settings(Assert.IsType<YamlMappingNode>(value)))
                settings[name] = setting;
        foreach (var (key, value) in map.Children.Where(e => e.Key is not YamlScalarNode { Value: "<<" }))
            settings[((YamlScalarNode)key).Value!] = ((YamlScalarNode)value).Value ?? "";
        return settings;
    }

    [Fact]
    public void It_parses_and_every_service_the_app_depends_on_is_defined()
    {
        var services = Services();
        var app = Assert.IsType<YamlMappingNode>(services["app"]);
        var dependsOn = Assert.IsType<YamlMappingNode>(app["depends_on"]);
        Assert.All(dependsOn.Children.Keys, name => Assert.True(services.Children.ContainsKey(name), $"app depends on undefined service {name}"));
        Assert.Contains(new YamlScalarNode("sqlserver"), dependsOn.Children.Keys);
    }

    [Fact]
    public void Every_setting_given_to_the_app_is_a_configuration_key_the_app_reads()
    {
        var known = KnownKeys();
        var unknown = EnvironmentOf("app").Keys
            .Where(name => !name.StartsWith("ASPNETCORE_", StringComparison.Ordinal) && !name.StartsWith("DOTNET_", StringComparison.Ordinal))
            // An element of a list setting (KnownNetworks__0) is a value of the list's key.
            .Select(name => ListIndex().Replace(name.Replace("__", ":", StringComparison.Ordinal), ""))
            .Where(key => !known.Contains(key))
            .ToList();
        Assert.True(unknown.Count == 0, $"docker-compose.yml sets {string.Join(", ", unknown)}, which neither appsettings.json nor the README's configuration table knows");
    }

    [Fact]
    public void It_runs_the_app_on_SQL_Server_with_the_password_the_server_is_given()
    {
        var app = EnvironmentOf("app");
        Assert.Equal("SqlServer", app["Database__Provider"]);
        var password = PasswordSetting().Match(app["ConnectionStrings__SqlServer"]).Groups[1].Value;
        Assert.Equal(EnvironmentOf("sqlserver")["MSSQL_SA_PASSWORD"], password);
    }

    /// <summary>The keys of appsettings.json (flattened with ':') and of the README's configuration table.</summary>
    private static HashSet<string> KnownKeys()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var json = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("src/CoachingAcademy.Web/appsettings.json"))))
            Flatten(json.RootElement, "", keys);
        foreach (Match row in ReadmeKey().Matches(File.ReadAllText(Repository.PathOf("README.md"))))
            keys.Add(row.Groups[1].Value);
        Assert.Contains("Database:MigrateOnStartup", keys);
        return keys;
    }

    private static void Flatten(JsonElement element, string prefix, HashSet<string> keys)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            keys.Add(prefix);
            return;
        }
        foreach (var property in element.EnumerateObject())
            Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}", keys);
    }

    [GeneratedRegex(@"^\|[^|\n]*?`([A-Za-z]+:[A-Za-z:]+)`", RegexOptions.Multiline)]
    private static partial Regex ReadmeKey();

    [GeneratedRegex(@"Password=([^;]*)")]
    private static partial Regex PasswordSetting();

    [GeneratedRegex(@"(:\d+)+$")]
    private static partial Regex ListIndex();
}
