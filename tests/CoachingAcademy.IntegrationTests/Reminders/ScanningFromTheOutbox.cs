using System.Net;
using CoachingAcademy.TestSupport;

namespace CoachingAcademy.IntegrationTests.Reminders;

/// <summary>A director runs the scan from the outbox instead of waiting five minutes, and reads each email's kind in words
/// with its times in its cohort's zone.</summary>
public sealed class ScanningFromTheOutbox(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task Scan_now_records_what_is_due_once_and_the_outbox_says_what_each_email_is()
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        var first = await director.PostFormAsync("/Outbox/Scan", [], "/Outbox");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Matches(@"The scan recorded [1-9]\d* reminders? and 0 survey", WebUtility.HtmlDecode(await director.GetStringAsync("/Outbox")));
        var again = await director.PostFormAsync("/Outbox/Scan", [], "/Outbox");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var page = WebUtility.HtmlDecode(await director.GetStringAsync("/Outbox"));
        Assert.Contains("The scan found nothing new", page);

        Assert.Contains("Reminder: Initial development conversation due by Sunday 8 March 2026", page);
        Assert.Contains("First deadline reminder", page);
        Assert.DoesNotContain("· MilestoneFirst", page);
        Assert.Contains("(America/Los_Angeles, UTC-08:00)", page);

        Denied.Assert(await (await app.LoginAsync(DemoUsers.Coach)).PostFormAsync("/Outbox/Scan", [], "/"));
    }
}
