using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Text.RegularExpressions;
using CoachingAcademy.TestSupport;
using static CoachingAcademy.IntegrationTests.Sessions.SessionTestData;

namespace CoachingAcademy.IntegrationTests.Sessions;

public sealed class SubscribingToACalendar(MailingApp app) : IClassFixture<MailingApp>
{
    private static async Task<string> FeedPathAsync(HttpClient client)
    {
        var response = await client.GetAsync("/Calendar");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, html[..Math.Min(4000, html.Length)]);
        return new Uri(Regex.Match(html, "value=\"(http[^\"]+\\.ics)\"").Groups[1].Value).PathAndQuery;
    }

    [Fact]
    public async Task A_secret_address_serves_sessions_and_deadlines_until_it_is_replaced_or_turned_off()
    {
        var participant = await app.LoginAsync(Participant);
        await participant.PostFormAsync("/Calendar/Renew", [], "/Calendar");
        var first = await FeedPathAsync(participant);

        var anonymous = app.CreateBrowserlessClient();
        var response = await anonymous.GetAsync(first);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains("SUMMARY:Coaching: Grace Okafor and Marcus Webb", ics);
        Assert.Contains("SUMMARY:Due: Informational interview", ics);
        Assert.Contains("SUMMARY:Due: Post-graduation conversation", ics);

        await participant.PostFormAsync("/Calendar/Renew", [], "/Calendar");
        var second = await FeedPathAsync(participant);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(second)).StatusCode);

        await participant.PostFormAsync("/Calendar/Revoke", [], "/Calendar");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(second)).StatusCode);
        Assert.Contains("You have no calendar address yet.", await participant.GetStringAsync("/Calendar"));
    }

    [Theory]
    [InlineData("/calendar/not-a-real-token-at-all-0000000000.ics")]
    [InlineData("/calendar/x.ics")]
    public async Task An_unknown_address_answers_nothing(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserlessClient().GetAsync(path)).StatusCode);

    [Fact]
    public async Task Ten_renewals_at_once_leave_exactly_one_live_address()
    {
        var coachId = await app.PersonIdAsync(Coach);
        var coach = await app.LoginAsync(Coach);
        var token = await coach.AntiforgeryTokenAsync("/Calendar");

        for (var round = 0; round < 5; round++)
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => coach.PostAsync("/Calendar/Renew",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
            var live = await app.QueryAsync(db => db.CalendarFeeds.CountAsync(f => f.PersonId == coachId && f.RevokedAtUtc == null));
            Assert.True(live == 1, $"Round {round + 1}: {live} live addresses.");
        }
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserlessClient().GetAsync(await FeedPathAsync(coach))).StatusCode);
    }
}
