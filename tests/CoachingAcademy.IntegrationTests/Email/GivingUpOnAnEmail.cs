using System.Net;
using CoachingAcademy.Core.Email;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Email;

public sealed class GivingUpOnAnEmail(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task After_its_last_attempt_an_email_is_given_up_shown_to_directors_and_sent_again_on_request()
    {
        await app.Smtp.StopAsync();
        var id = await app.QueryAsync(async db =>
        {
            var email = new OutgoingEmail("Test", null, new EmailMessage(["victor.hale@example.org"], "One last try", "text", "<p>html</p>"),
                app.Clock.GetUtcNow().UtcDateTime);
            db.OutgoingEmails.Add(email);
            // One transaction, so the worker first sees the email with its last attempt to go.
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                await db.OutgoingEmails.Where(e => e.Id == email.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Attempts, OutgoingEmail.MaxAttempts - 1));
            });
            return email.Id;
        });

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await app.QueryAsync(db => db.OutgoingEmails.AnyAsync(e => e.Id == id && e.Status == EmailStatus.Failed)) && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        var given = await app.QueryAsync(db => db.OutgoingEmails.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.True(given.GaveUp, $"{given.Status} after {given.Attempts} attempts");

        var director = await app.LoginAsync(DemoUsers.Director);
        Assert.Contains("One email could not be delivered after every attempt.", WebUtility.HtmlDecode(await director.GetStringAsync("/")));
        Assert.Contains("Gave up", await director.GetStringAsync("/Outbox?status=Failed"));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await Task.Delay(500);
        Assert.Equal(OutgoingEmail.MaxAttempts, await app.QueryAsync(db => db.OutgoingEmails.Where(e => e.Id == id).Select(e => e.Attempts).SingleAsync()));

        await app.Smtp.StartAsync();
        director = await app.LoginAsync(DemoUsers.Director);   // a day later: the earlier sign-in has expired
        var retry = await director.PostFormAsync($"/Outbox/Retry/{id}", [], "/Outbox?status=Failed");
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await app.Smtp.WaitForMessageAsync(m => m.Subject == "One last try");
        Assert.DoesNotContain("could not be delivered", await director.GetStringAsync("/"));
    }
}
