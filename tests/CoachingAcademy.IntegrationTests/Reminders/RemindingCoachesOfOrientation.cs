using System.Net;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CoachingAcademy.IntegrationTests.Reminders;

/// <summary>One key for a reminder, whoever triggers it: the director's button and the scan send it once between them.</summary>
public sealed class RemindingCoachesOfOrientation(MailingApp app) : IClassFixture<MailingApp>
{
    private static bool OrientationReminder(MimeMessage m) => m.Subject!.EndsWith("register for a coach orientation session");

    [Fact]
    public async Task A_coach_reminded_by_the_director_is_not_reminded_again_by_the_scan()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var remind = await director.PostFormAsync($"/Cohorts/{cohortId}/Coaches/RemindAll", [], $"/Cohorts/{cohortId}/Coaches");
        Assert.Equal(HttpStatusCode.Redirect, remind.StatusCode);
        await app.Smtp.WaitForMessageAsync(m => OrientationReminder(m) && m.To.Mailboxes.Single().Address == DemoUsers.Coach);

        app.Clock.Advance(TimeSpan.FromDays(1));   // the next orientation session is now inside the scan's window
        await app.ScanAsync();
        await app.SettleAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));

        var sent = app.Smtp.Messages().Where(OrientationReminder).Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Single(sent, DemoUsers.Coach);
        Assert.Equal(sent.Count, sent.Distinct().Count());
        Assert.Equal(1, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(r => r.Kind == nameof(ReminderKind.Orientation) && r.Recipients == DemoUsers.Coach)));
    }
}
