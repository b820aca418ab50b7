using CoachingAcademy.Core.Applications;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.TestSupport;

/// <summary>Applications to the demo's peer circle, taken through their remaining approvals as the approvers would.</summary>
public static class PeerApplications
{
    /// <summary>Accepts the applications of these people to the current circle (cohort 3), whatever stage they wait at.</summary>
    public static Task AcceptAsync(AppFactory app, params string[] emails) => app.QueryAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var applications = await db.CircleApplications.Where(a => emails.Contains(a.Person.Email) && a.CohortId == 3).ToListAsync();
        Xunit.Assert.Equal(emails.Length, applications.Count);
        foreach (var application in applications)
            while (application.Stage is not (ApplicationStage.Accepted or ApplicationStage.Declined))
                application.Approve(application.Stage, "Wendell Price", true, now);
        await db.SaveChangesAsync();
        return applications.Count;
    });

    /// <summary>A new participant of the current circle at Harbor Point Utilities, with a login (the demo password) and no
    /// application yet; returns the cohort's id.</summary>
    public static async Task<int> EnrollApplicantAsync(AppFactory app, string name, string email)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cohort = await db.Cohorts.Where(c => c.Kind == ProgramKind.PeerCircle).OrderByDescending(c => c.GraduationDate).FirstAsync();
        var person = new Person(name, email, "Analyst", PositionLevel.Other, await db.Agencies.SingleAsync(a => a.Name == "Harbor Point Utilities"));
        db.People.Add(person);
        cohort.Enroll(person, EnrollmentRole.Participant, app.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person.Id };
        Xunit.Assert.True((await users.CreateAsync(user, DemoUsers.Password)).Succeeded);
        Xunit.Assert.True((await users.AddToRoleAsync(user, Roles.Participant)).Succeeded);
        return cohort.Id;
    }
}
