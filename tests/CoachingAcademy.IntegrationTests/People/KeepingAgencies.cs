using System.Net;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.People;

/// <summary>On its own database: directors keep agencies, their org charts and coordinators.</summary>
public sealed class KeepingAgencies(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task A_director_adds_an_agency_and_its_people_under_their_supervisors()
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        var duplicate = await director.PostFormAsync("/Agencies/Create", new() { ["Name"] = "city of RIVERBEND", ["ContactEmail"] = "x@example.org" });
        FieldMessages.Assert(await duplicate.Content.ReadAsStringAsync(), "Name", "There is already an agency named 'city of RIVERBEND'.");
        var created = await director.PostFormAsync("/Agencies/Create", new() { ["Name"] = "Harbor District", ["ContactEmail"] = "coaching@harbor.example.org" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var agencyId = await app.QueryAsync(db => db.Agencies.Where(a => a.Name == "Harbor District").Select(a => a.Id).SingleAsync());
        var add = $"/Agencies/{agencyId}/People/Add";

        await director.PostFormAsync(add, new() { ["FullName"] = "Ida Harbor", ["Email"] = "ida.harbor@example.org", ["Title"] = "General Manager", ["PositionLevel"] = "ChiefExecutive" });
        var unknownBoss = await director.PostFormAsync(add, new() { ["FullName"] = "Max Dock", ["Email"] = "max.dock@example.org", ["PositionLevel"] = "Other", ["SupervisorEmail"] = "ghost@example.org" });
        FieldMessages.Assert(await unknownBoss.Content.ReadAsStringAsync(), "SupervisorEmail", "No one in the program has the email ghost@example.org");
        var otherAgency = await director.PostFormAsync(add, new() { ["FullName"] = "Max Dock", ["Email"] = "max.dock@example.org", ["PositionLevel"] = "Other", ["SupervisorEmail"] = "morgan.ellery@example.org" });
        Assert.Contains("Morgan Ellery is not in Max Dock&#x27;s agency.", await otherAgency.Content.ReadAsStringAsync());
        await director.PostFormAsync(add, new() { ["FullName"] = "Max Dock", ["Email"] = "max.dock@example.org", ["PositionLevel"] = "Other", ["SupervisorEmail"] = "ida.harbor@example.org" });

        var page = await director.GetStringAsync($"/Agencies/Details/{agencyId}");
        Assert.Contains("Max Dock", page);
        Assert.Contains("Ida Harbor", page);
        var max = await app.QueryAsync(db => db.People.Include(p => p.Supervisor).SingleAsync(p => p.Email == "max.dock@example.org"));
        Assert.Equal("Ida Harbor", max.Supervisor!.FullName);

        // Ida cannot report to Max, who reports to her: the org chart refuses a cycle.
        var ida = await app.PersonIdAsync("ida.harbor@example.org");
        var cycle = await director.PostFormAsync($"/People/Edit/{ida}", new() { ["FullName"] = "Ida Harbor", ["PositionLevel"] = "ChiefExecutive", ["SupervisorEmail"] = "max.dock@example.org" });
        Assert.Contains("Ida Harbor is already above Max Dock in the org chart", await cycle.Content.ReadAsStringAsync());
        Assert.Null(await app.QueryAsync(db => db.People.Where(p => p.Id == ida).Select(p => p.SupervisorId).SingleAsync()));
    }

    [Fact]
    public async Task A_person_named_coordinator_is_invited_and_then_proposes_for_their_agency_until_the_role_is_removed()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var lakemont = await app.QueryAsync(db => db.Agencies.Where(a => a.Name == "Lakemont County").Select(a => a.Id).SingleAsync());
        var nathan = await app.PersonIdAsync("nathan.brooks@example.org");

        var named = await director.PostFormAsync($"/Agencies/Coordinator/{nathan}", new() { ["coordinator"] = "true" }, $"/Agencies/Details/{lakemont}");

        Assert.Equal($"/Agencies/Details/{lakemont}", named.Headers.Location!.OriginalString);
        Assert.Contains("Coordinator", await director.GetStringAsync($"/Agencies/Details/{lakemont}"));
        var link = await Invitations.WaitForLinkAsync(app.Smtp, "nathan.brooks@example.org");
        var nathanClient = app.CreateBrowserlessClient();
        await nathanClient.PostFormAsync("/Account/SetPassword",
            Invitations.SetPasswordForm(link, "nathan sets his password", "nathan sets his password"), link);
        Assert.Equal(HttpStatusCode.OK, (await nathanClient.GetAsync("/Matches")).StatusCode);

        await director.PostFormAsync($"/Agencies/Coordinator/{nathan}", new() { ["coordinator"] = "false" }, $"/Agencies/Details/{lakemont}");

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.False(await users.IsInRoleAsync((await users.FindByEmailAsync("nathan.brooks@example.org"))!, Roles.AgencyCoordinator));
        var signedInAgain = await app.LoginAsync("nathan.brooks@example.org", "nathan sets his password");
        Denied.Assert(await signedInAgain.GetAsync("/Matches"));
    }

    [Fact]
    public async Task An_enrolled_coach_keeps_a_coaching_position_and_an_address_with_an_apostrophe_gets_a_login()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var okafor = await app.PersonIdAsync("grace.okafor@example.org");
        var lowered = await director.PostFormAsync($"/People/Edit/{okafor}", new() { ["FullName"] = "Grace Okafor", ["Title"] = "Analyst", ["PositionLevel"] = "Other" });
        FieldMessages.Assert(await lowered.Content.ReadAsStringAsync(), "PositionLevel", "Grace Okafor coaches in an open cohort");

        var riverbend = await app.QueryAsync(db => db.Agencies.Where(a => a.Name == "City of Riverbend").Select(a => a.Id).SingleAsync());
        await director.PostFormAsync($"/Agencies/{riverbend}/People/Add", new()
        {
            ["FullName"] = "Pat O'Brien", ["Email"] = "pat.o'brien@example.org", ["Title"] = "Planner", ["PositionLevel"] = "Other", ["SupervisorEmail"] = "morgan.ellery@example.org",
        });
        var cohortId = await app.DemoCohortIdAsync();
        var enrolled = await director.PostFormAsync($"/Cohorts/{cohortId}/People/Enroll", new() { ["Email"] = "pat.o'brien@example.org", ["Role"] = "Participant" },
            $"/Cohorts/{cohortId}/People");
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        await Invitations.WaitForLinkAsync(app.Smtp, "pat.o'brien@example.org");
    }

    [Fact]
    public async Task Coordinators_see_their_own_agency_at_home_and_no_agency_administration()
    {
        var riverbend = await app.QueryAsync(db => db.Agencies.Where(a => a.Name == "City of Riverbend").Select(a => a.Id).SingleAsync());
        var coordinator = await app.LoginAsync(DemoUsers.Coordinator);

        var home = await coordinator.GetStringAsync("/");
        Assert.Contains("City of Riverbend", home);
        Assert.DoesNotContain("Lakemont County", home);
        Denied.Assert(await coordinator.GetAsync("/Agencies"));
        Denied.Assert(await coordinator.GetAsync($"/Agencies/Details/{riverbend}"));
        Denied.Assert(await coordinator.GetAsync($"/Agencies/{riverbend}/People/Add"));
        Denied.Assert(await coordinator.PostFormAsync($"/Agencies/{riverbend}/People/Add",
            new() { ["FullName"] = "Sneaky", ["Email"] = "sneaky@example.org", ["PositionLevel"] = "Other" }, "/"));
        Denied.Assert(await coordinator.PostFormAsync($"/Agencies/Coordinator/{await app.PersonIdAsync(DemoUsers.Participant)}", new() { ["coordinator"] = "true" }, "/"));
        Assert.False(await app.QueryAsync(db => db.People.AnyAsync(p => p.Email == "sneaky@example.org")));
    }
}
