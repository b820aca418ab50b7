using CoachingAcademy.Core.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Sessions.SessionTestData;

namespace CoachingAcademy.IntegrationTests.Sessions;

/// <summary>Rule 10: a session note belongs to its author. Every other door is tried.</summary>
public sealed class KeepingNotesPrivate(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Secret = "Marcus is weighing an offer from another county";

    private async Task<int> NotedSessionAsync()
    {
        var matchId = await app.ActiveMatchIdAsync();
        var id = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == matchId && s.Status == SessionStatus.Held).Select(s => s.Id).FirstAsync());
        var coach = await app.LoginAsync(Coach);
        await coach.PostFormAsync($"/Sessions/Note/{id}", new() { ["Text"] = Secret }, $"/Sessions/Note/{id}");
        return id;
    }

    [Fact]
    public async Task The_author_reads_their_note_and_the_other_side_of_the_match_does_not()
    {
        var id = await NotedSessionAsync();

        Assert.Contains(Secret, await (await app.LoginAsync(Coach)).GetStringAsync($"/Sessions/Note/{id}"));
        var participant = await app.LoginAsync(Participant);
        Assert.DoesNotContain(Secret, await participant.GetStringAsync($"/Sessions/Note/{id}"));
        var matchId = await app.ActiveMatchIdAsync();
        Assert.DoesNotContain(Secret, await participant.GetStringAsync($"/Sessions?matchId={matchId}"));
    }

    [Theory]
    [InlineData(DemoUsers.Director)]
    [InlineData(DemoUsers.Coordinator)]
    [InlineData(DemoUsers.Coach)]
    public async Task Nobody_outside_the_pair_reaches_a_note(string email)
    {
        var id = await NotedSessionAsync();
        var outsider = await app.LoginAsync(email);

        var response = await outsider.GetAsync($"/Sessions/Note/{id}");

        Denied.AssertNotReached(response);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync());
        Denied.AssertNotReached(await outsider.PostFormAsync($"/Sessions/Note/{id}", new() { ["Text"] = "overwritten" }, "/"));
        Assert.Contains(Secret, await (await app.LoginAsync(Coach)).GetStringAsync($"/Sessions/Note/{id}"));
    }

    [Fact]
    public async Task No_page_export_feed_or_email_carries_a_note()
    {
        await NotedSessionAsync();
        var cohortId = await app.DemoCohortIdAsync();
        var matchId = await app.ActiveMatchIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var participant = await app.LoginAsync(Participant);
        await participant.PostFormAsync("/Calendar/Renew", [], "/Calendar");
        var feedUrl = System.Text.RegularExpressions.Regex.Match(await participant.GetStringAsync("/Calendar"), "value=\"(http[^\"]+\\.ics)\"").Groups[1].Value;

        string[] pages =
        [
            await director.GetStringAsync($"/Progress/Cohort/{cohortId}"),
            await director.GetStringAsync($"/Matches/Details/{matchId}"),
            await director.GetStringAsync($"/Roster/Cohort/{cohortId}/csv"),
            await director.GetStringAsync($"/Matches?cohortId={cohortId}"),
            await (await app.LoginAsync(Coach)).GetStringAsync("/Roster"),
            await (await app.LoginAsync(Coach)).GetStringAsync($"/Sessions?matchId={matchId}"),
            await app.CreateBrowserlessClient().GetStringAsync(new Uri(feedUrl).PathAndQuery),
        ];

        Assert.All(pages, page => Assert.DoesNotContain(Secret, page));
        Assert.All(app.Smtp.Messages(), m => Assert.DoesNotContain(Secret, m.ToString()));
    }

    [Fact]
    public async Task Ten_first_notes_sent_at_once_save_one_note_and_answer_every_request()
    {
        var matchId = await app.ActiveMatchIdAsync();
        var id = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == matchId && s.Status == SessionStatus.Held).Select(s => s.Id).FirstAsync());
        var authorId = await app.PersonIdAsync(Participant);
        var participant = await app.LoginAsync(Participant);
        var token = await participant.AntiforgeryTokenAsync($"/Sessions/Note/{id}");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => participant.PostAsync($"/Sessions/Note/{id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "Wants to practise budget hearings", ["__RequestVerificationToken"] = token }))));

        Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.Redirect, r.StatusCode));
        var notes = await app.QueryAsync(db => db.SessionNotes.Where(n => n.SessionId == id && n.AuthorId == authorId).Select(n => n.Text).ToListAsync());
        Assert.Equal("Wants to practise budget hearings", Assert.Single(notes));
    }
}
