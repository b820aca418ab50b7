using System.Diagnostics;
using System.Net;

namespace CoachingAcademy.TestSupport;

/// <summary>
/// The built app as its own process (the README's run command, on a data folder of the test's), so that a test can
/// kill it hard, as a power cut or the OOM killer would, and start it again on the same database.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _settings;
    private Process? _process;

    /// <summary>
    /// The data folder of the first app process of this test run that migrated and seeded the demo on its own database.
    /// Every later fresh start of that kind copies it: a fresh start costs 7.4 s of CPU here, one on a seeded file 3.2 s
    /// (migrations 1.3 s, the demo 2.9 s), and a run has seven of them. It is seeded on the real clock, as each process
    /// seeded its own before, only minutes earlier.
    /// </summary>
    private static Task<string>? _template;
    private static readonly object TemplateLock = new();
    private bool _makesTemplate;

    public AppProcess(IReadOnlyDictionary<string, string>? settings = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "coachingacademy-tests", Guid.NewGuid().ToString("N"));
        Port = SmtpServer.FreePort();
        _settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}",
            ["App__DataDirectory"] = DataDirectory,
            ["App__BaseUrl"] = $"http://127.0.0.1:{Port}",
            ["DemoData__Seed"] = "true",
            ["Hangfire__RecurringJobs"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            _settings[key] = value;
    }

    /// <summary>
    /// A second instance of <paramref name="first"/>'s app, as on another machine: its own port and data folder (mail
    /// folder, file keys), but the same SQLite database, which the first one migrated and seeded.
    /// </summary>
    public static AppProcess SharingDatabaseWith(AppProcess first, IReadOnlyDictionary<string, string>? settings = null)
    {
        var shared = new Dictionary<string, string>(first._settings)
        {
            ["ConnectionStrings__Sqlite"] = $"Data Source={first.DatabaseFile}",
            ["DemoData__Seed"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            shared[key] = value;
        // The first's own address and data folder are replaced by this one's in the constructor.
        shared.Remove("ASPNETCORE_URLS");
        shared.Remove("App__BaseUrl");
        shared.Remove("App__DataDirectory");
        return new AppProcess(shared);
    }

    public string DataDirectory { get; }
    public int Port { get; }

    /// <summary>The SQLite file this app uses (its own unless it shares another's).</summary>
    public string DatabaseFile => _settings.TryGetValue("ConnectionStrings__Sqlite", out var cs)
        ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(cs).DataSource
        : Path.Combine(DataDirectory, "coachingacademy.db");

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>Starts the app and waits, up to two minutes (a cold start on a busy machine), until it answers.</summary>
    public async Task StartAsync()
    {
        if (!_makesTemplate && !File.Exists(DatabaseFile) && !_settings.ContainsKey("ConnectionStrings__Sqlite")
            && _settings.GetValueOrDefault("DemoData__Seed") == "true")
            Folders.Copy(await Template(), DataDirectory, except: "mail");   // all but the mail the template wrote
        var web = WebAssembly();
        var start = new ProcessStartInfo("dotnet", [web, "--contentRoot", Path.GetDirectoryName(web)!])
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in _settings)
            start.Environment[key] = value;
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting.");
            try
            {
                if ((await probe.GetAsync("/health/live")).IsSuccessStatusCode)
                    return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The app did not answer /health/live within two minutes.");
    }

    private static Task<string> Template()
    {
        lock (TemplateLock)
            return _template ??= MakeTemplateAsync();
    }

    private static async Task<string> MakeTemplateAsync()
    {
        var maker = new AppProcess { _makesTemplate = true };
        await maker.StartAsync();
        // Started means migrated and seeded (both happen before the app listens); SQLite keeps a killed process's
        // committed work, and a copy of the whole folder (journal included) is what a restart would open.
        await maker.KillAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(maker.DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return maker.DataDirectory;
    }

    /// <summary>SIGKILL: no graceful shutdown, no flush, nothing the app can do about it.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process = null;
    }

    /// <summary>A client that keeps its cookies and does not follow redirects, like the in-process tests' clients.</summary>
    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromMinutes(2),
    };

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>The web app's own build output, beside this test assembly's: artifacts/bin/CoachingAcademy.Web/&lt;configuration&gt;.</summary>
    private static string WebAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(here.Parent!.Parent!.FullName, "CoachingAcademy.Web", here.Name, "CoachingAcademy.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the web app's assembly is missing.", path);
    }
}
