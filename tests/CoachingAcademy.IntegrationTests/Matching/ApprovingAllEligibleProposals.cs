using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Matching.MatchingPeople;

namespace CoachingAcademy.IntegrationTests.Matching;

/// <summary>On a database of its own: approving everything eligible touches every proposal of the cohort.</summary>
public sealed class ApprovingAllEligibleProposals(MailingApp app) : IClassFixture<MailingApp>
{
    private Task<Match> MatchOfAsync(string participantEmail) =>
        app.QueryAsync(db => db.Matches.AsNoTracking().OrderByDescending(m => m.Id).FirstAsync(m => m.Participant!.Email == participantEmail));

    [Fact]
    public async Task Approve_all_approves_the_eligible_proposals_and_leaves_the_rest_waiting()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);

        var response = await director.PostFormAsync($"/Approvals/ApproveAll?cohortId={cohortId}", [], tokenPage: "/");
        var page = await director.GetStringAsync(response.Headers.Location!.OriginalString);

        // The demo cohort waits on two proposals: Priya with Taylor (eligible), Dana with Avery (Dana is in Avery's chain).
        Assert.Contains("1 match approved; 1 left waiting because they break a rule.", page);
        Assert.Equal(MatchStatus.Proposed, (await MatchOfAsync(Avery)).Status);
        Assert.Equal(MatchStatus.Active, (await MatchOfAsync(Taylor)).Status);
        var approved = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Coaching match approved: Priya Natarajan and Taylor Nguyen");
        Assert.Contains(Taylor, approved.To.Mailboxes.Select(m => m.Address));
    }
}
