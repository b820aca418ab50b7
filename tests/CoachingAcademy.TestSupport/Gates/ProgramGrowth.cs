using CoachingAcademy.Core.Applications;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.TestSupport.Gates;

/// <summary>
/// Makes the demo program much bigger where each demo user looks: more cohorts (past a page) that the demo coach and
/// participant take part in, each with its schedule and orientation seats, more people in the coordinator's agency, and a
/// large program of strangers around them. A page whose query count changes after this has an N+1.
/// </summary>
public static class ProgramGrowth
{
    public static async Task GrowAsync(AppFactory app, int cohorts = 30, int people = 40)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<LargeProgramSeeder>().SeedAsync(new LargeProgramOptions(300, 60));

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var coach = await db.People.Include(p => p.Agency).SingleAsync(p => p.Email == DemoUsers.Coach);
        var participant = await db.People.Include(p => p.Agency).SingleAsync(p => p.Email == DemoUsers.Participant);
        var supervisor = await db.People.Include(p => p.Agency).SingleAsync(p => p.Email == "hannah.cho@example.org");

        for (var i = 0; i < cohorts; i++)
        {
            var cohort = new Cohort($"Grown Cohort {i + 1}", DemoDataSeeder.TimeZoneId, today.AddDays(60 + i), today.AddDays(90 + i));
            for (var s = 0; s < 4; s++)
                cohort.AddClassSession($"Session {s + 1}", today.AddDays(-60 + 20 * s));
            for (var m = 0; m < 4; m++)
                cohort.AddMilestone($"Milestone {m + 1}", "A conversation.", today.AddDays(-10 + 20 * m));
            var first = cohort.AddOrientationSession(now.AddDays(5), now.AddDays(5).AddHours(2), "Room A", 10);
            cohort.AddOrientationSession(now.AddDays(12), now.AddDays(12).AddHours(2), "Room B", 10);
            var briefing = cohort.AddOrientationSession(now.AddDays(8), now.AddDays(8).AddHours(2), "Room C", 10, OrientationAudience.Participants);
            cohort.Enroll(coach, EnrollmentRole.Coach, now);
            cohort.Enroll(participant, EnrollmentRole.Participant, now);
            first.Register(coach, now);
            briefing.Register(participant, now);
            db.Cohorts.Add(cohort);
        }
        for (var i = 0; i < people; i++)
        {
            var person = new Person($"Grown Person {i + 1}", $"grown.person.{i + 1}@example.org", "Analyst", PositionLevel.Other, supervisor.Agency);
            person.ReportTo(supervisor);
            db.People.Add(person);
        }
        await db.SaveChangesAsync();
        await GrowApplicationsAsync(db, now, people);
    }

    /// <summary>Seed 004: many more applications to the demo's peer circle, past a page, from strangers of its agency.</summary>
    private static async Task GrowApplicationsAsync(AppDbContext db, DateTime now, int count)
    {
        var circle = await db.Cohorts.Include(c => c.Milestones).Where(c => c.Kind == ProgramKind.PeerCircle).OrderBy(c => c.Id).FirstAsync();
        var agency = await db.Agencies.SingleAsync(a => a.Name == "Harbor Point Utilities");
        var competencies = ApplicationService.Competencies(circle.Milestones.OrderBy(m => m.Order).Select(m => m.Name).ToList()).Count;
        for (var i = 0; i < count; i++)
        {
            var applicant = new Person($"Grown Applicant {i + 1}", $"grown.applicant.{i + 1}@example.org", "Analyst", PositionLevel.Other, agency);
            db.People.Add(applicant);
            await db.SaveChangesAsync();
            var form = new ApplicationForm("Analyst", "Finance", "Billing", "Wendell Price", "wendell.price@example.org", "Rosa Delgado",
                "rosa.delgado@example.org", "Why.", "Roles.", Enumerable.Repeat(CircleApplication.Grow, competencies).ToList(),
                new SmartProject("S", "M", "A", "R", "T"), Committed: true);
            var application = new CircleApplication(circle.Id, applicant.Id, form, competencies, now);
            if (i % 2 == 0)
                application.Approve(ApplicationStage.Supervisor, "Wendell Price", false, now);
            db.CircleApplications.Add(application);
        }
        await db.SaveChangesAsync();
    }
}
