using System.Net;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Foundation;

public sealed class SendingEmail(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Without_an_smtp_host_mail_is_written_to_the_pickup_folder_and_listed_for_directors()
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        var response = await director.PostFormAsync("/Mail/SendTest", [], tokenPage: "/Mail");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = Assert.Single(Directory.GetFiles(app.MailDirectory, "*.eml"), f => File.ReadAllText(f).Contains(DemoUsers.Director));
        var list = await director.GetStringAsync("/Mail");
        Assert.Contains("A test message was sent to director@example.org.", list);
        Assert.Contains("CoachingAcademy test message", list);
        var detail = await director.GetStringAsync("/Mail/Show/" + Path.GetFileNameWithoutExtension(file));
        Assert.Contains("If you can read it, outgoing email works.", detail);
    }

    [Fact]
    public async Task A_test_message_is_claimed_before_it_is_saved_so_no_outbox_worker_takes_it_from_its_request()
    {
        // An app of its own: this class's other tests read their app's latest test message.
        await using var own = new AppFactory();
        using var scope = own.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<OutboxSender>();
        var test = scope.ServiceProvider.GetRequiredService<EmailOutbox>().Add(new TestEmail("claimed@example.org", "claimed@example.org", own.Clock.GetUtcNow()));

        var claim = sender.ClaimUnsaved(test);
        await db.SaveChangesAsync();

        var now = own.Clock.GetUtcNow().UtcDateTime;
        Assert.False(await db.OutgoingEmails.Where(OutboxSender.Due(now)).AnyAsync(e => e.Id == test.Id));
        Assert.True(await db.OutgoingEmails.Where(OutboxSender.Due(now + TimeSpan.FromHours(1))).AnyAsync(e => e.Id == test.Id),
            "once its lease ran out (its request died) the outbox sends it");
        Assert.True(await sender.SendNowAsync(claim));
        Assert.Equal(EmailStatus.Sent, await db.OutgoingEmails.Where(e => e.Id == test.Id).Select(e => e.Status).SingleAsync());
    }

    [Theory]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("does-not-exist")]
    public async Task A_mail_id_that_is_not_ours_is_not_found(string id)
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync("/Mail/Show/" + id)).StatusCode);
    }

    [Fact]
    public async Task With_an_smtp_host_mail_goes_to_that_server()
    {
        await using var smtp = new SmtpServer();
        await smtp.StartAsync();
        await using var mailing = new AppFactory()
            .With("Smtp:Host", "127.0.0.1")
            .With("Smtp:Port", smtp.Port.ToString())
            .With("Smtp:Security", "None");
        var director = await mailing.LoginAsync(DemoUsers.Director);

        var response = await director.PostFormAsync("/Mail/SendTest", [], tokenPage: "/Mail");

        Assert.True(HttpStatusCode.Redirect == response.StatusCode, await response.Content.ReadAsStringAsync());
        var message = Assert.Single(await smtp.WaitForMessagesAsync(1));
        Assert.Equal("CoachingAcademy test message", message.Subject);
        Assert.Equal(DemoUsers.Director, message.To.Mailboxes.Single().Address);
        Assert.Equal("noreply@example.org", message.From.Mailboxes.Single().Address);
        Assert.Contains("outgoing email works", message.TextBody);
        Assert.Contains("<h1", message.HtmlBody);
        Assert.False(Directory.Exists(mailing.MailDirectory) && Directory.GetFiles(mailing.MailDirectory).Length > 0);
    }

    [Fact]
    public async Task A_test_message_with_the_mail_server_down_is_answered_in_words_and_kept_for_a_retry()
    {
        await using var smtp = new SmtpServer();          // never started: nothing listens on its port
        await using var mailing = new AppFactory()
            .With("Smtp:Host", "127.0.0.1")
            .With("Smtp:Port", smtp.Port.ToString())
            .With("Smtp:Security", "None");
        var director = await mailing.LoginAsync(DemoUsers.Director);

        var response = await director.PostFormAsync("/Mail/SendTest", [], tokenPage: "/Mail");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await director.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("The mail server did not take the test message for director@example.org", page);
        Assert.Contains("The outbox will try again.", page);
        var outbox = WebUtility.HtmlDecode(await director.GetStringAsync("/Outbox?status=Failed"));
        Assert.Contains("CoachingAcademy test message", outbox);
        Assert.Contains("Attempt 1:", outbox);
    }
}
