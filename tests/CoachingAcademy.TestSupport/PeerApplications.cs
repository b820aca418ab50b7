using CoachingAcademy.Core.Applications;
using Microsoft.EntityFrameworkCore;

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
}
