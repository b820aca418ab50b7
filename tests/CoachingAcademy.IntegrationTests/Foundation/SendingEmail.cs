using System.Net;
using CoachingAcademy.TestSupport;

namespace CoachingAcademy.IntegrationTests.Foundation;

[Collection(AppCollection.Name)]
public sealed class SendingEmail(AppFactory app)
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
}
