using System.Net;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Network;
using CoachingAcademy.Core.People;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Network;

/// <summary>
/// Seed 001: players pick a volunteer coach from the network's directory, near them or remote, by form of contact and area
/// of experience; coaches keep their profile and directors pause one. On a database of its own: it changes profiles.
/// </summary>
public sealed class SearchingTheNetworkDirectory(MailingApp app) : IClassFixture<MailingApp>
{
    private async Task<string> DirectoryAsync(string query = "")
    {
        var player = await app.LoginAsync(DemoUsers.Player);
        return await player.GetStringAsync($"/CoachRequests?cohortId={await app.NetworkIdAsync()}{query}");
    }

    [Fact]
    public async Task The_directory_shows_profiles_with_their_places_left_and_never_a_paused_coach()
    {
        var html = await DirectoryAsync();

        Assert.Contains("Theo Marchetti", html);
        Assert.Contains("Retired City Manager, Town of Alder Creek", html);
        Assert.Contains("Alder Creek, Northeast", html);
        Assert.Contains("In person, Phone", html);
        Assert.Contains("Budget and finance, Career planning, Elected officials and councils", html);
        Assert.DoesNotContain("Quentin Shaw", html);                       // paused by a director
        Assert.DoesNotContain("Devon Clarke", html.Split("Your requests")[0]);
        // Sam Okoro coaches Devon (one of two places); Rita Alvarez is asked by Priya Shah (a waiting request holds a place).
        Assert.Contains("Sam Okoro", html);
        Assert.Matches(@"Sam Okoro[\s\S]*?1 place left of 2", html);
        Assert.Matches(@"Rita Alvarez[\s\S]*?1 place left of 2", html);
        // Those with the most places left first: Joanna Whitcombe has three.
        Assert.True(html.IndexOf("Joanna Whitcombe", StringComparison.Ordinal) < html.IndexOf("Sam Okoro", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filters_by_region_near_or_remote_by_form_of_contact_and_by_area()
    {
        var near = await DirectoryAsync("&where=near");                    // Devon Clarke is in the Pacific region
        Assert.Contains("Lars Henriksen", near);
        Assert.Contains("Mei Tanaka", near);
        Assert.DoesNotContain("Theo Marchetti", near);

        var remote = await DirectoryAsync("&where=remote");
        Assert.Contains("Joanna Whitcombe", remote);
        Assert.Contains("Ngozi Adebayo", remote);
        Assert.DoesNotContain("Rafael Ortiz-Bell", remote);                // in person only

        var region = await DirectoryAsync("&where=Northeast");
        Assert.Contains("Theo Marchetti", region);
        Assert.DoesNotContain("Rafael Ortiz-Bell", region);
        Assert.DoesNotContain("Lars Henriksen", region);

        var inPerson = await DirectoryAsync("&form=InPerson");
        Assert.Contains("Rafael Ortiz-Bell", inPerson);
        Assert.DoesNotContain("Ngozi Adebayo", inPerson);

        var budget = await app.QueryAsync(db => db.ExperienceAreas.Where(a => a.Name == "Budget and finance").Select(a => a.Id).SingleAsync());
        var area = await DirectoryAsync($"&area={budget}&where=near");
        Assert.Contains("Mei Tanaka", area);
        Assert.DoesNotContain("Theo Marchetti", area);                     // budget, but in the Northeast
        Assert.DoesNotContain("Lars Henriksen", area);

        var none = await DirectoryAsync("&where=Southwest&form=Video");
        Assert.Contains("No available coach matches these filters.", none);
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(DemoUsers.Player)).GetAsync($"/CoachRequests?cohortId={await app.NetworkIdAsync()}&where=%3Cb%3E&form=99&area=x&page=-4")).StatusCode);
    }

    [Fact]
    public async Task A_director_pauses_a_profile_and_the_coach_cannot_be_found_or_asked_until_the_pause_is_lifted()
    {
        var network = await app.NetworkIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var review = await director.GetStringAsync($"/Network/{network}/Coaches");
        Assert.Contains("Quentin Shaw", review);
        Assert.Contains("Paused by a director", review);
        var profileId = await app.QueryAsync(db => db.NetworkProfiles.Where(p => p.Enrollment.Person.Email == "colette.durand@example.org").Select(p => p.Id).SingleAsync());

        var paused = await director.PostFormAsync($"/Network/Profiles/{profileId}/Pause", new() { ["paused"] = "true" }, $"/Network/{network}/Coaches");
        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        Assert.Contains("The profile is paused", await director.GetStringAsync($"/Network/{network}/Coaches"));
        Assert.DoesNotContain("Colette Durand", await DirectoryAsync());
        var player = await app.LoginAsync(DemoUsers.Player);
        var ask = await player.PostFormAsync("/CoachRequests/Ask", new() { ["cohortId"] = network.ToString(), ["coachId"] = (await app.PersonIdAsync("colette.durand@example.org")).ToString() },
            $"/CoachRequests?cohortId={network}");
        Assert.Equal(HttpStatusCode.Redirect, ask.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Matches.CountAsync(m => m.Coach!.Email == "colette.durand@example.org")));

        await director.PostFormAsync($"/Network/Profiles/{profileId}/Pause", new() { ["paused"] = "false" }, $"/Network/{network}/Coaches");
        Assert.Contains("Colette Durand", await DirectoryAsync());
        Denied.Assert(await (await app.LoginAsync(DemoUsers.VolunteerCoach)).GetAsync($"/Network/{network}/Coaches"));
    }

    [Fact]
    public async Task A_coach_edits_their_profile_pauses_it_themselves_and_bad_input_is_a_message_next_to_its_field()
    {
        var network = await app.NetworkIdAsync();
        var coach = await app.LoginAsync("everett.mensah@example.org");
        var path = $"/Network/{network}/Profile";
        var form = await coach.GetStringAsync(path);
        Assert.Contains("Zoning, comprehensive plans", form);

        IEnumerable<(string, string)> Fields(string title, string org, string city, string region, string bio, string capacity, bool available,
            params string[] forms) =>
            [("Title", title), ("Organisation", org), ("City", city), ("Region", region), ("Bio", bio), ("Capacity", capacity),
             ("IsAvailable", available ? "true" : "false"), .. forms.Select(f => ("ContactForms", f))];

        var huge = await coach.PostRepeatedFormAsync(path, Fields("Planner", "Millbrook", "Millbrook", "Atlantis", new string('b', 100_000), "0", true), path);
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        var html = await huge.Content.ReadAsStringAsync();
        FieldMessages.Assert(html, "Bio", "A bio has at most 1,500 characters; this one has 100,000.");
        FieldMessages.Assert(html, "Region", "'Atlantis' is not one of the network's regions");
        FieldMessages.Assert(html, "ContactForms", "Choose at least one form of contact");
        FieldMessages.Assert(html, "Capacity", "Say how many people you coach at once, from 1 to 20.");

        const string markup = "<img src=x onerror=alert(1)>";
        var saved = await coach.PostRepeatedFormAsync(path, Fields(markup + "title", markup + "org", markup + "city", "Pacific", markup + "bio", "3", true, "Video", "Phone"), path);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Your profile is saved.", await coach.GetStringAsync(path));
        var near = await DirectoryAsync("&where=near");
        Assert.Contains("Everett Mensah", near);
        Assert.DoesNotContain("<img src=x", near);
        foreach (var field in new[] { "title", "org", "city", "bio" })
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;" + field, near);
        Assert.Matches(@"Everett Mensah[\s\S]*?3 places left of 3", near);

        await coach.PostRepeatedFormAsync(path, Fields("Planning Director", "Millbrook Township", "Millbrook", "Northeast", "Back.", "2", false, "Video"), path);
        Assert.Contains("It is paused", await coach.GetStringAsync(path));
        Assert.DoesNotContain("Everett Mensah", await DirectoryAsync());

        // Another network's or the academy's profile page is not theirs: nothing to find.
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/Network/{await app.DemoCohortIdAsync()}/Profile")).StatusCode);
    }

    [Fact]
    public async Task A_director_keeps_the_areas_of_experience_and_removing_one_takes_it_off_every_profile()
    {
        var network = await app.NetworkIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var coaches = $"/Network/{network}/Coaches";

        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"/Network/{network}/Areas", new() { ["Name"] = "Grant writing" }, coaches)).StatusCode);
        Assert.Contains("is on the list: coaches can choose it on their profile.", await director.GetStringAsync(coaches));
        var twice = await director.PostFormAsync($"/Network/{network}/Areas", new() { ["Name"] = "GRANT WRITING" }, coaches);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        FieldMessages.Assert(await twice.Content.ReadAsStringAsync(), "Name", "The list already has 'GRANT WRITING'.");
        var empty = await director.PostFormAsync($"/Network/{network}/Areas", new() { ["Name"] = " " }, coaches);
        FieldMessages.Assert(await empty.Content.ReadAsStringAsync(), "Name", "Name the area of experience.");

        var area = await app.QueryAsync(db => db.ExperienceAreas.Where(a => a.Name == "Grant writing").Select(a => a.Id).SingleAsync());
        var lars = await app.LoginAsync("lars.henriksen@example.org");
        var profile = $"/Network/{network}/Profile";
        var saved = await lars.PostRepeatedFormAsync(profile, [("Title", "Former Parks and Recreation Director"), ("Organisation", "City of Seabrook"),
            ("City", "Seabrook"), ("Region", "Pacific"), ("Bio", "Parks."), ("Capacity", "2"), ("IsAvailable", "true"),
            ("ContactForms", "InPerson"), ("ContactForms", "Video"), ("AreaIds", area.ToString())], profile);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Grant writing", await DirectoryAsync($"&area={area}"));

        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"/Network/{network}/Areas/{area}/Remove", [], coaches)).StatusCode);
        Assert.Contains("The area is removed", await director.GetStringAsync(coaches));
        Assert.Equal(0, await app.QueryAsync(db => db.NetworkProfiles.CountAsync(p => p.Areas.Any(a => a.Id == area))));
        Assert.Contains("Lars Henriksen", await DirectoryAsync());
    }

    [Fact]
    public async Task A_player_changes_their_region_and_near_me_follows_it()
    {
        var network = await app.NetworkIdAsync();
        var player = await app.LoginAsync("priya.shah@example.org");
        var directory = $"/CoachRequests?cohortId={network}";

        var refused = await player.PostFormAsync($"/Network/{network}/Region", new() { ["Region"] = "<b>Atlantis</b>" }, directory);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldMessages.Assert(html, "Region", "'<b>Atlantis</b>' is not one of the network's regions");
        Assert.DoesNotContain("<b>Atlantis</b>", html);

        var moved = await player.PostFormAsync($"/Network/{network}/Region", new() { ["Region"] = "Northeast" }, directory);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var near = await player.GetStringAsync(moved.Headers.Location!.OriginalString);
        Assert.Contains("Your region is Northeast", near);
        Assert.Contains("Theo Marchetti", near);
        Assert.DoesNotContain("Lars Henriksen", near);
        Assert.Equal(HttpStatusCode.NotFound, (await player.PostFormAsync($"/Network/{await app.DemoCohortIdAsync()}/Region",
            new() { ["Region"] = "Northeast" }, directory)).StatusCode);
    }

    [Fact]
    public async Task A_player_sees_their_own_requests_and_never_another_players()
    {
        var network = await app.NetworkIdAsync();
        var shahsRequest = await app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == "priya.shah@example.org").Select(m => m.Id).SingleAsync());
        var devon = await app.LoginAsync(DemoUsers.Player);

        var directory = await devon.GetStringAsync($"/CoachRequests?cohortId={network}");
        var mine = directory[directory.IndexOf("Your requests", StringComparison.Ordinal)..];
        Assert.Contains("Sam Okoro", mine);
        Assert.DoesNotContain("Rita Alvarez", mine);
        var other = await devon.GetAsync($"/Matches/Details/{shahsRequest}");
        Denied.AssertNotReached(other);
        Assert.DoesNotContain("Priya Shah", await other.Content.ReadAsStringAsync());
    }
}

/// <summary>The directory pages through many coaches at a fixed cost. On a database of its own: it adds forty coaches.</summary>
public sealed class PagingTheNetworkDirectory(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task The_directory_costs_the_same_queries_with_many_more_coaches()
    {
        var network = await app.NetworkIdAsync();
        var player = await app.LoginAsync(DemoUsers.Player);
        var url = $"/CoachRequests?cohortId={network}&where=remote";
        var before = await player.CountQueriesAsync(app, url);

        await app.QueryAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == network);
            var areas = await db.ExperienceAreas.Where(a => a.CohortId == network).ToListAsync();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var enrollments = new List<Enrollment>();
            for (var i = 0; i < 40; i++)
            {
                var person = new Person($"Extra Coach {i:00}", $"extra.coach{i}@example.org", "Volunteer", PositionLevel.Other, null);
                db.People.Add(person);
                enrollments.Add(cohort.Enroll(person, EnrollmentRole.Coach, now));
            }
            await db.SaveChangesAsync();
            foreach (var enrollment in enrollments)
            {
                var profile = new NetworkProfile(enrollment, "Midwest", now);
                profile.Update(new ProfileDetails("Volunteer", "Somewhere", "Prairie View", "Midwest", ContactForms.Video, [.. areas.Take(3).Select(a => a.Id)],
                    "Bio", 2, true), areas.Take(3).ToList(), now);
                db.NetworkProfiles.Add(profile);
            }
            await db.SaveChangesAsync();
            return 0;
        });

        var after = await player.CountQueriesAsync(app, url);
        Assert.Equal(before, after);
        var page2 = await player.GetStringAsync(url + "&page=2");
        Assert.Contains("Page 2 of", page2);
    }
}
