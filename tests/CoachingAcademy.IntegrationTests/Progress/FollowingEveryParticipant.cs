using System.Text.RegularExpressions;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Matching.MatchingPeople;

namespace CoachingAcademy.IntegrationTests.Progress;

/// <summary>
/// The progress matrix is per participant over all their engagements in the cohort: those without a coach are listed
/// (and overdue where a date has passed), and a rematch keeps what was met, held and changed late.
/// </summary>
public sealed class FollowingEveryParticipant(MailingApp app) : IClassFixture<MailingApp>
{
    /// <summary>A director proposes and approves a new match of the participant with the coach; returns its id.</summary>
    internal static async Task<int> RematchAsync(AppFactory app, HttpClient director, int cohortId, string participant, string coach)
    {
        await director.PostFormAsync("/Matches/Propose", new()
        {
            ["CohortId"] = cohortId.ToString(), ["ParticipantId"] = (await app.PersonIdAsync(participant)).ToString(), ["CoachId"] = (await app.PersonIdAsync(coach)).ToString(),
        }, tokenPage: $"/Matches/Propose?cohortId={cohortId}");
        var again = await app.QueryAsync(db => db.Matches.AsNoTracking().OrderByDescending(m => m.Id).FirstAsync(m => m.Participant!.Email == participant));
        await director.PostFormAsync($"/Approvals/Approve/{again.Id}?cohortId={cohortId}", new() { ["Token"] = again.ConcurrencyToken.ToString() }, tokenPage: "/");
        return again.Id;
    }

    internal static int Rows(string html) => Regex.Matches(html, "<th scope=\"row\">").Count;

    internal static string RowOf(string html, string participant)
    {
        var at = html.IndexOf(participant, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{participant} has no row.");
        return html[html.LastIndexOf("<tr", at, StringComparison.Ordinal)..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task The_demo_cohort_shows_all_its_participants_and_the_overdue_ones_among_them()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var names = await app.QueryAsync(db => db.Enrollments.Where(e => e.CohortId == cohortId && e.Role == EnrollmentRole.Participant)
            .Select(e => e.Person.FullName).ToListAsync());
        Assert.Equal(12, names.Count);
        var director = await app.LoginAsync(DemoUsers.Director);

        var all = await director.GetStringAsync($"/Progress/Cohort/{cohortId}");
        Assert.Equal(12, Rows(all));
        Assert.All(names, name => Assert.Contains(name, all));
        Assert.Contains("Without a coach", RowOf(all, "Jordan Blake"));
        Assert.Contains("Coaching", RowOf(all, "Marcus Webb"));

        // The informational interview was due a week ago: everyone but the pair who held it is overdue.
        var overdue = await director.GetStringAsync($"/Progress/Cohort/{cohortId}?filter=Overdue");
        Assert.Equal(11, Rows(overdue));
        Assert.DoesNotContain("Marcus Webb", overdue);
        Assert.Contains("Overdue <span class=\"badge text-bg-light\">11</span>", all);
        // Without a coach: the 11 less the two whose proposals wait for approval.
        Assert.Equal(9, Rows(await director.GetStringAsync($"/Progress/Cohort/{cohortId}?filter=Unmatched")));
        Assert.Equal(2, Regex.Matches(all, "<td>Match waiting</td>").Count);
    }

    [Fact]
    public async Task A_rematch_keeps_the_step_met_the_session_held_and_the_late_change()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var first = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == Marcus && m.Status == MatchStatus.Active).Select(m => m.Id).SingleAsync());
        var booked = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == first && s.Status == Core.Sessions.SessionStatus.Scheduled).Select(s => s.Id).SingleAsync());
        var marcus = await app.LoginAsync(Marcus);
        // Moved to tomorrow, inside the 48 hours' notice: a late change, with its reason.
        await marcus.PostFormAsync($"/Sessions/Reschedule/{booked}", Sessions.SessionTestData.Form(first, "2026-03-03", "10:00", reason: "Travel"),
            $"/Sessions/Reschedule/{booked}");
        Assert.Equal(1, await app.QueryAsync(db => db.CoachingSessions.Where(s => s.Id == booked).Select(s => s.LateChanges).SingleAsync()));
        await marcus.PostFormAsync($"/Matches/End/{first}", new() { ["Reason"] = "A new role." }, tokenPage: $"/Matches/Details/{first}");

        var director = await app.LoginAsync(DemoUsers.Director);
        var ended = RowOf(await director.GetStringAsync($"/Progress/Cohort/{cohortId}"), "Marcus Webb");
        Assert.Contains("Ended, not rematched", ended);
        Assert.Contains("badge text-bg-success\">Met</span>", ended);
        Assert.Contains("1 / 3", ended);

        var again = await RematchAsync(app, director, cohortId, Marcus, Grace);

        var rematched = RowOf(await director.GetStringAsync($"/Progress/Cohort/{cohortId}"), "Marcus Webb");
        Assert.Contains("Coaching", rematched);
        Assert.Contains("badge text-bg-success\">Met</span>", rematched);
        Assert.Contains("1 / 3", rematched);
        Assert.Contains("<td class=\"text-end\">1</td>", rematched);   // the late change
        Assert.Contains($"/Matches/Details/{again}", rematched);
        // The new engagement's own page counts the earlier one too; the ended one keeps its sessions.
        Assert.Contains("1 of at least 3 sessions held, counting an earlier engagement", await marcus.GetStringAsync($"/Sessions?matchId={again}"));
        Assert.Contains("Held", await marcus.GetStringAsync($"/Sessions?matchId={first}"));
    }

    [Fact]
    public async Task The_director_home_lists_what_waits_in_each_open_cohort_and_others_see_none_of_it()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var home = await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync("/");
        var card = home[home.IndexOf($"data-todo-cohort=\"{cohortId}\"", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</ul>", StringComparison.Ordinal)];

        var waiting = await app.QueryAsync(db => db.Matches.CountAsync(m => m.CohortId == cohortId && m.Status == MatchStatus.Proposed));
        Assert.Contains($"href=\"/Matches?cohortId={cohortId}&amp;status=Proposed\">{waiting} matches wait for approval", card);
        Assert.Contains($"href=\"/Progress/Cohort/{cohortId}?filter=Overdue\">11 participants have an overdue milestone", card);
        // Dana Whitfield is the one coach of the cohort with no orientation seat.
        Assert.Contains($"href=\"/Cohorts/{cohortId}/Coaches?filter=NotRegistered\">1 coach has not registered for orientation", card);
        Assert.DoesNotContain("Take attendance", card);   // the past orientation is marked

        foreach (var other in new[] { DemoUsers.Coordinator, DemoUsers.Coach, DemoUsers.Participant })
            Assert.DoesNotContain("id=\"todo-heading\"", await (await app.LoginAsync(other)).GetStringAsync("/"));
    }
}
