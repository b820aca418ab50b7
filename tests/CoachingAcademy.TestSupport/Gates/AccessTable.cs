namespace CoachingAcademy.TestSupport.Gates;

/// <summary>Who may use one endpoint: a column per visitor.</summary>
/// <remarks>A sponsor (seed 003) and an organisation's approver (seed 002) are refused everywhere the row does not name them.</remarks>
public sealed record Access(bool Anonymous, bool Director, bool Coordinator, bool Coach, bool Participant, bool Sponsor = false,
    bool Approver = false)
{
    public bool Allows(Who who) => who switch
    {
        Who.Anonymous => Anonymous,
        Who.Director => Director,
        Who.Coordinator => Coordinator,
        Who.Coach => Coach,
        Who.Participant => Participant,
        Who.Sponsor => Sponsor,
        Who.Approver => Approver,
        _ => false,
    };

    /// <summary>The visitors this endpoint is for, signed-in ones first (an anonymous one only when nobody else may).</summary>
    public IReadOnlyList<Who> Allowed => Visitors.SignedIn.Where(Allows).Concat(Anonymous ? [Who.Anonymous] : []).ToList();
}

/// <summary>
/// The authorization matrix: every endpoint of the app and who may use it. An endpoint missing from this table fails
/// the matrix test, so a new page or form is reviewed here before it ships. Add one line per new endpoint.
/// </summary>
public static class AccessTable
{
    private const bool Yes = true, No = false;

    public static readonly IReadOnlyDictionary<string, Access> Expectations = new Dictionary<string, Access>
    {
        //  endpoint                             anonymous director coordinator coach participant (sponsor)
        ["GET Account/Login"] =           new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["POST Account/Login"] =          new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["POST Account/Logout"] =         new(No,       Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["GET Account/AccessDenied"] =    new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        // An invitation link works for whoever holds it; the token in it is the check.
        ["GET Account/SetPassword"] =     new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["POST Account/SetPassword"] =    new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["ANY Error/Status"] =            new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["GET Home/Index"] =              new(No,       Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["GET Mail/Index"] =              new(No,       Yes,     No,         No,   No),
        ["GET Mail/Show"] =               new(No,       Yes,     No,         No,   No),
        ["POST Mail/SendTest"] =          new(No,       Yes,     No,         No,   No),
        ["GET /health/live"] =            new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["GET /health/ready"] =           new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["ANY /hangfire/{**path}"] =      new(No,       Yes,     No,         No,   No),
        // Matching: directors decide; coordinators propose for their agency; the pair and directors open a match.
        ["GET Matches/Index"] =           new(No,       Yes,     Yes,        No,   No),
        ["GET Matches/Propose"] =         new(No,       Yes,     Yes,        No,   No),
        ["POST Matches/Propose"] =        new(No,       Yes,     Yes,        No,   No),
        ["GET Matches/Details"] =         new(No,       Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["GET Teams/Index"] =             new(No,       Yes,     No,         No,   No),
        // Surveys: directors build, attach, send, close and read results; whoever is asked answers their own request (anyone
        // else finds no such survey); a coach reads the written answers meant for them.
        ["GET Surveys/Index"] =           new(No,       Yes,     No,         No,   No),
        ["GET Surveys/Create"] =          new(No,       Yes,     No,         No,   No),
        ["POST Surveys/Create"] =         new(No,       Yes,     No,         No,   No),
        ["GET Surveys/Template"] =        new(No,       Yes,     No,         No,   No),
        ["POST Surveys/Template"] =       new(No,       Yes,     No,         No,   No),
        ["POST Surveys/AddQuestion"] =    new(No,       Yes,     No,         No,   No),
        ["POST Surveys/RemoveQuestion"] = new(No,       Yes,     No,         No,   No),
        ["POST Surveys/Copy"] =           new(No,       Yes,     No,         No,   No),
        ["GET Surveys/Cohort"] =          new(No,       Yes,     No,         No,   No),
        ["POST Surveys/Cohort"] =         new(No,       Yes,     No,         No,   No),
        ["POST Surveys/Send"] =           new(No,       Yes,     No,         No,   No),
        ["POST Surveys/Close"] =          new(No,       Yes,     No,         No,   No),
        ["GET Surveys/Results"] =         new(No,       Yes,     No,         No,   No),
        ["GET Surveys/ExportResults"] =   new(No,       Yes,     No,         No,   No),
        ["GET SurveyAnswers/Answer"] =    new(No,       Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["POST SurveyAnswers/Answer"] =   new(No,       Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["GET SurveyAnswers/Feedback"] =  new(No,       No,      No,         Yes,  No),
        ["POST Teams/Index"] =            new(No,       Yes,     No,         No,   No),
        // Resources: directors keep each cohort's files and links; any signed-in visitor may ask for a file, and the record
        // check serves it only to a director or to someone enrolled in its cohort for its audience (404 to anyone else).
        ["GET Resources/Cohort"] =        new(No,       Yes,     No,         No,   No),
        ["POST Resources/Add"] =          new(No,       Yes,     No,         No,   No),
        ["POST Resources/Remove"] =       new(No,       Yes,     No,         No,   No),
        ["GET ResourceDownloads/Download"] = new(No,    Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["GET Matches/Sponsor"] =         new(No,       Yes,     No,         No,   No),
        ["POST Matches/Sponsor"] =        new(No,       Yes,     No,         No,   No),
        ["POST Matches/End"] =            new(No,       Yes,     No,         Yes,  Yes),
        ["POST Approvals/Approve"] =      new(No,       Yes,     No,         No,   No),
        ["POST Approvals/Reject"] =       new(No,       Yes,     No,         No,   No),
        ["POST Approvals/ApproveAll"] =   new(No,       Yes,     No,         No,   No),
        ["GET Approvals/Suggest"] =       new(No,       Yes,     No,         No,   No),
        ["POST Approvals/AcceptSuggestions"] = new(No,  Yes,     No,         No,   No),
        // Seed 001's self-registration: the sign-up page and its one-time link work for whoever holds them (the token is the check).
        ["GET Join/Index"] =              new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["POST Join/Index"] =             new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["GET Join/Sent"] =               new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["GET Join/Confirm"] =            new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["POST Join/Confirm"] =           new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        // A network coach keeps their own profile; directors review and pause profiles and keep the areas of experience.
        ["GET Network/Profile"] =         new(No,       No,      No,         Yes,  No),
        ["POST Network/Profile"] =        new(No,       No,      No,         Yes,  No),
        ["POST Network/Region"] =         new(No,       No,      No,         No,   Yes),
        ["GET Network/Coaches"] =         new(No,       Yes,     No,         No,   No),
        ["POST Network/Pause"] =          new(No,       Yes,     No,         No,   No),
        ["POST Network/AddArea"] =        new(No,       Yes,     No,         No,   No),
        ["POST Network/RemoveArea"] =     new(No,       Yes,     No,         No,   No),
        ["GET CoachRequests/Index"] =     new(No,       No,      No,         No,   Yes),
        ["POST CoachRequests/Ask"] =      new(No,       No,      No,         No,   Yes),
        ["GET CoachRequests/Respond"] =   new(No,       No,      No,         Yes,  No),
        ["POST CoachRequests/Respond"] =  new(No,       No,      No,         Yes,  No),
        ["GET Agreement/Edit"] =          new(No,       No,      No,         Yes,  Yes),
        ["POST Agreement/Edit"] =         new(No,       No,      No,         Yes,  Yes),
        ["POST Agreement/Acknowledge"] =  new(No,       No,      No,         Yes,  Yes),
        ["POST Agreement/Renew"] =        new(No,       No,      No,         Yes,  Yes),
        // Seed 002's goals and assignments belong to the pair. The organisation's approver reaches them by role and, like
        // everyone who is not the engagement's coach or client, gets 404 from the record check.
        ["GET Outline/Index"] =           new(No,       Yes,     No,         Yes,  Yes, Approver: Yes),
        ["POST Outline/Submit"] =         new(No,       No,      No,         Yes,  No),
        ["POST Outline/Decide"] =         new(No,       No,      No,         No,   No, Approver: Yes),
        ["GET OutlineReview/Index"] =     new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["POST OutlineReview/Index"] =    new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        ["GET Matches/Approver"] =        new(No,       Yes,     No,         No,   No),
        ["POST Matches/Approver"] =       new(No,       Yes,     No,         No,   No),
        ["GET EngagementWork/Goals"] =    new(No,       No,      No,         Yes,  Yes, Approver: Yes),
        ["POST EngagementWork/Challenge"] = new(No,       No,      No,         Yes,  Yes, Approver: Yes),
        ["POST EngagementWork/AddGoal"] = new(No,       No,      No,         Yes,  Yes, Approver: Yes),
        ["GET EngagementWork/EditGoal"] = new(No,       No,      No,         Yes,  Yes, Approver: Yes),
        ["POST EngagementWork/EditGoal"] = new(No,       No,      No,         Yes,  Yes, Approver: Yes),
        ["POST EngagementWork/MarkGoal"] = new(No,       No,      No,         Yes,  Yes, Approver: Yes),
        ["POST EngagementWork/RemoveGoal"] = new(No,       No,      No,         Yes,  Yes, Approver: Yes),
        ["GET EngagementWork/Assignments"] = new(No,       No,      No,         Yes,  Yes, Approver: Yes),
        ["POST EngagementWork/AddAssignment"] = new(No,       No,      No,         Yes,  Yes, Approver: Yes),
        ["POST EngagementWork/MarkAssignment"] = new(No,       No,      No,         Yes,  Yes, Approver: Yes),
        ["POST EngagementWork/RemoveAssignment"] = new(No,       No,      No,         Yes,  Yes, Approver: Yes),
        // Seed 003's record belongs to the engagement's coach, leader and sponsors (directors are left out); they reach it by
        // role and, like everyone who is not a member, get 404 from the record check.
        ["GET Executive/Outcomes"] =       new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["GET Executive/EditOutcome"] =    new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Executive/AddOutcome"] =    new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Executive/EditOutcome"] =   new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Executive/RemoveOutcome"] = new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["GET Executive/Interviews"] =     new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Executive/AddInterview"] =  new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Executive/MarkInterview"] = new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Executive/RemoveInterview"] = new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["GET Executive/Plan"] =           new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["GET Executive/PlanVersion"] =    new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Executive/SavePlan"] =      new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Executive/Commit"] =        new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["GET Executive/Reviews"] =        new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Executive/RecordReview"] =  new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["GET Roster/Index"] =            new(No,       No,      No,         Yes,  No),
        ["GET Roster/Cohort"] =           new(No,       Yes,     No,         No,   No),
        ["GET Roster/Export"] =           new(No,       Yes,     No,         No,   No),
        // Sessions and calendars belong to the pair; progress and reminders to directors. A sponsor reaches the sessions
        // pages by role and, of those, only the list of the engagement they sponsor (the record check answers 404 to the rest).
        ["GET Sessions/Index"] =          new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["GET Sessions/Schedule"] =       new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Sessions/Schedule"] =      new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["GET Sessions/Reschedule"] =     new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Sessions/Reschedule"] =    new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Sessions/Cancel"] =        new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Sessions/Log"] =           new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["GET Sessions/Note"] =           new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["POST Sessions/Note"] =          new(No,       No,      No,         Yes,  Yes, Sponsor: Yes),
        ["GET Calendar/Index"] =          new(No,       No,      No,         Yes,  Yes),
        ["POST Calendar/Renew"] =         new(No,       No,      No,         Yes,  Yes),
        ["POST Calendar/Revoke"] =        new(No,       No,      No,         Yes,  Yes),
        ["GET Calendar/Feed"] =           new(Yes,      Yes,     Yes,        Yes,  Yes, Sponsor: Yes, Approver: Yes),
        // Coaches take seats in coaches' sessions, participants in participants' ones (the other audience's are not found).
        ["POST Orientation/Register"] =   new(No,       No,      No,         Yes,  Yes),
        ["POST Orientation/Cancel"] =     new(No,       No,      No,         Yes,  Yes),
        ["GET Orientation/Session"] =     new(No,       Yes,     No,         No,   No),
        ["POST Orientation/Attendance"] = new(No,       Yes,     No,         No,   No),
        ["GET Progress/Cohort"] =         new(No,       Yes,     No,         No,   No),
        ["GET Progress/Export"] =         new(No,       Yes,     No,         No,   No),
        ["GET Progress/Sessions"] =       new(No,       Yes,     No,         No,   No),
        ["GET Insight/Index"] =           new(No,       Yes,     No,         No,   No),
        ["GET Outbox/Index"] =            new(No,       Yes,     No,         No,   No),
        ["POST Outbox/Retry"] =           new(No,       Yes,     No,         No,   No),
        ["POST Outbox/Scan"] =            new(No,       Yes,     No,         No,   No),
        ["GET Reminders/Policy"] =        new(No,       Yes,     No,         No,   No),
        ["POST Reminders/Policy"] =       new(No,       Yes,     No,         No,   No),
        // Cohort administration, enrollment, agencies and people: directors only (coordinators see their agency at home).
        ["GET Cohorts/Create"] =          new(No,       Yes,     No,         No,   No),
        ["POST Cohorts/Create"] =         new(No,       Yes,     No,         No,   No),
        ["GET Cohorts/Details"] =         new(No,       Yes,     No,         No,   No),
        ["GET Cohorts/Edit"] =            new(No,       Yes,     No,         No,   No),
        ["POST Cohorts/Edit"] =           new(No,       Yes,     No,         No,   No),
        ["GET Cohorts/Rules"] =           new(No,       Yes,     No,         No,   No),
        ["POST Cohorts/Rules"] =          new(No,       Yes,     No,         No,   No),
        ["POST Cohorts/Archive"] =        new(No,       Yes,     No,         No,   No),
        ["POST Cohorts/Reopen"] =         new(No,       Yes,     No,         No,   No),
        ["GET Milestones/Add"] =          new(No,       Yes,     No,         No,   No),
        // Graduation and the coaches' debrief: directors set them, send the invitations and read the replies; an invited
        // coach or participant answers their own invitation (anyone else's is not found).
        ["GET Events/Cohort"] =           new(No,       Yes,     No,         No,   No),
        ["POST Events/Save"] =            new(No,       Yes,     No,         No,   No),
        ["POST Events/Send"] =            new(No,       Yes,     No,         No,   No),
        ["GET Events/Export"] =           new(No,       Yes,     No,         No,   No),
        ["GET EventReplies/Reply"] =      new(No,       No,      No,         Yes,  Yes),
        ["POST EventReplies/Reply"] =     new(No,       No,      No,         Yes,  Yes),
        ["POST Milestones/Add"] =         new(No,       Yes,     No,         No,   No),
        ["GET Milestones/Edit"] =         new(No,       Yes,     No,         No,   No),
        ["POST Milestones/Edit"] =        new(No,       Yes,     No,         No,   No),
        ["POST Milestones/Move"] =        new(No,       Yes,     No,         No,   No),
        ["POST Milestones/Delete"] =      new(No,       Yes,     No,         No,   No),
        ["GET Orientation/Add"] =         new(No,       Yes,     No,         No,   No),
        ["POST Orientation/Add"] =        new(No,       Yes,     No,         No,   No),
        ["POST Orientation/Delete"] =     new(No,       Yes,     No,         No,   No),
        ["GET Orientation/Edit"] =        new(No,       Yes,     No,         No,   No),
        ["POST Orientation/Edit"] =       new(No,       Yes,     No,         No,   No),
        ["GET Coaches/Index"] =           new(No,       Yes,     No,         No,   No),
        ["POST Coaches/Remind"] =         new(No,       Yes,     No,         No,   No),
        ["POST Coaches/RemindAll"] =      new(No,       Yes,     No,         No,   No),
        ["GET Enrollments/Index"] =       new(No,       Yes,     No,         No,   No),
        ["POST Enrollments/Enroll"] =     new(No,       Yes,     No,         No,   No),
        ["POST Enrollments/Upload"] =     new(No,       Yes,     No,         No,   No),
        ["POST Enrollments/Import"] =     new(No,       Yes,     No,         No,   No),
        ["POST Enrollments/Withdraw"] =   new(No,       Yes,     No,         No,   No),
        // A coordinator's own agency in a cohort, and naming its coaches (the person is checked against their agency).
        ["GET AgencyCohort/Index"] =      new(No,       No,      Yes,        No,   No),
        ["POST AgencyCohort/NameCoach"] = new(No,       No,      Yes,        No,   No),
        ["GET Agencies/Index"] =          new(No,       Yes,     No,         No,   No),
        ["GET Agencies/Create"] =         new(No,       Yes,     No,         No,   No),
        ["POST Agencies/Create"] =        new(No,       Yes,     No,         No,   No),
        ["GET Agencies/Edit"] =           new(No,       Yes,     No,         No,   No),
        ["POST Agencies/Edit"] =          new(No,       Yes,     No,         No,   No),
        ["GET Agencies/Details"] =        new(No,       Yes,     No,         No,   No),
        ["POST Agencies/Coordinator"] =   new(No,       Yes,     No,         No,   No),
        ["GET People/Add"] =              new(No,       Yes,     No,         No,   No),
        ["POST People/Add"] =             new(No,       Yes,     No,         No,   No),
        ["GET People/Edit"] =             new(No,       Yes,     No,         No,   No),
        ["POST People/Edit"] =            new(No,       Yes,     No,         No,   No),
        ["POST People/Invite"] =          new(No,       Yes,     No,         No,   No),
    };
}
