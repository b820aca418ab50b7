namespace CoachingAcademy.TestSupport.Gates;

/// <summary>
/// Paths for endpoints whose generated sample would not show what they do: the error page for a real status, a
/// dashboard page rather than the dashboard's catch-all. Every other endpoint gets its path from its route.
/// </summary>
public static class EndpointSamples
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["ANY Error/Status"] = "/Error/404",
        ["ANY /hangfire/{**path}"] = "/hangfire/recurring",
        // The demo's seeding order: the academy is cohort 1 (matches 1-3), executive coaching 2 (match 4), the peer circle 3.
        ["GET Teams/Index"] = "/Cohorts/3/Teams",
        ["GET Applications/Mine"] = "/Cohorts/3/Application",
        ["POST Applications/Mine"] = "/Cohorts/3/Application",
        ["GET Applications/Index"] = "/Cohorts/3/Applications",
        ["POST Applications/Decide"] = "/Cohorts/3/Applications/999999/Decide",
        ["POST Applications/Resend"] = "/Cohorts/3/Applications/999999/Resend",
        ["GET ApplicationReview/Index"] = "/Applications/Review?token=not-a-token",
        ["POST ApplicationReview/Index"] = "/Applications/Review?token=not-a-token",
        // Last year's finished peer circle is cohort 6.
        ["GET Certificates/Cohort"] = "/Cohorts/6/Certificates",
        ["POST Certificates/Signer"] = "/Cohorts/6/Certificates/Signer",
        ["POST Certificates/TellSupervisors"] = "/Cohorts/999999/Certificates/TellSupervisors",
        ["POST Teams/Guest"] = "/Cohorts/6/Teams/Guest",
        ["GET Certificates/Download"] = "/Cohorts/6/Certificates/999999/999999",
        ["GET Certificates/Mine"] = "/Certificate/999999",
        // A team's members answer for it; the gates' posts go to a team that does not exist.
        ["GET TeamConsent/Index"] = "/Teams/999999/Consent",
        ["GET TeamProjects/Index"] = "/Teams/999999/Projects",
        ["POST TeamProjects/Index"] = "/Teams/999999/Projects",
        ["POST TeamConsent/Consent"] = "/Teams/999999/Consent",
        ["POST TeamConsent/Decline"] = "/Teams/999999/Decline",
        ["GET Certificates/MinePdf"] = "/Certificate/999999/pdf",
        ["GET Matches/Sponsor"] = "/Matches/Sponsor/4",
        // Management coaching is cohort 5: Elliot Vance's engagement (match 8) waits for its outline.
        ["GET Matches/Approver"] = "/Matches/Approver/8",
        ["GET Outline/Index"] = "/Engagements/8/Outline",
        ["GET OutlineReview/Index"] = "/Outline/Review?token=not-a-token",
        ["POST OutlineReview/Index"] = "/Outline/Review?token=not-a-token",
        // The coach network is cohort 4. Its sign-up link: an unknown token (404) proves who may follow one.
        ["GET Join/Index"] = "/Join/4",
        ["POST Join/Index"] = "/Join/4",
        ["GET Join/Sent"] = "/Join/4/Sent",
        ["GET Join/Confirm"] = "/Join/Confirm?token=not-a-token",
        ["POST Join/Confirm"] = "/Join/Confirm?token=not-a-token",
        ["GET Network/Profile"] = "/Network/4/Profile",
        ["GET Network/Coaches"] = "/Network/4/Coaches",
        ["GET Network/Overview"] = "/Network/4/Overview",
        ["POST Network/Pause"] = "/Network/Profiles/999999/Pause",
        ["POST Network/AddArea"] = "/Network/999999/Areas",
        ["POST Network/RemoveArea"] = "/Network/4/Areas/999999/Remove",
        ["GET Executive/Outcomes"] = "/Engagements/4/Outcomes",
        ["GET Executive/EditOutcome"] = "/Engagements/4/Outcomes/1/Edit",
        ["GET Executive/Interviews"] = "/Engagements/4/Interviews",
        ["GET Executive/Plan"] = "/Engagements/4/Plan",
        ["GET Executive/PlanVersion"] = "/Engagements/4/Plan/1",
        ["GET Executive/Reviews"] = "/Engagements/4/Reviews",
        ["GET Executive/Schedule"] = "/Engagements/4/Schedule",
        // Exports: a format the app writes (a generated "sample" would be refused as an unknown format).
        ["GET Roster/Export"] = "/Roster/Cohort/1/csv",
        ["GET Progress/Export"] = "/Progress/Cohort/1/xlsx",
        ["GET Surveys/ExportResults"] = "/Surveys/Results/1/csv",
        ["GET Progress/Sessions"] = "/Progress/Cohort/1/Sessions/csv",
        // Gates post empty and hostile forms to every endpoint, some on an app their class goes on using: these would
        // remove or archive the demo program's records, so they are aimed at records that do not exist (a 404 still
        // proves who may ask).
        ["POST Milestones/Delete"] = "/Milestones/Delete/999999",
        ["POST Cohorts/Archive"] = "/Cohorts/Archive/999999",
        ["POST Agencies/Coordinator"] = "/Agencies/Coordinator/999999",
        ["POST Enrollments/Withdraw"] = "/Cohorts/1/People/999999/Withdraw",
        ["POST AgencyCohort/NameCoach"] = "/Cohorts/999999/Agency/Coaches",
        ["POST Surveys/Template"] = "/Surveys/999999",
        ["POST Surveys/AddQuestion"] = "/Surveys/999999/Questions",
        ["POST Surveys/RemoveQuestion"] = "/Surveys/999999/Questions/1/Remove",
        ["POST Surveys/Copy"] = "/Surveys/999999/Copy",
        ["POST Surveys/Send"] = "/Surveys/Moments/999999/Send",
        ["POST Surveys/Close"] = "/Surveys/Moments/999999/Close",
        ["POST Resources/Remove"] = "/Cohorts/1/Resources/999999/Remove",
        ["POST EngagementWork/RemoveGoal"] = "/Engagements/999999/Goals/999999/Remove",
        ["POST EngagementWork/RemoveAssignment"] = "/Engagements/999999/Assignments/999999/Remove",
        ["POST Executive/RemoveOutcome"] = "/Engagements/999999/Outcomes/999999/Remove",
        ["POST Executive/RemoveInterview"] = "/Engagements/999999/Interviews/999999/Remove",
        // The demo's graduation and debrief are set and sent: gates change a cohort that does not exist, and no one's answer.
        ["POST Events/Save"] = "/Cohorts/999999/Events/Graduation",
        ["POST Events/Send"] = "/Cohorts/999999/Events/Graduation/Send",
        ["POST EventReplies/Reply"] = "/Events/999999",
        ["GET Events/Export"] = "/Cohorts/1/Events/Recognise/csv",
    };
}
