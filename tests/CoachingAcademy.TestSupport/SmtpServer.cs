using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace CoachingAcademy.TestSupport;

/// <summary>
/// A real SMTP server process on 127.0.0.1: Debian's python3-aiosmtpd, writing what it receives to a Maildir.
/// It can be stopped and started again on the same port to simulate an outage.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private Process? _process;

    public SmtpServer()
    {
        Port = FreePort();
        Maildir = Path.Combine(Path.GetTempPath(), "coachingacademy-smtp", Guid.NewGuid().ToString("N"));
    }

    public int Port { get; }
    public string Maildir { get; }

    public async Task StartAsync()
    {
        // aiosmtpd makes the Maildir (tmp, new, cur) only when the folder does not exist yet.
        Directory.CreateDirectory(Path.GetDirectoryName(Maildir)!);
        _process = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start python3 -m aiosmtpd (apt-get install python3-aiosmtpd).");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException("aiosmtpd exited: " + await _process.StandardError.ReadToEndAsync());
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"aiosmtpd did not listen on port {Port}.");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process = null;
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).OrderBy(File.GetLastWriteTimeUtc).Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count || DateTime.UtcNow > deadline)
                return messages;
            await Task.Delay(100);
        }
    }

    /// <summary>Waits for the one message that matches; fails the test if none arrives in time or several match.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = Messages().Where(match).ToList();
            if (found.Count > 0 || DateTime.UtcNow > deadline)
                return Xunit.Assert.Single(found);
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(Maildir, recursive: true); } catch (IOException) { }
    }

    /// <summary>A port nothing listens on now, for a server of the test's own.</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
