using System.Net;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>
/// Seed 003, steps 7 and 8: at the mid-program review the coach records where each outcome stands against its benchmark;
/// the leader reads standing and comment, the sponsor the standing alone, and nobody else finds the page.
/// </summary>
public sealed class ReviewingTheOutcomes(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Comment = "Four of six divisions now set their own budgets";

    [Fact]
    public async Task The_coach_records_a_standing_once_the_leader_reads_the_comment_and_the_sponsor_only_the_standing()
    {
        var id = await app.DemoExecutiveAsync();
        var reviews = $"/Engagements/{id}/Reviews";
        var outcome = await app.QueryAsync(db => db.ProgramOutcomes.Where(o => o.MatchId == id).OrderBy(o => o.Position).Select(o => o.Id).FirstAsync());
        var coach = await app.LoginAsync(DemoUsers.ExecutiveCoach);
        var form = new Dictionary<string, string> { ["Stage"] = "MidProgram", ["Standing"] = "SomeProgress", ["Comment"] = Comment };

        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"{reviews}/{outcome}", form, reviews)).StatusCode);
        var saved = await app.QueryAsync(db => db.OutcomeReviews.Where(r => r.OutcomeId == outcome).ToListAsync());
        Assert.Equal((ReviewStage.MidProgram, OutcomeStanding.SomeProgress, Comment), (Assert.Single(saved).Stage, saved[0].Standing, saved[0].Comment));

        var leaderPage = await (await app.LoginAsync(DemoUsers.Leader)).GetStringAsync(reviews);
        Assert.Contains("Some progress", leaderPage);
        Assert.Contains(Comment, leaderPage);
        Assert.DoesNotContain(">Record<", leaderPage);
        var sponsorPage = await (await app.LoginAsync(DemoUsers.Sponsor)).GetStringAsync(reviews);
        Assert.Contains("Some progress", sponsorPage);
        Assert.DoesNotContain(Comment, sponsorPage);

        // Recorded again, it is replaced; without a standing it is refused next to the field.
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"{reviews}/{outcome}", new() { ["Stage"] = "MidProgram", ["Standing"] = "Met" }, reviews)).StatusCode);
        Assert.Equal(OutcomeStanding.Met, await app.QueryAsync(db => db.OutcomeReviews.Where(r => r.OutcomeId == outcome).Select(r => r.Standing).SingleAsync()));
        var refused = await (await coach.PostFormAsync($"{reviews}/{outcome}", new() { ["Stage"] = "EndOfProgram" }, reviews)).Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Standing\">Choose where the outcome stands against its benchmark.", refused);
        Assert.Equal(1, await app.QueryAsync(db => db.OutcomeReviews.CountAsync(r => r.OutcomeId == outcome)));

        // The sponsor of another engagement finds nothing; the leader cannot record.
        var otherSponsor = await app.LoginAsync(await OtherSponsorAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await otherSponsor.GetAsync(reviews)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSponsor.PostFormAsync($"{reviews}/{outcome}", form, "/")).StatusCode);
        var leader = await app.LoginAsync(DemoUsers.Leader);
        Assert.Contains("The coach keeps the program", await (await leader.PostFormAsync($"{reviews}/{outcome}", form, reviews)).Content.ReadAsStringAsync());
        Assert.Equal(OutcomeStanding.Met, await app.QueryAsync(db => db.OutcomeReviews.Where(r => r.OutcomeId == outcome).Select(r => r.Standing).SingleAsync()));
    }

    private async Task<string> OtherSponsorAsync()
    {
        await app.SecondExecutiveAsync();
        return ExecutiveCoaching.OtherSponsor;
    }
}
