using System.Net;
using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;

namespace CoachingAcademy.IntegrationTests.Foundation;

/// <summary>
/// Signing out, losing a role or being withdrawn ends every copy of a sign-in cookie at once (<see cref="Session"/> keeps
/// the cookie it was given, as an attacker with a copied cookie would).
/// </summary>
public sealed class EndingSignedInSessions
{
    private static bool SentToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login");

    [Fact]
    public async Task A_copied_cookie_stops_working_when_its_owner_signs_out()
    {
        await using var app = new AppFactory();
        var copy = await Session.StartAsync(app, Who.Participant);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);

        await copy.PostAsync("/Account/Logout", []);

        Assert.True(SentToSignIn(await copy.GetAsync("/")));
    }

    [Fact]
    public async Task A_coordinator_whose_role_is_removed_can_no_longer_propose_with_the_old_cookie()
    {
        await using var app = new AppFactory();
        var cohortId = await app.DemoCohortIdAsync();
        var coordinator = await Session.StartAsync(app, Who.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/Matches/Propose?cohortId={cohortId}")).StatusCode);
        var director = await Session.StartAsync(app, Who.Director);

        var removed = await director.PostAsync($"/Agencies/Coordinator/{await app.PersonIdAsync(DemoUsers.Coordinator)}", [new("coordinator", "false")]);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.True(SentToSignIn(await coordinator.GetAsync($"/Matches/Propose?cohortId={cohortId}")));
        Assert.True(SentToSignIn(await coordinator.PostAsync("/Matches/Propose", [new("CohortId", cohortId.ToString())])));
    }

    [Fact]
    public async Task A_withdrawn_participant_is_signed_out_at_once()
    {
        await using var app = new AppFactory();
        const string riley = "riley.santos@example.org";
        var participant = await Session.StartAsync(app, Who.Participant, riley);
        Assert.Equal(HttpStatusCode.OK, (await participant.GetAsync("/")).StatusCode);
        var director = await Session.StartAsync(app, Who.Director);

        var withdrawn = await director.PostAsync($"/Cohorts/{await app.DemoCohortIdAsync()}/People/{await app.PersonIdAsync(riley)}/Withdraw", []);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.True(SentToSignIn(await participant.GetAsync("/")));
    }
}
