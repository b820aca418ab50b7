using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Network;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Infrastructure.Demo;

/// <summary>
/// Seed 001's directory: the coach network's areas of experience, a confirmed profile for each of its volunteer coaches
/// (Sam Okoro, Rita Alvarez and nine more across the regions and forms of contact, one paused by a director) and the players'
/// regions. Seeded after every other program, so that no earlier demo id moves.
/// </summary>
internal static class DemoNetworkProfiles
{
    private static readonly string[] Areas =
    [
        "Budget and finance", "Career planning", "Community engagement", "Elected officials and councils", "First management job",
        "Human resources", "Leadership", "Parks and recreation", "Planning and development", "Public safety", "Public works",
    ];

    private sealed record Volunteer(string Name, string Mailbox, string Title, string Organisation, string City, string Region,
        ContactForms Forms, string[] Areas, int Capacity, string Bio, bool PausedByDirector = false);

    private static readonly Volunteer[] Volunteers =
    [
        new("Theo Marchetti", "theo.marchetti", "Retired City Manager", "Town of Alder Creek", "Alder Creek", "Northeast",
            ContactForms.InPerson | ContactForms.Phone, ["Career planning", "Budget and finance", "Elected officials and councils"], 2,
            "Thirty years in town and city management. I enjoy helping people think through a first move into management."),
        new("Joanna Whitcombe", "joanna.whitcombe", "Deputy County Executive", "Marlow County", "Marlow", "Southeast",
            ContactForms.Video | ContactForms.Phone, ["Leadership", "Elected officials and councils"], 3,
            "I work with a board of seven commissioners and like talking about leading through politics without becoming political."),
        new("Rafael Ortiz-Bell", "rafael.ortiz-bell", "Assistant Town Manager", "Town of Kestrel", "Kestrel", "Southwest",
            ContactForms.InPerson, ["Public works", "First management job"], 1,
            "Former public works superintendent; happy to meet for coffee and talk about the jump from the field to the office."),
        new("Ngozi Adebayo", "ngozi.adebayo", "Human Resources Director (retired)", "City of Prairie View", "Prairie View", "Midwest",
            ContactForms.Video, ["Human resources", "Career planning"], 2,
            "Interviews, résumés, negotiating an offer, or deciding whether to stay: bring the question, I bring the questions back."),
        new("Lars Henriksen", "lars.henriksen", "Former Parks and Recreation Director", "City of Seabrook", "Seabrook", "Pacific",
            ContactForms.InPerson | ContactForms.Video, ["Parks and recreation", "Community engagement"], 2,
            "Parks, programs and public meetings that go sideways. Recreation coordinators are especially welcome."),
        new("Mei Tanaka", "mei.tanaka", "Budget Officer", "Seabrook Water District", "Seabrook", "Pacific",
            ContactForms.Phone | ContactForms.Video, ["Budget and finance"], 1,
            "Budget season survivor. I can help you read a budget, present one, or decide whether finance is for you."),
        new("Colette Durand", "colette.durand", "Police Chief (retired)", "City of Granite Springs", "Granite Springs", "Mountain West",
            ContactForms.InPerson | ContactForms.Phone, ["Public safety", "Leadership"], 2,
            "Twenty-eight years in public safety, the last eight as chief. Leadership under pressure, and after it."),
        new("Everett Mensah", "everett.mensah", "Planning Director", "Millbrook Township", "Millbrook", "Northeast",
            ContactForms.Video, ["Planning and development", "Community engagement"], 2,
            "Zoning, comprehensive plans and the art of the public hearing. I coach by video in the evenings."),
        new("Quentin Shaw", "quentin.shaw", "Economic Development Manager", "City of Larkspur", "Larkspur", "Midwest",
            ContactForms.Phone, ["Career planning"], 1,
            "Economic development and downtown revitalisation.", PausedByDirector: true),
    ];

    /// <summary>Adds the volunteers (people, enrollments, profiles) and returns them, for their coach logins.</summary>
    public static async Task<IReadOnlyList<Person>> SeedAsync(AppDbContext db, DemoOrgChart org, IReadOnlyList<Person> coaches,
        IReadOnlyList<Person> players, DateTime now, CancellationToken ct)
    {
        var cohort = await db.Cohorts.Include(c => c.Enrollments).SingleAsync(c => c.Kind == ProgramKind.CoachNetwork, ct);
        var areas = Areas.Select(name => new ExperienceArea(cohort.Id, name)).ToDictionary(a => a.Name);
        db.ExperienceAreas.AddRange(areas.Values);

        var profiles = new List<(Enrollment Enrollment, Volunteer Volunteer)>();
        foreach (var (coach, okoroOrAlvarez) in coaches.Zip(new[]
        {
            new Volunteer("", "", "Retired Fire Chief", "Riverbend Fire Department", "Riverbend", "Pacific", ContactForms.InPerson | ContactForms.Phone,
                ["Public safety", "Leadership"], 2, "I led a fire department of 120 people. I like helping people find their own answers."),
            new Volunteer("", "", "Former Library Director", "Lakemont County Library", "Lakemont", "Pacific", ContactForms.Video | ContactForms.Phone,
                ["Community engagement", "Career planning"], 2, "Libraries, community programs and a career that changed direction twice."),
        }))
            profiles.Add((cohort.Enrollments.Single(e => e.PersonId == coach.Id), okoroOrAlvarez));

        var volunteers = new List<Person>();
        foreach (var v in Volunteers)
        {
            var person = org.Add(null, v.Name, v.Mailbox, $"{v.Title}, volunteer coach", PositionLevel.Other, null);
            volunteers.Add(person);
            profiles.Add((cohort.Enroll(person, EnrollmentRole.Coach, now), v));
        }
        await db.SaveChangesAsync(ct);

        foreach (var (enrollment, v) in profiles)
        {
            var profile = new NetworkProfile(enrollment, v.Region, now);
            profile.Update(new ProfileDetails(v.Title, v.Organisation, v.City, v.Region, v.Forms, [.. v.Areas.Select(a => areas[a].Id)], v.Bio,
                v.Capacity, true), [.. v.Areas.Select(a => areas[a])], now);
            profile.SetPausedByDirector(v.PausedByDirector);
            db.NetworkProfiles.Add(profile);
        }
        foreach (var player in players)
            db.NetworkProfiles.Add(new NetworkProfile(cohort.Enrollments.Single(e => e.PersonId == player.Id), "Pacific", now));
        await db.SaveChangesAsync(ct);
        return volunteers;
    }
}
