using System.Net;
using CoachingAcademy.TestSupport;

namespace CoachingAcademy.IntegrationTests.Foundation;

public sealed class HomePages(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string CohortName = $"Leadership Academy {AppFactory.Start.Year}";

    [Fact]
    public async Task The_director_sees_the_demo_cohort_with_its_counts()
    {
        var html = await (await app.LoginAsync(DemoUsers.Director)).GetStringAsync("/");

        Assert.Contains("Welcome, Alex Rivera", html);
        Assert.Contains(CohortName, html);
        // 12 participants, 6 coaches, 3 orientation sessions (two for coaches, one for participants), 4 milestones.
        Assert.Matches(@"<td class=""text-end"">12</td>\s*<td class=""text-end"">6</td>\s*<td class=""text-end"">3</td>\s*<td class=""text-end"">4</td>", html);
        Assert.Contains("href=\"/hangfire\"", html);
    }

    [Fact]
    public async Task The_coordinator_sees_only_their_own_agencys_people()
    {
        var html = await (await app.LoginAsync(DemoUsers.Coordinator)).GetStringAsync("/");

        Assert.Contains("City of Riverbend", html);
        Assert.Contains("Jordan Blake", html);
        Assert.Contains("Hannah Cho", html);
        Assert.DoesNotContain("Lakemont County", html);
        Assert.DoesNotContain("Marcus Webb", html);
        // The cohorts their agency's people are in, with where each stands (CoordinatingAnAgency has the details).
        Assert.Contains(CohortName, html);
        Assert.DoesNotContain("href=\"/hangfire\"", html);
    }

    [Fact]
    public async Task The_coach_sees_their_cohort_and_its_orientation_sessions()
    {
        var html = await (await app.LoginAsync(DemoUsers.Coach)).GetStringAsync("/");

        Assert.Contains(CohortName, html);
        Assert.Contains("Orientation sessions", html);
        Assert.Contains("You have not registered for an orientation session", html);
        Assert.Contains("Riverbend City Hall", html);
        Assert.Contains("(America/Los_Angeles, UTC-", html);
        Assert.DoesNotContain("Jordan Blake", html);
    }

    [Fact]
    public async Task The_participant_sees_their_cohort_and_milestone_schedule()
    {
        var html = await (await app.LoginAsync(DemoUsers.Participant)).GetStringAsync("/");

        Assert.Contains(CohortName, html);
        Assert.Contains("Informational interview", html);
        Assert.Contains("7 days ago", html);
        Assert.Contains("Initial development conversation", html);
        Assert.Contains("In 6 days", html);
        Assert.Contains("Post-graduation conversation", html);
        Assert.DoesNotContain("Orientation sessions", html);
    }

    [Fact]
    public async Task The_director_reaches_the_jobs_dashboard()
    {
        var response = await (await app.LoginAsync(DemoUsers.Director)).GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("CoachingAcademy jobs", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_page_says_so_in_words()
    {
        var response = await (await app.LoginAsync(DemoUsers.Director)).GetAsync("/Nowhere/AtAll");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no page at this address.", await response.Content.ReadAsStringAsync());
    }
}
