using Xunit;

namespace CoachingAcademy.TestSupport;

/// <summary>The app on its own fresh database, sending mail through a real SMTP server process on 127.0.0.1.</summary>
public class MailingApp : AppFactory, IAsyncLifetime
{
    public MailingApp()
    {
        With("Smtp:Host", "127.0.0.1").With("Smtp:Port", Smtp.Port.ToString()).With("Smtp:Security", "None");
    }

    public SmtpServer Smtp { get; } = new();

    public async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        // Start the app now, so that its demo program is dated from the clock's start whatever the test does first.
        _ = Services;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await DisposeAsync();
    }
}
