using CoachingAcademy.Core.Email;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Reminders;

/// <summary>On its own database and mail server: the server goes down and comes back.</summary>
public sealed class SurvivingAnOutage(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task Reminders_that_fail_while_the_mail_server_is_down_are_delivered_once_when_it_returns()
    {
        await app.Smtp.StopAsync();
        await app.ScanAsync();
        await app.SettleAsync();

        var failed = await app.QueryAsync(db => db.OutgoingEmails.AsNoTracking().ToListAsync());
        Assert.NotEmpty(failed);
        Assert.All(failed, r =>
        {
            Assert.Equal(EmailStatus.Failed, r.Status);
            Assert.Equal(1, r.Attempts);
            Assert.False(string.IsNullOrEmpty(r.LastError));
        });
        Assert.Contains("Attempt 1:", await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync("/Outbox?status=Failed"));

        await app.Smtp.StartAsync();
        await app.ScanAsync();          // still inside the back-off: nothing is retried yet
        await app.SettleAsync();
        Assert.Empty(app.Smtp.Messages());

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.ScanAsync();
        await app.ScanAsync();
        await app.SettleAsync();

        Assert.Equal(failed.Count, (await app.Smtp.WaitForMessagesAsync(failed.Count)).Count);
        await Task.Delay(500);
        Assert.Equal(failed.Count, app.Smtp.Messages().Count);
        Assert.All(await app.QueryAsync(db => db.OutgoingEmails.ToListAsync()), r => Assert.Equal(EmailStatus.Sent, r.Status));
    }
}
