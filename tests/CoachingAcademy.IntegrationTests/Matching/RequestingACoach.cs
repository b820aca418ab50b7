using System.Net;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Matching.MatchingPeople;

namespace CoachingAcademy.IntegrationTests.Matching;

/// <summary>Seed 001: a participant picks a coach from the directory; the coach answers from the email's link.</summary>
public sealed class RequestingACoach(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_directory_lists_only_coaches_eligible_for_the_participant()
    {
        var html = await (await app.LoginAsync(DemoUsers.Participant)).GetStringAsync("/CoachRequests");

        Assert.Contains("Priya Natarajan", html);
        Assert.DoesNotContain("Dana Whitfield", html);   // in Jordan's chain of command, and not registered for orientation
        Assert.DoesNotContain("Morgan Ellery", html);    // the City Manager is above everyone in the city
        Assert.DoesNotContain("Grace Okafor", html);     // another agency, and this cohort does not match across agencies
    }

    [Fact]
    public async Task A_participant_asks_a_coach_who_accepts_from_the_emailed_link_and_the_directors_see_it()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var participant = await app.LoginAsync(DemoUsers.Participant);
        var ask = await participant.PostFormAsync("/CoachRequests/Ask",
            new() { ["cohortId"] = cohortId.ToString(), ["coachId"] = (await app.PersonIdAsync(Priya)).ToString() }, tokenPage: "/CoachRequests");
        Assert.Equal(HttpStatusCode.Redirect, ask.StatusCode);

        var email = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Jordan Blake asks you to be their coach");
        Assert.Equal(Priya, email.To.Mailboxes.Single().Address);
        var link = new Uri(email.TextBody!.Split(' ', '\n').Single(w => w.Contains("/Matches/Respond/")).Trim());

        var stranger = await app.LoginAsync(DemoUsers.Coach);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link.PathAndQuery)).StatusCode);

        var coach = await app.LoginAsync(Priya);
        Assert.Contains("Jordan Blake asks you to be their coach", await coach.GetStringAsync(link.PathAndQuery));
        var accept = await coach.PostFormAsync(link.PathAndQuery, new() { ["accept"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);

        var status = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == DemoUsers.Participant).Select(m => m.Status).SingleAsync());
        Assert.Equal(MatchStatus.Proposed, status);
        var queue = await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync($"/Matches?cohortId={cohortId}&status=Proposed");
        Assert.Contains("Jordan Blake", queue);
        // The participant hears the answer, and that the directors decide next.
        var answer = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Priya Natarajan accepted your request");
        Assert.Equal(DemoUsers.Participant, answer.To.Mailboxes.Single().Address);
        Assert.Contains("directors approve every match", answer.TextBody);
    }

    [Fact]
    public async Task A_participant_cannot_ask_a_coach_who_breaks_a_rule()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var participant = await app.LoginAsync(DemoUsers.Participant);

        var ask = await participant.PostFormAsync("/CoachRequests/Ask",
            new() { ["cohortId"] = cohortId.ToString(), ["coachId"] = (await app.PersonIdAsync(DemoUsers.Coach)).ToString() }, tokenPage: "/CoachRequests");

        var page = await participant.GetStringAsync(ask.Headers.Location!.OriginalString);
        Assert.Contains("Dana Whitfield is in Jordan Blake&#x27;s chain of command.", page);
        Assert.Equal(0, await app.QueryAsync(db => db.Matches.CountAsync(m => m.Coach!.Email == DemoUsers.Coach && m.Participant!.Email == DemoUsers.Participant)));
    }

    [Fact]
    public async Task The_same_request_sent_ten_times_at_once_is_recorded_once_and_emailed_once()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var participant = await app.LoginAsync(Emerson);
        var form = new Dictionary<string, string>
        {
            ["cohortId"] = cohortId.ToString(), ["coachId"] = (await app.PersonIdAsync(Priya)).ToString(),
            ["__RequestVerificationToken"] = await participant.AntiforgeryTokenAsync("/CoachRequests"),
        };

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => participant.PostAsync("/CoachRequests/Ask", new FormUrlEncodedContent(form))));

        var ids = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == Emerson && m.Coach!.Email == Priya).Select(m => m.Id).ToListAsync());
        var id = Assert.Single(ids);
        Assert.All(responses, r => Assert.Equal($"/Matches/Details/{id}", r.Headers.Location?.OriginalString));
        static bool Request(MimeKit.MimeMessage m) => m.Subject == "Emerson Park asks you to be their coach";
        await app.Smtp.WaitForMessageAsync(Request);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(app.Smtp.Messages(), Request);
    }
}

/// <summary>A participant hears a coach's answer either way; a declined request frees them to ask another coach.</summary>
public sealed class HearingACoachsAnswer(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task A_coach_who_declines_is_heard_by_the_participant_who_may_ask_another()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var participant = await app.LoginAsync(DemoUsers.Participant);
        await participant.PostFormAsync("/CoachRequests/Ask",
            new() { ["cohortId"] = cohortId.ToString(), ["coachId"] = (await app.PersonIdAsync(Priya)).ToString() }, tokenPage: "/CoachRequests");
        var id = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == DemoUsers.Participant && m.Status == MatchStatus.AwaitingCoach)
            .Select(m => m.Id).SingleAsync());

        await (await app.LoginAsync(Priya)).PostFormAsync($"/Matches/Respond/{id}", new() { ["accept"] = "false" }, tokenPage: $"/Matches/Respond/{id}");

        var answer = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Priya Natarajan cannot coach you this time");
        Assert.Equal(DemoUsers.Participant, answer.To.Mailboxes.Single().Address);
        Assert.Contains($"/CoachRequests?cohortId={cohortId}", answer.TextBody);
        Assert.Equal(MatchStatus.DeclinedByCoach, await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
    }
}
