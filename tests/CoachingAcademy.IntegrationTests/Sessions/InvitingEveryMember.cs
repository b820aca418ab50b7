using System.Net;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using static CoachingAcademy.IntegrationTests.Sessions.SessionTestData;

namespace CoachingAcademy.IntegrationTests.Sessions;

/// <summary>A session invites every member of its engagement: with a sponsor added, three people get the invitation.</summary>
public sealed class InvitingEveryMember(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Sponsor = "morgan.ellery@example.org";

    [Fact]
    public async Task Coach_coachee_and_a_sponsor_each_get_the_invitation_and_are_attendees_of_its_event()
    {
        var matchId = await app.ActiveMatchIdAsync();
        await WithSponsorAsync(matchId);
        var participant = await app.LoginAsync(Participant);

        var schedule = await participant.PostFormAsync("/Sessions/Schedule", Form(matchId, "2026-03-18", "10:00"), $"/Sessions/Schedule?matchId={matchId}");

        Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        var invite = await app.Smtp.WaitForMessageAsync(m => m.Subject!.StartsWith("Coaching session scheduled: Wed 18 Mar 2026"));
        Assert.Equal(new[] { Coach, Participant, Sponsor }.Order(), invite.To.Mailboxes.Select(m => m.Address).Order());
        var ics = EngagementPages.UnfoldedIcs(invite);
        foreach (var member in new[] { Coach, Participant, Sponsor })
            Assert.Contains($"mailto:{member}", ics, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_sponsor_is_told_of_a_late_cancellation_but_not_its_reason()
    {
        var matchId = await app.ActiveMatchIdAsync();
        await WithSponsorAsync(matchId);
        var participant = await app.LoginAsync(Participant);
        await participant.PostFormAsync("/Sessions/Schedule", Form(matchId, "2026-03-03", "11:00"), $"/Sessions/Schedule?matchId={matchId}");
        var session = await app.LatestSessionAsync();

        await participant.PostFormAsync($"/Sessions/Cancel/{session.Id}", new() { ["Reason"] = "A family emergency" }, $"/Sessions?matchId={matchId}");

        static bool Cancelled(MimeMessage m) => m.Subject!.StartsWith("Coaching session cancelled: Tue 3 Mar 2026");
        var toSponsor = await app.Smtp.WaitForMessageAsync(m => Cancelled(m) && m.To.Mailboxes.Any(a => a.Address == Sponsor));
        Assert.Equal([Sponsor], toSponsor.To.Mailboxes.Select(a => a.Address));
        Assert.DoesNotContain("family emergency", toSponsor.TextBody);
        var toPair = await app.Smtp.WaitForMessageAsync(m => Cancelled(m) && m.To.Mailboxes.All(a => a.Address != Sponsor));
        Assert.Equal(new[] { Coach, Participant }.Order(), toPair.To.Mailboxes.Select(a => a.Address).Order());
        Assert.Contains("A family emergency", toPair.TextBody);
        var page = await (await app.LoginAsync(Sponsor)).GetStringAsync($"/Sessions?matchId={matchId}");
        Assert.Contains("Late cancelled", page);
        Assert.DoesNotContain("family emergency", page);
    }

    /// <summary>Adds Morgan Ellery to the demo pair as sponsor, unless another test of this class did.</summary>
    private Task<int> WithSponsorAsync(int matchId) => app.QueryAsync(async db =>
    {
        if (await db.EngagementMembers.AnyAsync(x => x.MatchId == matchId && x.Person.Email == Sponsor))
            return 0;
        var match = await db.Matches.Include(m => m.Members).SingleAsync(m => m.Id == matchId);
        match.AddMember(await db.People.SingleAsync(p => p.Email == Sponsor), MemberRole.Sponsor, DateTime.UtcNow);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_coach_and_the_coachee_come_with_the_match_and_nobody_joins_twice()
    {
        var matchId = await app.ActiveMatchIdAsync();
        var members = await app.QueryAsync(db => db.EngagementMembers.Where(m => m.MatchId == matchId).Select(m => new { m.Person.Email, m.Role }).ToListAsync());
        Assert.Contains(members, m => m.Email == Coach && m.Role == MemberRole.Coach);
        Assert.Contains(members, m => m.Email == Participant && m.Role == MemberRole.Coachee);

        var error = await app.QueryAsync(async db =>
        {
            var match = await db.Matches.Include(m => m.Members).SingleAsync(m => m.Id == matchId);
            var coach = await db.People.SingleAsync(p => p.Email == Coach);
            return Assert.Throws<CoachingAcademy.Core.Common.DomainException>(() => match.AddMember(coach, MemberRole.Guest, DateTime.UtcNow));
        });
        Assert.Contains("already a member", error.Message);
    }
}
