using System.Net;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Sessions.SessionTestData;

namespace CoachingAcademy.IntegrationTests.Sessions;

/// <summary>An ended match keeps its sessions page, marked ended; a note stays its author's to read, and only writing stops.</summary>
public sealed class ReadingNotesAfterAMatchEnds
{
    private const string Secret = "Marcus wants to lead the budget team next year";

    [Fact]
    public async Task The_author_still_reads_their_note_read_only_and_cannot_change_it()
    {
        await using var app = new AppFactory();
        var matchId = await app.ActiveMatchIdAsync();
        var id = await app.QueryAsync(db => db.CoachingSessions.Where(s => s.MatchId == matchId && s.Status == SessionStatus.Held).Select(s => s.Id).FirstAsync());
        var coach = await app.LoginAsync(Coach);
        await coach.PostFormAsync($"/Sessions/Note/{id}", new() { ["Text"] = Secret });
        var participant = await app.LoginAsync(Participant);
        await participant.PostFormAsync($"/Matches/End/{matchId}", new() { ["Reason"] = "Moving on." }, tokenPage: $"/Matches/Details/{matchId}");

        // The ended engagement keeps its page: marked ended, with its held session, and nothing to schedule.
        var sessions = await coach.GetStringAsync($"/Sessions?matchId={matchId}");
        Assert.Contains("This engagement has ended.", sessions);
        Assert.Contains($"/Sessions/Note/{id}", sessions);
        Assert.DoesNotContain("Schedule a session", sessions);

        var response = await coach.GetAsync($"/Sessions/Note/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Secret, html);
        Assert.Contains("can no longer be changed", html);
        Assert.DoesNotContain("Save my note", html);
        var other = await participant.GetStringAsync($"/Sessions/Note/{id}");
        Assert.DoesNotContain(Secret, other);
        var write = await coach.PostFormAsync($"/Sessions/Note/{id}", new() { ["Text"] = "changed" }, tokenPage: "/");
        Assert.NotEqual(HttpStatusCode.Redirect, write.StatusCode);
        Assert.Equal(Secret, await app.QueryAsync(db => db.SessionNotes.Where(n => n.SessionId == id).Select(n => n.Text).SingleAsync()));
    }
}
