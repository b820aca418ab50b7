using CoachingAcademy.Core.Email;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Reminders;

public sealed class SendingReminders(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task Due_reminders_arrive_once_with_the_deadline_what_to_do_and_a_link_even_after_two_more_scans()
    {
        await app.ScanAsync();
        await app.SettleAsync();
        await app.ScanAsync();
        await app.ScanAsync();
        await app.SettleAsync();

        // Marcus Webb's initial development conversation is due in six days (Sunday 8 March, Pacific time) and not met.
        var reminder = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Reminder: Initial development conversation due by Sunday 8 March 2026");
        Assert.Equal("marcus.webb@example.org", reminder.To.Mailboxes.Single().Address);
        Assert.Equal("grace.okafor@example.org", reminder.Cc.Mailboxes.Single().Address);
        Assert.Contains("Leadership Academy 2026", reminder.TextBody);
        // The demo pair's session on Friday serves it: the reminder says so instead of asking them to book one.
        Assert.Contains("A session for it is booked for Fri 6 Mar 2026, 3:00 PM", reminder.TextBody);
        Assert.DoesNotContain("Schedule a session for it", reminder.TextBody);
        var matchId = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == "marcus.webb@example.org").Select(m => m.Id).SingleAsync());
        Assert.Contains($"/Sessions?matchId={matchId}", reminder.TextBody);

        // 2 March 2026 is a Monday: the directors' weekly digest goes out, listing the pair at risk.
        var digest = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Leadership Academy 2026: 0 overdue, 1 at risk this week");
        Assert.Equal(["director@example.org", "jamie.sutton@example.org"], digest.To.Mailboxes.Select(m => m.Address).Order());
        Assert.Contains("Marcus Webb (coach Grace Okafor): Initial development conversation due soon", digest.TextBody);

        Assert.Equal(await app.QueryAsync(db => db.OutgoingEmails.CountAsync()), app.Smtp.Messages().Count);
        Assert.All(await app.QueryAsync(db => db.OutgoingEmails.ToListAsync()), r => Assert.Equal(EmailStatus.Sent, r.Status));
    }

    [Fact]
    public async Task A_peer_teams_topic_due_today_reminds_every_peer_and_a_step_counted_from_the_start_reminds_its_pair()
    {
        await app.ScanAsync();
        await app.SettleAsync();

        // The demo circle's fifth topic is due today and yesterday's meeting on it is not logged yet.
        var team = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Reminder: Building Trust and Accountability due by Monday 2 March 2026");
        Assert.Equal(["felix.grant@example.org", "ivan.petrov@example.org", "maya.torres@example.org", "peer@example.org"],
            team.To.Mailboxes.Select(m => m.Address).Order());
        Assert.Contains("Your team's meeting on Building Trust and Accountability", team.TextBody);
        // The executive engagement's mid-program review is due 180 days after its start: Saturday 7 March.
        var review = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Reminder: Mid-program review due by Saturday 7 March 2026");
        Assert.Equal(["leader@example.org"], review.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["executive.coach@example.org"], review.Cc.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public async Task Directors_see_the_outbox_and_nobody_else_does()
    {
        await app.ScanAsync();
        await app.SettleAsync();

        var page = await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync("/Outbox?status=Sent");
        Assert.Contains("Reminder: Initial development conversation due by Sunday 8 March 2026", page);

        foreach (var email in new[] { DemoUsers.Coordinator, DemoUsers.Coach, DemoUsers.Participant })
        {
            var client = await app.LoginAsync(email);
            Denied.Assert(await client.GetAsync("/Outbox"));
            Denied.Assert(await client.GetAsync($"/Reminders/Policy/{await app.DemoCohortIdAsync()}"));
        }
    }

    [Fact]
    public async Task A_director_edits_a_cohorts_policy_and_bad_values_are_explained()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);

        var bad = await director.PostFormAsync($"/Reminders/Policy/{cohortId}", new()
        {
            ["FirstMilestoneReminderDays"] = "3", ["SecondMilestoneReminderDays"] = "5", ["OverdueNoticeDays"] = "-1",
            ["SessionReminderHours"] = "24", ["DigestDay"] = "1", ["OrientationReminderDays"] = "7",
        }, $"/Reminders/Policy/{cohortId}");
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("The second reminder comes closer to the due date than the first.", html);
        Assert.Contains("Between 0 and 30 days after the due date.", html);

        await director.PostFormAsync($"/Reminders/Policy/{cohortId}", new()
        {
            ["FirstMilestoneReminderDays"] = "21", ["SecondMilestoneReminderDays"] = "5", ["OverdueNoticeDays"] = "2",
            ["SessionReminderHours"] = "48", ["DigestDay"] = "5", ["OrientationReminderDays"] = "10",
        }, $"/Reminders/Policy/{cohortId}");
        var policy = await app.QueryAsync(db => db.ReminderPolicies.SingleAsync(p => p.CohortId == cohortId));
        Assert.Equal((21, 5, DayOfWeek.Friday), (policy.FirstMilestoneReminderDays, policy.SecondMilestoneReminderDays, policy.DigestDay));
        await app.QueryAsync(async db =>
        {
            db.ReminderPolicies.Remove(await db.ReminderPolicies.SingleAsync());
            return await db.SaveChangesAsync();
        });
    }
}
