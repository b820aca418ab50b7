using System.Net;
using System.Text.RegularExpressions;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.IntegrationTests.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Network;

/// <summary>
/// Seed 001: an accepted connection starts with an exploratory call; after it is held each side chooses to go on or to
/// part, no fault, and only once both go on does the relationship (its statement, its regular sessions) begin. On a
/// database of its own: Rita Alvarez accepts Priya Shah's waiting request.
/// </summary>
public sealed class ExploringTheFitFirst(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Priya = "priya.shah@example.org", Rita = "rita.alvarez@example.org";

    [Fact]
    public async Task The_pair_hold_the_call_both_go_on_and_only_then_the_statement_opens()
    {
        var id = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == Priya && m.Status == MatchStatus.AwaitingCoach).Select(m => m.Id).SingleAsync());
        var rita = await app.LoginAsync(Rita);
        await rita.PostFormAsync($"/Matches/Respond/{id}", new() { ["accept"] = "true" }, tokenPage: $"/Matches/Respond/{id}");

        // Active without a director, but exploring: no statement yet, and the pair's page says what comes first.
        var match = await app.QueryAsync(db => db.Matches.AsNoTracking().Include(m => m.Agreement).SingleAsync(m => m.Id == id));
        Assert.Equal(MatchStatus.Active, match.Status);
        Assert.True(match.IsExploring);
        Assert.Null(match.Agreement);
        var priya = await app.LoginAsync(Priya);
        var page = await priya.GetStringAsync($"/Matches/Details/{id}");
        Assert.Contains("First, an exploratory call", page);
        Assert.Contains("Schedule the exploratory call", page);
        Assert.DoesNotContain("Open the statement", page);
        var started = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Coaching match approved: Rita Alvarez and Priya Shah");
        Assert.Contains("schedule your exploratory call", started.TextBody);

        // Going on before the call is held is refused in words; nobody outside the pair can go on for it.
        await priya.PostFormAsync($"/Matches/GoOn/{id}", [], tokenPage: $"/Matches/Details/{id}");
        Assert.Contains("Hold the exploratory call first", await priya.GetStringAsync($"/Matches/Details/{id}"));
        var outsider = await app.LoginAsync(DemoUsers.Player);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync($"/Matches/GoOn/{id}", [], tokenPage: "/")).StatusCode);

        // The first session is the exploratory call; a second one waits until both go on.
        await priya.PostFormAsync("/Sessions/Schedule", SessionTestData.Form(id, "2026-03-05", "10:00"), $"/Sessions/Schedule?matchId={id}");
        var second = await priya.PostFormAsync("/Sessions/Schedule", SessionTestData.Form(id, "2026-03-12", "10:00"), $"/Sessions/Schedule?matchId={id}");
        Assert.Contains("Your exploratory call is already scheduled or held", await second.Content.ReadAsStringAsync());
        var call = await app.QueryAsync(db => db.CoachingSessions.AsNoTracking().SingleAsync(s => s.MatchId == id));
        Assert.Equal(SessionKind.ExploratoryCall, call.Kind);
        Assert.Contains("Exploratory call", await priya.GetStringAsync($"/Sessions?matchId={id}"));

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 5, 19, 0, 0, TimeSpan.Zero));
        rita = await app.LoginAsync(Rita);
        priya = await app.LoginAsync(Priya);
        await rita.PostFormAsync($"/Sessions/Log/{call.Id}", new() { ["outcome"] = "Held" }, $"/Sessions?matchId={id}");

        await rita.PostFormAsync($"/Matches/GoOn/{id}", [], tokenPage: $"/Matches/Details/{id}");
        Assert.Contains("waiting for Priya Shah", await rita.GetStringAsync($"/Matches/Details/{id}"));
        Assert.True(await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.RelationshipBeganAtUtc == null).SingleAsync()));

        await priya.PostFormAsync($"/Matches/GoOn/{id}", [], tokenPage: $"/Matches/Details/{id}");
        match = await app.QueryAsync(db => db.Matches.AsNoTracking().Include(m => m.Agreement).SingleAsync(m => m.Id == id));
        Assert.False(match.IsExploring);
        Assert.NotNull(match.Agreement);
        Assert.Contains("Open the statement", await priya.GetStringAsync($"/Matches/Details/{id}"));
        Assert.Equal(HttpStatusCode.OK, (await priya.GetAsync($"/Matches/{id}/Agreement")).StatusCode);
        var began = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Your coaching relationship begins");
        Assert.Equal([Priya, Rita], began.To.Mailboxes.Select(m => m.Address).Order());
        // Regular sessions now.
        var regular = await priya.PostFormAsync("/Sessions/Schedule", SessionTestData.Form(id, "2026-03-19", "10:00"), $"/Sessions/Schedule?matchId={id}");
        Assert.Equal(HttpStatusCode.Redirect, regular.StatusCode);
    }
}

/// <summary>Seed 001: after the exploratory call either side parts, no fault, and the directors' overview counts it without
/// its reason; on a database of its own.</summary>
public sealed partial class PartingAfterTheExploratoryCall(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_coach_parts_no_fault_and_the_directors_see_the_numbers_never_the_reason()
    {
        var network = await app.NetworkIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var overview = await director.GetStringAsync($"/Network/{network}/Overview");
        // Priya Shah's request to Rita Alvarez has waited two days; Devon Clarke and Sam Okoro went on in February.
        Assert.Matches(@"Priya Shah</th>\s*<td>Rita Alvarez</td>\s*<td>[^<]+</td>\s*<td class=""text-end"">2</td>", overview);
        Assert.Equal(["1", "0", "0", "0", "0", "0"], MonthCells(overview, "February 2026"));
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Network/{await app.DemoCohortIdAsync()}/Overview")).StatusCode);

        var id = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == "priya.shah@example.org" && m.Status == MatchStatus.AwaitingCoach).Select(m => m.Id).SingleAsync());
        var rita = await app.LoginAsync("rita.alvarez@example.org");
        await rita.PostFormAsync($"/Matches/Respond/{id}", new() { ["accept"] = "true" }, tokenPage: $"/Matches/Respond/{id}");
        Assert.Contains("Part, no fault", await rita.GetStringAsync($"/Matches/Details/{id}"));

        await rita.PostFormAsync($"/Matches/End/{id}", new() { ["Reason"] = "Not the right fit." }, tokenPage: $"/Matches/Details/{id}");

        var match = await app.QueryAsync(db => db.Matches.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(MatchStatus.Ended, match.Status);
        Assert.Equal(MatchParty.Coach, match.EndedBy);
        Assert.Null(match.RelationshipBeganAtUtc);
        overview = await director.GetStringAsync($"/Network/{network}/Overview");
        Assert.Contains("No request is waiting.", overview);
        Assert.Equal(["0", "1", "1", "1", "0", "0"], MonthCells(overview, "March 2026"));
        Assert.DoesNotContain("Not the right fit", overview);
    }

    /// <summary>A month's row of the overview: began, ended, parted after the call, by the coach, the player, a director.</summary>
    private static List<string> MonthCells(string html, string month)
    {
        var row = Regex.Match(html, $@"<th scope=""row"">{month}</th>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        return Cell().Matches(row).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex(@"<td class=""text-end"">(\d+)</td>")]
    private static partial Regex Cell();
}

/// <summary>Seed 001: the player asks with a short message the coach reads (and nobody else); on a database of its own.</summary>
public sealed class AskingWithAShortMessage(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_coach_reads_the_message_as_text_a_director_does_not_and_one_too_long_asks_nobody()
    {
        var network = await app.NetworkIdAsync();
        var coachId = await app.PersonIdAsync("theo.marchetti@example.org");
        var player = await app.LoginAsync(DemoUsers.Player);
        await (await app.LoginAsync(DemoUsers.VolunteerCoach)).PostFormAsync(
            $"/Matches/End/{await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == DemoUsers.Player).Select(m => m.Id).SingleAsync())}",
            new() { ["Reason"] = "" }, tokenPage: "/");

        var tooLong = await player.PostFormAsync("/CoachRequests/Ask",
            new() { ["cohortId"] = network.ToString(), ["coachId"] = coachId.ToString(), ["message"] = new string('x', 1001) }, tokenPage: $"/CoachRequests?cohortId={network}");
        Assert.Equal(HttpStatusCode.Redirect, tooLong.StatusCode);
        Assert.Contains("A message to the coach has at most 1,000 characters.", await player.GetStringAsync(tooLong.Headers.Location!.OriginalString));
        Assert.Equal(0, await app.QueryAsync(db => db.Matches.CountAsync(m => m.CoachId == coachId && m.Participant!.Email == DemoUsers.Player)));

        const string Message = "<b>Hello</b> Theo: I start as a budget manager next month.";
        await player.PostFormAsync("/CoachRequests/Ask",
            new() { ["cohortId"] = network.ToString(), ["coachId"] = coachId.ToString(), ["message"] = Message }, tokenPage: $"/CoachRequests?cohortId={network}");
        var id = await app.QueryAsync(db => db.Matches.Where(m => m.CoachId == coachId && m.Participant!.Email == DemoUsers.Player).Select(m => m.Id).SingleAsync());

        var email = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Devon Clarke asks you to be their coach");
        Assert.Contains(Message, email.TextBody);
        Assert.Contains("&lt;b&gt;Hello&lt;/b&gt;", email.HtmlBody);
        Assert.Contains("you begin with an exploratory call", email.TextBody);
        var respond = await (await app.LoginAsync("theo.marchetti@example.org")).GetStringAsync($"/Matches/Respond/{id}");
        Assert.Contains("&lt;b&gt;Hello&lt;/b&gt; Theo", respond);
        Assert.DoesNotContain("budget manager", await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync($"/Matches/Details/{id}"));
    }
}
