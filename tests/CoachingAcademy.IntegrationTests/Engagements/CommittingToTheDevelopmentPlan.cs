using System.Net;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>
/// Seed 003, steps 4 and 5: the coach's plan in versions, which the leader and the sponsor each commit to in their own name;
/// a revision needs both commitments again and keeps the earlier ones in its history. Nobody outside the engagement, not even
/// the sponsor of another one, finds any of it.
/// </summary>
public sealed class CommittingToTheDevelopmentPlan(MailingApp app) : IClassFixture<MailingApp>
{
    private static Dictionary<string, string> Plan(string themes) => new()
    {
        ["Themes"] = themes, ["Practices"] = "Ask before telling in every one-to-one.",
        ["Exercises"] = "Map the decisions that reach your desk.", ["Reading"] = "The Heart of Coaching.",
    };

    [Fact]
    public async Task Leader_and_sponsor_each_commit_to_version_1_a_revision_asks_both_again_and_history_stays()
    {
        var id = await app.SecondExecutiveAsync();
        var zone = await app.ExecutiveZoneAsync();
        var plan = $"/Engagements/{id}/Plan";
        var coach = await app.LoginAsync(DemoUsers.ExecutiveCoach);

        // The plan is written against the outcomes: none yet, none saved.
        var early = await coach.PostFormAsync(plan, Plan("Delegation"));
        Assert.Contains("Record the program", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"/Engagements/{id}/Outcomes",
            new() { ["Text"] = "Morgan delegates capital projects", ["Benchmark"] = "Three projects run by deputies" })).StatusCode);
        // A double click on "Save" makes one version.
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(plan, Plan("Delegation"))).StatusCode);
        Assert.Equal([1], await app.QueryAsync(db => db.DevelopmentPlanVersions.Where(v => v.MatchId == id).Select(v => v.Version).ToListAsync()));

        var leader = await app.LoginAsync(ExecutiveCoaching.OtherLeader);
        var sponsor = await app.LoginAsync(ExecutiveCoaching.OtherSponsor);
        var sponsorId = await app.PersonIdAsync(ExecutiveCoaching.OtherSponsor);
        var leaderId = await app.PersonIdAsync(ExecutiveCoaching.OtherLeader);
        Assert.Contains("Still to commit: Morgan Quill (leader), Lee Hartmann (sponsor).", WebUtility.HtmlDecode(await leader.GetStringAsync(plan)));

        // The leader commits, naming the sponsor in the form: the commitment recorded is the leader's alone.
        var leaderAt = app.Now();
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync($"{plan}/1/Commit",
            new() { ["PersonId"] = sponsorId.ToString(), ["personId"] = sponsorId.ToString(), ["Role"] = "Sponsor" }, plan)).StatusCode);
        var commitments = await CommitmentsAsync(id, 1);
        Assert.Equal([(leaderId, "Morgan Quill", MemberRole.Coachee, leaderAt)], commitments);
        Assert.Contains("Still to commit: Lee Hartmann (sponsor).", WebUtility.HtmlDecode(await sponsor.GetStringAsync(plan)));

        app.Clock.Advance(TimeSpan.FromHours(3));
        var sponsorAt = app.Now();
        Assert.Equal(HttpStatusCode.Redirect, (await sponsor.PostFormAsync($"{plan}/1/Commit", [], plan)).StatusCode);
        // Committing twice keeps the first commitment.
        app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await sponsor.PostFormAsync($"{plan}/1/Commit", [], "/")).StatusCode);
        Assert.Equal([(leaderId, "Morgan Quill", MemberRole.Coachee, leaderAt), (sponsorId, "Lee Hartmann", MemberRole.Sponsor, sponsorAt)],
            await CommitmentsAsync(id, 1));
        Assert.Contains($"Committed by Morgan Quill on {ExecutiveCoaching.Shown(leaderAt, zone)}, Lee Hartmann on {ExecutiveCoaching.Shown(sponsorAt, zone)}.",
            WebUtility.HtmlDecode(await coach.GetStringAsync(plan)));
        // The coach presents the plan; committing is not theirs.
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync($"{plan}/1/Commit", [], plan)).StatusCode);
        Assert.Equal(2, (await CommitmentsAsync(id, 1)).Count);

        // The revision is version 2, with no commitments; version 1 keeps both of its own.
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(plan, Plan("Delegation; leading the merger"))).StatusCode);
        Assert.Empty(await CommitmentsAsync(id, 2));
        var current = WebUtility.HtmlDecode(await sponsor.GetStringAsync(plan));
        Assert.Contains("Version 2 (current)", current);
        Assert.Contains("Delegation; leading the merger", current);
        Assert.Contains("Still to commit: Morgan Quill (leader), Lee Hartmann (sponsor).", current);
        var first = WebUtility.HtmlDecode(await sponsor.GetStringAsync($"{plan}/1"));
        Assert.Contains("Replaced by", first);
        Assert.Contains($"Committed by Morgan Quill on {ExecutiveCoaching.Shown(leaderAt, zone)}, Lee Hartmann on {ExecutiveCoaching.Shown(sponsorAt, zone)}.", first);
        // A commitment to the replaced version is refused; to the current one it counts.
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync($"{plan}/1/Commit", [], plan)).StatusCode);
        Assert.Empty(await CommitmentsAsync(id, 2));
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync($"{plan}/2/Commit", [], plan)).StatusCode);
        Assert.Equal([leaderId], (await CommitmentsAsync(id, 2)).Select(c => c.PersonId));
    }

    [Fact]
    public async Task A_sponsor_of_another_engagement_finds_nothing_of_this_one_and_directors_are_not_let_in()
    {
        var demo = await app.DemoExecutiveAsync();
        var other = await app.SecondExecutiveAsync();
        var outcome = await app.QueryAsync(db => db.ProgramOutcomes.Where(o => o.MatchId == demo).Select(o => o.Id).FirstAsync());
        string[] pages = ["Outcomes", $"Outcomes/{outcome}/Edit", "Interviews", "Plan", "Plan/1"];
        var otherSponsor = await app.LoginAsync(ExecutiveCoaching.OtherSponsor);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherSponsor.GetAsync($"/Engagements/{demo}/{page}")).StatusCode);
        var before = await app.QueryAsync(db => db.PlanCommitments.CountAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await otherSponsor.PostFormAsync($"/Engagements/{demo}/Plan/2/Commit", [], "/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSponsor.PostFormAsync($"/Engagements/{demo}/Outcomes", new() { ["Text"] = "x", ["Benchmark"] = "y" }, "/")).StatusCode);
        Assert.Equal(before, await app.QueryAsync(db => db.PlanCommitments.CountAsync()));

        // The demo's sponsor, leader and an academy coach are strangers to the second engagement.
        foreach (var stranger in new[] { DemoUsers.Sponsor, DemoUsers.Leader, DemoUsers.Coach })
        {
            var client = await app.LoginAsync(stranger);
            foreach (var page in new[] { "Outcomes", "Interviews", "Plan" })
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Engagements/{other}/{page}")).StatusCode);
        }
        var director = await app.LoginAsync(DemoUsers.Director);
        var response = await director.GetAsync($"/Engagements/{demo}/Outcomes");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Division managers decide", await response.Content.ReadAsStringAsync());
    }

    private Task<List<(int PersonId, string Name, MemberRole Role, DateTime At)>> CommitmentsAsync(int matchId, int version) => app.QueryAsync(async db =>
        (await db.PlanCommitments.Where(c => db.DevelopmentPlanVersions.Any(v => v.Id == c.PlanVersionId && v.MatchId == matchId && v.Version == version))
            .OrderBy(c => c.CommittedAtUtc).Select(c => new { c.PersonId, c.Name, c.Role, c.CommittedAtUtc }).ToListAsync())
        .Select(c => (c.PersonId, c.Name, c.Role, c.CommittedAtUtc)).ToList());
}
