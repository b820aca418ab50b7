using CoachingAcademy.IntegrationTests.Reminders;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Network;

/// <summary>
/// Seed 001: the statement names how often the pair are in touch ("at least every N days"); no session held for longer
/// brings both a gentle reminder, once. Devon Clarke and Sam Okoro last met 16 days ago; the network's rhythm is 45 days.
/// On a database of its own.
/// </summary>
public sealed class KeepingTheAgreedRhythm(MailingApp app) : IClassFixture<MailingApp>
{
    private static IEnumerable<(string, string)> Statement(string every) =>
    [
        ("Confidentiality", "Between us."), ("DurationMonths", "6"), ("ContactFrequency", "Every two weeks"), ("ContactEveryDays", every),
        ("ContactForm", "Phone"), ("CoachTime", "An hour every two weeks"), ("CoachRoles", "Guide"), ("AdditionalPoints", ""),
    ];

    [Fact]
    public async Task A_pair_that_agreed_every_two_weeks_is_reminded_after_sixteen_quiet_days_and_a_rhythm_off_the_list_is_refused()
    {
        var id = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == DemoUsers.Player).Select(m => m.Id).SingleAsync());
        var player = await app.LoginAsync(DemoUsers.Player);
        bool Reminder(MimeKit.MimeMessage m) => m.Subject!.EndsWith("time for your next coaching session") && m.To.Mailboxes.Any(x => x.Address == DemoUsers.Player);

        // Under the network's 45 days: no reminder.
        await app.ScanAsync();
        Assert.Equal(0, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.Kind == "Rhythm" && e.Recipients.Contains(DemoUsers.Player))));

        var refused = await player.PostRepeatedFormAsync($"/Matches/{id}/Agreement", Statement("3"), $"/Matches/{id}/Agreement");
        Assert.Contains("Choose how often from the list.", await refused.Content.ReadAsStringAsync());

        await player.PostRepeatedFormAsync($"/Matches/{id}/Agreement", Statement("14"), $"/Matches/{id}/Agreement");
        Assert.Equal(14, await app.QueryAsync(db => db.MatchAgreements.Where(a => a.MatchId == id).Select(a => a.ContactEveryDays).SingleAsync()));
        Assert.Contains("Meet at least every 14 days.", await player.GetStringAsync($"/Sessions?matchId={id}"));

        await app.ScanAsync();
        await app.ScanAsync();
        var reminder = await app.Smtp.WaitForMessageAsync(Reminder);
        Assert.Equal([DemoUsers.Player, DemoUsers.VolunteerCoach], reminder.To.Mailboxes.Select(x => x.Address).Order());
        Assert.Contains("at least every 14 days", reminder.TextBody);
        Assert.Equal(1, await app.QueryAsync(db => db.OutgoingEmails.CountAsync(e => e.Kind == "Rhythm" && e.Recipients.Contains(DemoUsers.Player))));
    }
}
