using CoachingAcademy.IntegrationTests.Reminders;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Matching.MatchingPeople;
using static CoachingAcademy.IntegrationTests.Progress.FollowingEveryParticipant;

namespace CoachingAcademy.IntegrationTests.Progress;

/// <summary>
/// The days move on: the directors hear once a day of the matches that came to wait for them; a pair that has not met for
/// longer than the cohort's rhythm is flagged and reminded once; participants under the minimum near the end are flagged.
/// </summary>
public sealed class KeepingTheRhythm(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task Waiting_approvals_quiet_pairs_and_the_minimum_are_told_once_and_flagged()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var cohort = await app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Name).SingleAsync());
        var waiting = await app.QueryAsync(db => db.Matches.CountAsync(m => m.CohortId == cohortId && m.Status == Core.Matching.MatchStatus.Proposed));

        // The next day: one note for the directors of what came to wait yesterday, however often the scan runs.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.ScanAsync();
        await app.ScanAsync();
        bool Approvals(MimeKit.MimeMessage m) => m.Subject == $"{cohort}: {waiting} matches wait for your approval";
        var note = await app.Smtp.WaitForMessageAsync(Approvals);
        Assert.Contains($"/Matches?cohortId={cohortId}&status=Proposed", note.TextBody);
        Assert.Contains(DemoUsers.Director, note.To.Mailboxes.Select(x => x.Address));

        // 46 days after the pair's engagement started (their last held session is older still), nothing held or booked since.
        app.Clock.Advance(TimeSpan.FromDays(45));
        var director = await app.LoginAsync(DemoUsers.Director);
        var quiet = await director.GetStringAsync($"/Progress/Cohort/{cohortId}?filter=Quiet");
        Assert.Equal(1, Rows(quiet));
        Assert.Contains("No session since", RowOf(quiet, "Marcus Webb"));
        Assert.Contains("pair has not met for too long", await director.GetStringAsync("/"));
        await app.ScanAsync();
        await app.ScanAsync();
        bool Rhythm(MimeKit.MimeMessage m) => m.Subject == $"{cohort}: time for your next coaching session" && m.To.Mailboxes.Any(x => x.Address == Marcus);
        var reminder = await app.Smtp.WaitForMessageAsync(Rhythm);
        Assert.Equal(new[] { Grace, Marcus }, reminder.To.Mailboxes.Select(x => x.Address).Order());
        Assert.Contains("at least every 45 days", reminder.TextBody);
        Assert.Contains("No session has been held since", await (await app.LoginAsync(Marcus)).GetStringAsync(
            $"/Sessions?matchId={await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == Marcus).Select(m => m.Id).SingleAsync())}"));

        // Graduation is 4 days away: every participant under three held sessions is flagged.
        var below = await director.GetStringAsync($"/Progress/Cohort/{cohortId}?filter=BelowMinimum");
        Assert.Equal(12, Rows(below));
        Assert.Contains("1 of 3 sessions, ends", RowOf(below, "Marcus Webb"));

        // A rematch starts the rhythm afresh: the new pair is not quiet on its first day.
        var first = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == Marcus).Select(m => m.Id).SingleAsync());
        await (await app.LoginAsync(Marcus)).PostFormAsync($"/Matches/End/{first}", new() { ["Reason"] = "A new role." }, tokenPage: $"/Matches/Details/{first}");
        await RematchAsync(app, director, cohortId, Marcus, Grace);
        Assert.Equal(0, Rows(await director.GetStringAsync($"/Progress/Cohort/{cohortId}?filter=Quiet")));

        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(app.Smtp.Messages(), Approvals);
        Assert.Single(app.Smtp.Messages(), Rhythm);
    }
}
