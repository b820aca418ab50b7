using CoachingAcademy.Core.Matching;
using CoachingAcademy.IntegrationTests.Reminders;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CoachingAcademy.IntegrationTests.Matching.MatchingPeople;

namespace CoachingAcademy.IntegrationTests.Matching;

/// <summary>Seed 001: either side ends the match, no fault; the reason stays with its author; history is kept.</summary>
public sealed class EndingAMatch(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_participant_ends_the_match_the_reason_stays_private_and_they_can_be_matched_again()
    {
        var id = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == Marcus && m.Status == MatchStatus.Active).Select(m => m.Id).SingleAsync());
        var participant = await app.LoginAsync(Marcus);

        await participant.PostFormAsync($"/Matches/End/{id}", new() { ["Reason"] = "Our schedules never line up." }, tokenPage: $"/Matches/Details/{id}");

        Assert.Contains("Our schedules never line up.", await participant.GetStringAsync($"/Matches/Details/{id}"));
        var coachView = await (await app.LoginAsync(Grace)).GetStringAsync($"/Matches/Details/{id}");
        var directorView = await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync($"/Matches/Details/{id}");
        Assert.Contains("Ended", coachView);
        Assert.DoesNotContain("schedules", coachView);
        Assert.DoesNotContain("schedules", directorView);
        var ended = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Coaching match ended: Grace Okafor and Marcus Webb");
        Assert.DoesNotContain("schedules", ended.TextBody);

        // Matched again with the same coach, now that Grace has a free seat: history keeps the ended match.
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        await director.PostFormAsync("/Matches/Propose", new()
        {
            ["CohortId"] = cohortId.ToString(),
            ["ParticipantId"] = (await app.PersonIdAsync(Marcus)).ToString(),
            ["CoachId"] = (await app.PersonIdAsync(Grace)).ToString(),
        }, tokenPage: $"/Matches/Propose?cohortId={cohortId}");
        var again = await app.QueryAsync(db => db.Matches.AsNoTracking().OrderByDescending(m => m.Id).FirstAsync(m => m.Participant!.Email == Marcus));
        await director.PostFormAsync($"/Approvals/Approve/{again.Id}?cohortId={cohortId}", new() { ["Token"] = again.ConcurrencyToken.ToString() }, tokenPage: "/");

        var history = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == Marcus).OrderBy(m => m.Id).Select(m => m.Status).ToListAsync());
        Assert.Equal([MatchStatus.Ended, MatchStatus.Active], history);
    }

    [Fact]
    public async Task Nobody_outside_the_match_can_end_it()
    {
        var id = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == Marcus).Select(m => m.Id).FirstAsync());
        var outsider = await app.LoginAsync(Priya);

        var response = await outsider.PostFormAsync($"/Matches/End/{id}", [], tokenPage: "/");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>Seed 001: the player who ends the relationship leaves the volunteer coach a thank-you note, which the app
/// delivers; on a database of its own.</summary>
public sealed class LeavingAThankYouNote(MailingApp app) : IClassFixture<MailingApp>
{
    private const string Note = "Thank you, Sam: the budget presentation went well, and I know how to run the next one.";

    [Fact]
    public async Task The_note_reaches_the_other_side_by_email_only_and_a_note_too_long_ends_nothing()
    {
        var id = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == DemoUsers.Player && m.Status == MatchStatus.Active).Select(m => m.Id).SingleAsync());
        var player = await app.LoginAsync(DemoUsers.Player);

        await player.PostFormAsync($"/Matches/End/{id}", new() { ["ThankYou"] = new string('x', 2001) }, tokenPage: $"/Matches/Details/{id}");
        Assert.Contains("A thank-you note has at most 2,000 characters.", await player.GetStringAsync($"/Matches/Details/{id}"));
        Assert.Equal(MatchStatus.Active, await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));

        await player.PostFormAsync($"/Matches/End/{id}", new() { ["Reason"] = "", ["ThankYou"] = Note }, tokenPage: $"/Matches/Details/{id}");

        var thanks = await app.Smtp.WaitForMessageAsync(m => m.Subject == "A thank-you note from Devon Clarke");
        Assert.Equal([DemoUsers.VolunteerCoach], thanks.To.Mailboxes.Select(m => m.Address));
        Assert.Contains(Note, thanks.TextBody);
        var match = await app.QueryAsync(db => db.Matches.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal((MatchStatus.Ended, MatchParty.Participant, (string?)null), (match.Status, match.EndedBy, match.EndReason));
        Assert.DoesNotContain("the budget presentation", await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync($"/Matches/Details/{id}"));
    }
}

/// <summary>Seed 001: the term the pair agreed is tracked; near its end both are asked to renew or conclude. The demo's
/// network pair (Sam Okoro and Devon Clarke) both signed on Tue 10 Feb 2026, for six months. On a database of its own.</summary>
public sealed class RenewingTheTerm(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task Both_are_asked_once_two_weeks_before_the_term_ends_and_a_renewal_starts_a_new_term_both_sign_again()
    {
        var id = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == DemoUsers.Player && m.Status == MatchStatus.Active).Select(m => m.Id).SingleAsync());
        var page = await (await app.LoginAsync(DemoUsers.Player)).GetStringAsync($"/Matches/{id}/Agreement");
        Assert.Contains("began on Tue 10 Feb 2026", page);
        Assert.Contains("and ends on Mon 10 Aug 2026", page);
        Assert.Contains("We agree to a <em>no-fault</em> conclusion", page);

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 26, 17, 0, 0, TimeSpan.Zero));   // 15 days before
        await app.ScanAsync();
        Assert.Empty(await TermRemindersAsync());
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 27, 17, 0, 0, TimeSpan.Zero));   // 14 days before
        await app.ScanAsync();
        await app.ScanAsync();
        Assert.Equal([$"{DemoUsers.Player},{DemoUsers.VolunteerCoach}"], await TermRemindersAsync());
        var asked = await app.Smtp.WaitForMessageAsync(m => m.Subject == "Coach Network 2026: your coaching term ends on Mon 10 Aug");
        Assert.Contains("renew it for a new term, or conclude the relationship, no fault", asked.TextBody);

        var player = await app.LoginAsync(DemoUsers.Player);
        var bad = await player.PostFormAsync($"/Matches/{id}/Agreement/Renew", new() { ["Months"] = "0" }, $"/Matches/{id}/Agreement");
        FieldMessages.Assert(await bad.Content.ReadAsStringAsync(), "Months", "The intended duration is between 1 and 24 months");
        await player.PostFormAsync($"/Matches/{id}/Agreement/Renew", new() { ["Months"] = "3" }, $"/Matches/{id}/Agreement");

        var agreement = await app.QueryAsync(db => db.MatchAgreements.AsNoTracking().SingleAsync(a => a.MatchId == id));
        Assert.Equal((app.Clock.GetUtcNow().UtcDateTime, 3, false), (agreement.TermStartedAtUtc!.Value, agreement.DurationMonths, agreement.IsSigned));
        Assert.Contains("and ends on Tue 27 Oct 2026", await player.GetStringAsync($"/Matches/{id}/Agreement"));
        await app.ScanAsync();
        Assert.Single(await TermRemindersAsync());
        var coach = await app.LoginAsync(DemoUsers.VolunteerCoach);
        Denied.AssertNotReached(await coach.PostFormAsync($"/Matches/{await OtherPairAsync()}/Agreement/Renew", new() { ["Months"] = "3" }, "/"));
    }

    private Task<List<string>> TermRemindersAsync() =>
        app.QueryAsync(db => db.OutgoingEmails.Where(e => e.Kind == "TermEnding").Select(e => e.Recipients).ToListAsync());

    private Task<int> OtherPairAsync() =>
        app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == "marcus.webb@example.org").Select(m => m.Id).FirstAsync());
}
