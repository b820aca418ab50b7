using System.Net;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Matching.MatchingPeople;

namespace CoachingAcademy.IntegrationTests.Matching;

public sealed class ProposingAndApprovingMatches(MailingApp app) : IClassFixture<MailingApp>
{
    private Task<Match> MatchOfAsync(string participantEmail) =>
        app.QueryAsync(db => db.Matches.AsNoTracking().Include(m => m.Coach)
            .OrderByDescending(m => m.Id).FirstAsync(m => m.Participant!.Email == participantEmail));

    [Fact]
    public async Task A_coordinator_proposes_a_director_approves_and_coach_participant_and_agency_are_emailed()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var coordinator = await app.LoginAsync(DemoUsers.Coordinator);
        var response = await coordinator.PostFormAsync("/Matches/Propose", new()
        {
            ["CohortId"] = cohortId.ToString(),
            ["ParticipantId"] = (await app.PersonIdAsync(Emerson)).ToString(),
            ["CoachId"] = (await app.PersonIdAsync(Priya)).ToString(),
        }, tokenPage: $"/Matches/Propose?cohortId={cohortId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = await MatchOfAsync(Emerson);
        Assert.Equal(MatchStatus.Proposed, match.Status);

        var director = await app.LoginAsync(DemoUsers.Director);
        var queue = await director.GetStringAsync($"/Matches?cohortId={cohortId}&status=Proposed");
        Assert.Contains("Emerson Park", queue);
        var approve = await director.PostFormAsync($"/Approvals/Approve/{match.Id}?cohortId={cohortId}",
            new() { ["Token"] = match.ConcurrencyToken.ToString() }, tokenPage: "/");

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Contains("Approved.", await director.GetStringAsync(approve.Headers.Location!.OriginalString));
        Assert.Equal(MatchStatus.Active, (await MatchOfAsync(Emerson)).Status);
        var approved = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Coaching match approved: Priya Natarajan and Emerson Park");
        Assert.Equal(
            new[] { Priya, Emerson, "coaching@riverbend.example.org" }.Order(),
            approved.To.Mailboxes.Select(m => m.Address).Order());
        Assert.Contains($"/Matches/Details/{match.Id}", approved.TextBody);
    }

    [Fact]
    public async Task A_coordinator_cannot_propose_for_another_agencys_participant()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var before = await app.QueryAsync(db => db.Matches.CountAsync());
        var coordinator = await app.LoginAsync(DemoUsers.Coordinator);

        var response = await coordinator.PostFormAsync("/Matches/Propose", new()
        {
            ["CohortId"] = cohortId.ToString(),
            ["ParticipantId"] = (await app.PersonIdAsync(Owen)).ToString(),
            ["CoachId"] = (await app.PersonIdAsync(Grace)).ToString(),
        }, tokenPage: $"/Matches/Propose?cohortId={cohortId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("only for your own agency", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.QueryAsync(db => db.Matches.CountAsync()));
    }

    [Fact]
    public async Task An_ineligible_proposal_shows_every_broken_rule_and_cannot_be_approved()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var match = await MatchOfAsync(Avery);
        var director = await app.LoginAsync(DemoUsers.Director);

        var queue = await director.GetStringAsync($"/Matches?cohortId={cohortId}");
        Assert.Contains("Dana Whitfield is in Avery Holt&#x27;s chain of command.", queue);
        Assert.Contains("Dana Whitfield has not registered for an orientation session.", queue);

        var response = await director.PostFormAsync($"/Approvals/Approve/{match.Id}?cohortId={cohortId}",
            new() { ["Token"] = match.ConcurrencyToken.ToString() }, tokenPage: "/");
        var page = await director.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("This match cannot be approved", page);
        Assert.Equal(MatchStatus.Proposed, (await MatchOfAsync(Avery)).Status);
    }

    [Fact]
    public async Task When_two_directors_approve_the_same_proposal_at_once_one_wins_and_the_other_is_told()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var match = await MatchOfAsync(Taylor);
        var first = await app.LoginAsync(DemoUsers.Director);
        var second = await app.LoginAsync(SecondDirector);
        var form = new Dictionary<string, string> { ["Token"] = match.ConcurrencyToken.ToString() };
        var tokens = await Task.WhenAll(first.AntiforgeryTokenAsync("/"), second.AntiforgeryTokenAsync("/"));

        var responses = await Task.WhenAll(
            first.PostAsync($"/Approvals/Approve/{match.Id}?cohortId={cohortId}",
                new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["__RequestVerificationToken"] = tokens[0] })),
            second.PostAsync($"/Approvals/Approve/{match.Id}?cohortId={cohortId}",
                new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["__RequestVerificationToken"] = tokens[1] })));

        var pages = await Task.WhenAll(
            first.GetStringAsync(responses[0].Headers.Location!.OriginalString),
            second.GetStringAsync(responses[1].Headers.Location!.OriginalString));
        var said = pages.Select(p => System.Text.RegularExpressions.Regex.Match(p, "role=\"(status|alert)\">([^<]*)<").Groups[2].Value).ToList();
        Assert.True(pages.Count(p => p.Contains("Approved. The coach")) == 1, "The directors were told: " + string.Join(" | ", said));
        Assert.True(pages.Count(p => p.Contains("Another director acted on this proposal first: it is now active.")) == 1,
            "The directors were told: " + string.Join(" | ", said));
        Assert.Equal(MatchStatus.Active, (await MatchOfAsync(Taylor)).Status);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_the_agency_contact_is_told_why()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        await director.PostFormAsync("/Matches/Propose", new()
        {
            ["CohortId"] = cohortId.ToString(),
            ["ParticipantId"] = (await app.PersonIdAsync(Quinn)).ToString(),
            ["CoachId"] = (await app.PersonIdAsync(DemoUsers.Coach)).ToString(),
        }, tokenPage: $"/Matches/Propose?cohortId={cohortId}");
        var match = await MatchOfAsync(Quinn);

        var empty = await director.PostFormAsync($"/Approvals/Reject/{match.Id}?cohortId={cohortId}",
            new() { ["Token"] = match.ConcurrencyToken.ToString(), ["Reason"] = "" }, tokenPage: "/");
        Assert.Contains("Give a reason for the rejection", await director.GetStringAsync(empty.Headers.Location!.OriginalString));
        Assert.Equal(MatchStatus.Proposed, (await MatchOfAsync(Quinn)).Status);

        await director.PostFormAsync($"/Approvals/Reject/{match.Id}?cohortId={cohortId}",
            new() { ["Token"] = match.ConcurrencyToken.ToString(), ["Reason"] = "Dana is not cleared to coach yet." }, tokenPage: "/");

        Assert.Equal(MatchStatus.Rejected, (await MatchOfAsync(Quinn)).Status);
        var rejected = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Coaching match not approved: Dana Whitfield and Quinn Foster");
        Assert.Equal("coaching@riverbend.example.org", rejected.To.Mailboxes.Single().Address);
        Assert.Contains("Dana is not cleared to coach yet.", rejected.TextBody);
    }

    [Fact]
    public async Task An_oversized_field_is_refused_with_words_and_the_message_cookie_stays_small()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var match = await MatchOfAsync(Avery);
        var director = await app.LoginAsync(DemoUsers.Director);

        var response = await director.PostFormAsync($"/Approvals/Reject/{match.Id}?cohortId={cohortId}",
            new() { ["Token"] = new string('a', 100_000), ["Reason"] = "Not this pair." }, tokenPage: "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tempData = response.Headers.GetValues("Set-Cookie").Where(c => c.Contains("TempData")).ToList();
        Assert.InRange(tempData.Sum(c => c.Length), 1, 2_000);
        Assert.Contains("Enter a valid Token", await director.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal(MatchStatus.Proposed, (await MatchOfAsync(Avery)).Status);
    }

    [Fact]
    public async Task The_same_proposal_sent_ten_times_at_once_is_recorded_once_and_each_answer_shows_it()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var (avery, priya) = (await app.PersonIdAsync(Avery), await app.PersonIdAsync(Priya));
        var coordinator = await app.LoginAsync(DemoUsers.Coordinator);
        var form = new Dictionary<string, string>
        {
            ["CohortId"] = cohortId.ToString(), ["ParticipantId"] = avery.ToString(), ["CoachId"] = priya.ToString(),
            ["__RequestVerificationToken"] = await coordinator.AntiforgeryTokenAsync($"/Matches/Propose?cohortId={cohortId}"),
        };

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => coordinator.PostAsync("/Matches/Propose", new FormUrlEncodedContent(form))));

        var open = await app.QueryAsync(db => db.Matches
            .Where(m => m.ParticipantId == avery && m.CoachId == priya && MatchStatuses.Open.Contains(m.Status)).Select(m => m.Id).ToListAsync());
        var id = Assert.Single(open);
        Assert.All(responses, r => Assert.Equal($"/Matches/Details/{id}", r.Headers.Location?.OriginalString));
    }
}
