using System.Text.RegularExpressions;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;

namespace CoachingAcademy.BrowserTests;

/// <summary>
/// Seed 001 end to end: a volunteer coach and a player sign up and confirm by the emailed links, the player finds the coach
/// with two filters and asks, the coach accepts, they hold the exploratory call and both go on, both sign the statement,
/// and the player ends it with a thank-you note the coach receives.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class JoiningTheCoachNetworkAndCoaching(BrowserFixture browser)
{
    private const string Coach = "Astrid Maple", CoachEmail = "astrid.maple@example.org";
    private const string Player = "Tobias Reyne", PlayerEmail = "tobias.reyne@example.org";
    private const string Password = "juniper lantern harbor quartz";
    private const string Zone = "America/Los_Angeles";

    [Fact]
    public async Task A_volunteer_and_a_player_sign_up_connect_explore_sign_and_part_with_thanks()
    {
        var network = await browser.App.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.CoachNetwork).Select(c => c.Id).SingleAsync());

        var coach = await SignUpAsync(network, "A volunteer coach", Coach, CoachEmail);
        await coach.GetByLabel("Title", new() { Exact = true }).FillAsync("Retired City Manager");
        await coach.GetByLabel("Agency or organisation").FillAsync("Volunteer");
        await coach.GetByLabel("City").FillAsync("Boise");
        await coach.GetByLabel("Region").SelectOptionAsync("Mountain West");
        await coach.GetByLabel("Video").CheckAsync();
        await coach.GetByLabel("Leadership").CheckAsync();
        await coach.GetByLabel("Short bio", new() { Exact = false }).FillAsync("Thirty years in local government; I listen first.");
        await coach.GetByLabel("How many people you coach at once").FillAsync("2");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Save the profile" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("Your profile is saved.");

        // The player finds the coach near them, by video, and asks.
        var player = await SignUpAsync(network, "A player looking for a coach", Player, PlayerEmail);
        await player.GotoAsync($"/CoachRequests?cohortId={network}");
        await player.GetByLabel("Where").SelectOptionAsync("near");
        await player.GetByLabel("Form of contact").SelectOptionAsync(new SelectOptionValue { Label = "Video" });
        await player.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await player.GetByRole(AriaRole.Button, new() { Name = $"Ask {Coach} to be your coach" }).ClickAsync();

        // The coach accepts from the emailed link.
        var respond = Regex.Match((await EmailAsync(CoachEmail, "asks you to be their coach")).TextBody ?? "", @"/Matches/Respond/(\d+)");
        var matchId = respond.Groups[1].Value;
        await coach.GotoAsync(respond.Value);
        await coach.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();

        // First the exploratory call: the player schedules it within the hour after next.
        await player.GotoAsync($"/Matches/Details/{matchId}");
        await Assertions.Expect(player.GetByRole(AriaRole.Heading, new() { Name = "First, an exploratory call" })).ToBeVisibleAsync();
        await player.GetByRole(AriaRole.Link, new() { Name = "Schedule the exploratory call" }).ClickAsync();
        await player.GetByRole(AriaRole.Link, new() { Name = "Schedule a session" }).ClickAsync();
        var now = browser.App.Clock.GetUtcNow().UtcDateTime;
        var local = ProgramTime.ToLocal(now, Zone);
        var start = new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0).AddHours(2);
        await player.GetByLabel("Day").FillAsync(start.ToString("yyyy-MM-dd"));
        await player.GetByLabel("Start").FillAsync(start.ToString("HH:mm"));
        await player.GetByLabel("How", new() { Exact = true }).SelectOptionAsync("Video");
        await player.GetByLabel("Place, video link or phone number").FillAsync("https://meet.example.org/maple");
        await player.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();
        await Assertions.Expect(player.GetByRole(AriaRole.Status)).ToContainTextAsync("The session is scheduled.");
        await Assertions.Expect(player.GetByRole(AriaRole.Cell, new() { Name = "Exploratory call" })).ToBeVisibleAsync();

        // Only a few hours on, so that the other tests' days stay ahead: the call is held, and both go on.
        browser.App.Clock.Advance(start - local + TimeSpan.FromMinutes(70));
        await coach.GotoAsync($"/Sessions?matchId={matchId}");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Log as held" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("Logged as held");
        await coach.GotoAsync($"/Matches/Details/{matchId}");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Go on with the coaching" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("The relationship begins once the other side chooses to go on too.");
        await player.GotoAsync($"/Matches/Details/{matchId}");
        await player.GetByRole(AriaRole.Button, new() { Name = "Go on with the coaching" }).ClickAsync();
        await Assertions.Expect(player.GetByRole(AriaRole.Status)).ToContainTextAsync("You both chose to go on");

        // Both sign the statement.
        foreach (var page in new[] { player, coach })
        {
            await page.GotoAsync($"/Matches/Details/{matchId}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Open the statement" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "I agree to this statement" }).ClickAsync();
        }
        await player.GotoAsync($"/Matches/Details/{matchId}");
        await Assertions.Expect(player.GetByText("Signed by both")).ToBeVisibleAsync();

        // The player ends it, no fault, with a thank-you the coach receives.
        await player.GetByLabel($"A thank-you note to {Coach}", new() { Exact = false }).FillAsync("Thank you, Astrid: I know what to ask for next.");
        await player.GetByRole(AriaRole.Button, new() { Name = "End the match" }).ClickAsync();
        await Assertions.Expect(player.GetByRole(AriaRole.Status)).ToContainTextAsync("Your thank-you note is on its way.");
        Assert.Contains("I know what to ask for next.", (await EmailAsync(CoachEmail, $"A thank-you note from {Player}")).TextBody);
    }

    /// <summary>Signs up on the network's page, follows the emailed link and chooses a password: signed in, on the page it leads to.</summary>
    private async Task<IPage> SignUpAsync(int network, string joinAs, string name, string email)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl });
        context.SetDefaultTimeout(BrowserFixture.ConditionLimitMs);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/Join/{network}");
        await page.GetByLabel(joinAs).CheckAsync();
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel("Your email address").FillAsync(email);
        await page.GetByLabel("Your region").SelectOptionAsync("Mountain West");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"We have sent an email to {email}")).ToBeVisibleAsync();

        var link = ConfirmLink().Match((await EmailAsync(email, "Confirm your sign-up")).TextBody ?? "").Value;
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("The same password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The email the app wrote to <paramref name="to"/> whose subject holds <paramref name="subject"/>, once its outbox sent it.</summary>
    private async Task<MimeMessage> EmailAsync(string to, string subject)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(BrowserFixture.ConditionLimitMs);
        while (true)
        {
            if (Directory.Exists(browser.App.MailDirectory))
                foreach (var file in Directory.GetFiles(browser.App.MailDirectory, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => m.Address.Equals(to, StringComparison.OrdinalIgnoreCase)) && (message.Subject ?? "").Contains(subject))
                        return message;
                }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No email to {to} about '{subject}' within {BrowserFixture.ConditionLimitMs / 1000} s.");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/Join/Confirm\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex ConfirmLink();
}
