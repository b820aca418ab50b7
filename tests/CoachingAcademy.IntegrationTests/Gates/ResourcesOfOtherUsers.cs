using System.Net;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using CoachingAcademy.TestSupport.Gates;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>A resource reached by an id in the URL, made for its owner by <see cref="Create"/>; Marker is text only its page shows.</summary>
public sealed record ResourceCase(string Endpoint, Who Owner, Func<AppFactory, Session, Task<(string Path, string Marker)>> Create)
{
    /// <summary>Set when every user of the owner's role may see it by design, with the reason.</summary>
    public string? SharedWithinRoleBecause { get; init; }

    public override string ToString() => Endpoint;
}

/// <summary>
/// Ownership (IDOR): for every endpoint with an id in its URL, a resource is made for one user and requested by another
/// user of the same role and by every other visitor: they get 403 or 404 and none of its data.
/// </summary>
public sealed class ResourcesOfOtherUsers(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>One line per endpoint that reads or changes a resource named by an id in its URL.</summary>
    public static readonly IReadOnlyList<ResourceCase> Cases =
    [
        new("GET Mail/Show", Who.Director, SendTestMailAsync)
        {
            SharedWithinRoleBecause = "the development mail page is the program's outbox, read by every director",
        },
        new("GET Matches/Details", Who.Director, async (a, _) => ($"/Matches/Details/{await LakemontMatchAsync(a)}", "Marcus Webb"))
        {
            SharedWithinRoleBecause = "the directors approve every match together (the organizing committee)",
        },
        new("GET Matches/Sponsor", Who.Director, async (a, _) => ($"/Matches/Sponsor/{await a.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == DemoUsers.Leader).Select(m => m.Id).SingleAsync())}", "Name a sponsor for Chris Donovan"))
        {
            SharedWithinRoleBecause = "the directors name the sponsors of every engagement",
        },
        new("GET Matches/Approver", Who.Director, async (a, _) => ($"/Matches/Approver/{await a.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == DemoUsers.Client).Select(m => m.Id).SingleAsync())}", "approver for Elliot Vance"))
        {
            SharedWithinRoleBecause = "the directors name the organisations' approvers of every engagement",
        },
        new("GET Teams/Index", Who.Director, async (a, _) => ($"/Cohorts/{await a.QueryAsync(db => db.Cohorts.Where(c => c.Kind == Core.Cohorts.ProgramKind.PeerCircle).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync())}/Teams", "Noor Haddad"))
        {
            SharedWithinRoleBecause = "the directors form every cohort's teams",
        },
        new("GET Progress/Cohort", Who.Director, async (a, _) => ($"/Progress/Cohort/{await a.DemoCohortIdAsync()}", "Marcus Webb"))
        {
            SharedWithinRoleBecause = "every director watches every cohort's progress",
        },
        new("GET Roster/Cohort", Who.Director, async (a, _) => ($"/Roster/Cohort/{await a.DemoCohortIdAsync()}", "Marcus Webb"))
        {
            SharedWithinRoleBecause = "every director keeps every cohort's coaching roster",
        },
        new("GET Roster/Export", Who.Director, async (a, _) => ($"/Roster/Cohort/{await a.DemoCohortIdAsync()}/csv", "Marcus Webb"))
        {
            SharedWithinRoleBecause = "every director keeps every cohort's coaching roster",
        },
        new("GET Progress/Export", Who.Director, async (a, _) => ($"/Progress/Cohort/{await a.DemoCohortIdAsync()}/csv", "Marcus Webb"))
        {
            SharedWithinRoleBecause = "every director watches every cohort's progress",
        },
        new("GET Progress/Sessions", Who.Director, async (a, _) => ($"/Progress/Cohort/{await a.DemoCohortIdAsync()}/Sessions/csv", "Marcus Webb"))
        {
            SharedWithinRoleBecause = "every director watches every cohort's progress",
        },
        new("GET Orientation/Session", Who.Director, async (a, _) => ($"/Orientation/Session/{await a.QueryAsync(db => db.OrientationSessions.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync())}", "grace.okafor@example.org"))
        {
            SharedWithinRoleBecause = "every director runs orientation",
        },
        new("GET Orientation/Edit", Who.Director, async (a, _) => ($"/Orientation/Edit/{await a.QueryAsync(db => db.OrientationSessions.Where(s => s.Location.StartsWith("Video call")).Select(s => s.Id).FirstAsync())}", "Video call: https://meet.example.org/academy-orientation"))
        {
            SharedWithinRoleBecause = "every director runs orientation",
        },
        new("GET Cohorts/Details", Who.Director, async (a, _) => ($"/Cohorts/Details/{await a.DemoCohortIdAsync()}", "Add an orientation session"))
        {
            SharedWithinRoleBecause = "the directors run every cohort together",
        },
        new("GET Cohorts/Rules", Who.Director, async (a, _) => ($"/Cohorts/Rules/{await a.DemoCohortIdAsync()}", "Who may coach"))
        {
            SharedWithinRoleBecause = "the directors run every cohort together",
        },
        new("GET Cohorts/Edit", Who.Director, async (a, _) => ($"/Cohorts/Edit/{await a.DemoCohortIdAsync()}", "Coaches' debrief"))
        {
            SharedWithinRoleBecause = "the directors run every cohort together",
        },
        new("GET Milestones/Edit", Who.Director, async (a, _) => ($"/Milestones/Edit/{await a.QueryAsync(db => db.Milestones.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync())}", "What it is for"))
        {
            SharedWithinRoleBecause = "the directors keep every cohort's milestone schedule",
        },
        new("GET Agencies/Edit", Who.Director, async (a, _) => ($"/Agencies/Edit/{await RiverbendAsync(a)}", "coaching@riverbend.example.org"))
        {
            SharedWithinRoleBecause = "the directors keep every agency",
        },
        new("GET Agencies/Details", Who.Director, async (a, _) => ($"/Agencies/Details/{await RiverbendAsync(a)}", "Make coordinator"))
        {
            SharedWithinRoleBecause = "the directors keep every agency's people and coordinators",
        },
        new("GET People/Add", Who.Director, async (a, _) => ($"/Agencies/{await RiverbendAsync(a)}/People/Add", "Whom they report to in City of Riverbend"))
        {
            SharedWithinRoleBecause = "the directors keep every agency's people",
        },
        new("GET People/Edit", Who.Director, async (a, _) => ($"/People/Edit/{await a.PersonIdAsync(DemoUsers.Participant)}", "Senior Management Analyst"))
        {
            SharedWithinRoleBecause = "the directors keep every agency's people",
        },
        new("GET Sessions/Index", Who.Participant, async (a, _) => ($"/Sessions?matchId={(await OwnPairAsync(a)).MatchId}", "Coaching sessions with Priya Natarajan")),
        new("GET Sessions/Schedule", Who.Participant, async (a, _) => ($"/Sessions/Schedule?matchId={(await OwnPairAsync(a)).MatchId}", "Priya Natarajan and Jordan Blake")),
        new("GET Sessions/Reschedule", Who.Participant, async (a, _) => ($"/Sessions/Reschedule/{(await OwnPairAsync(a)).SessionId}", "Priya Natarajan and Jordan Blake")),
        new("GET Sessions/Note", Who.Participant, async (a, _) => ($"/Sessions/Note/{(await OwnPairAsync(a)).SessionId}", OwnNote)),
        new("GET Agreement/Edit", Who.Participant, async (a, _) => ($"/Matches/{(await OwnPairAsync(a)).MatchId}/Agreement", "I agree to this statement")),
        new("GET EngagementWork/Goals", Who.Participant, async (a, _) => ($"/Engagements/{(await OwnManagementPairAsync(a)).MatchId}/Goals", OwnGoal)),
        new("GET EngagementWork/EditGoal", Who.Participant, async (a, _) =>
        {
            var (matchId, goalId) = await OwnManagementPairAsync(a);
            return ($"/Engagements/{matchId}/Goals/{goalId}/Edit", OwnGoal);
        }),
        new("GET Outline/Index", Who.Director, async (a, _) => ($"/Engagements/{await ManagementPairOfOthersAsync(a)}/Outline", "Plan of Marcus Webb"))
        {
            SharedWithinRoleBecause = "the directors follow every engagement's plan and the organisation's approvals",
        },
        new("GET EngagementWork/Assignments", Who.Participant, async (a, _) => ($"/Engagements/{(await OwnManagementPairAsync(a)).MatchId}/Assignments", OwnAssignment)),
        // Seed 003's record: an executive engagement the demo coach keeps, where none of the other visitors is a member.
        new("GET Executive/Outcomes", Who.Coach, async (a, _) => ($"/Engagements/{(await OwnExecutiveAsync(a)).MatchId}/Outcomes", OwnOutcome)),
        new("GET Executive/EditOutcome", Who.Coach, async (a, _) =>
        {
            var (matchId, outcomeId) = await OwnExecutiveAsync(a);
            return ($"/Engagements/{matchId}/Outcomes/{outcomeId}/Edit", OwnOutcome);
        }),
        new("GET Executive/Interviews", Who.Coach, async (a, _) => ($"/Engagements/{(await OwnExecutiveAsync(a)).MatchId}/Interviews", OwnInterviewee)),
        new("GET Executive/Plan", Who.Coach, async (a, _) => ($"/Engagements/{(await OwnExecutiveAsync(a)).MatchId}/Plan", OwnPlanTheme)),
        new("GET Executive/PlanVersion", Who.Coach, async (a, _) => ($"/Engagements/{(await OwnExecutiveAsync(a)).MatchId}/Plan/1", OwnPlanTheme)),
        new("GET Executive/Reviews", Who.Coach, async (a, _) => ($"/Engagements/{(await OwnExecutiveAsync(a)).MatchId}/Reviews", OwnOutcome)),
        // Seed 004's certificates: a member's own, and any member's for the program office.
        new("GET Certificates/Mine", Who.Participant, async (a, _) => ($"/Certificate/{await OwnFinishedTeamAsync(a)}", "Team: Jordan Blake, Quinn Sato, Rosa Ilves")),
        new("GET TeamConsent/Index", Who.Participant, async (a, _) => ($"/Teams/{await OwnFinishedTeamAsync(a)}/Consent", "Rosa Ilves")),
        // A team none of the visitors is in (last year's circle): its members and the program office read its projects.
        new("GET TeamProjects/Index", Who.Director, async (a, _) => ($"/Teams/{await a.QueryAsync(db => db.Matches
            .Where(m => m.ParticipantId == null && m.Members.Any(x => x.Person.Email == "omar.farouk@example.org")).Select(m => m.Id).SingleAsync())}/Projects", "Omar Farouk"))
        {
            SharedWithinRoleBecause = "the program office follows every team's projects (seed 004)",
        },
        new("GET Certificates/MinePdf", Who.Participant, async (a, _) => ($"/Certificate/{await OwnFinishedTeamAsync(a)}/pdf", "Certificate of completion: Jordan Blake")),
        new("GET Certificates/Download", Who.Director, async (a, _) =>
        {
            var team = await a.QueryAsync(db => db.Matches
                .Where(m => m.ParticipantId == null && m.Members.Any(x => x.Person.Email == "omar.farouk@example.org"))
                .Select(m => new { m.CohortId, m.Id, Omar = m.Members.Where(x => x.Person.Email == "omar.farouk@example.org").Select(x => x.PersonId).Single() })
                .SingleAsync());
            return ($"/Cohorts/{team.CohortId}/Certificates/{team.Id}/{team.Omar}", "Certificate of completion: Omar Farouk");
        })
        {
            SharedWithinRoleBecause = "the program office issues every member's certificate",
        },
        new("GET Executive/Schedule", Who.Coach, async (a, _) => ($"/Engagements/{(await OwnExecutiveAsync(a)).MatchId}/Schedule", "Steps and hours of Quinn Harlow")),
        new("GET Surveys/Template", Who.Director, async (a, _) => ($"/Surveys/{await a.QueryAsync(db => db.SurveyTemplates.Where(t => t.Name == "Coaches' debrief").Select(t => t.Id).SingleAsync())}", "Would you coach in the next cohort?"))
        {
            SharedWithinRoleBecause = "the directors build the program's surveys together",
        },
        new("GET Surveys/Results", Who.Director, async (a, _) => ($"/Surveys/Results/{await a.QueryAsync(db => db.SurveyMoments.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync())}", "answered of"))
        {
            SharedWithinRoleBecause = "the directors read every cohort's survey results (totals of three answers or more)",
        },
        new("GET Surveys/ExportResults", Who.Director, async (a, _) => ($"/Surveys/Results/{await a.QueryAsync(db => db.SurveyMoments.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync())}/csv", "Would you coach in the next cohort?"))
        {
            SharedWithinRoleBecause = "the directors read every cohort's survey results (totals of three answers or more)",
        },
        new("GET SurveyAnswers/Answer", Who.Participant, async (a, _) => ($"/Surveys/Answer/{(await OwnSurveyAsync(a)).RequestId}", "Did every member take part?")),
        new("GET SurveyAnswers/Feedback", Who.Coach, async (a, _) => ($"/Surveys/Feedback/{(await OwnSurveyAsync(a)).CoachMatchId}", OwnFeedback)),
        // The coach network's handout is for everyone in that cohort, where none of the other visitors is enrolled.
        new("GET ResourceDownloads/Download", Who.Director, async (a, _) => ($"/Resources/{await a.QueryAsync(db => db.Resources.Where(r => r.Title == "Being a great coach and a winning player").Select(r => r.Id).SingleAsync())}", "A WINNING PLAYER"))
        {
            SharedWithinRoleBecause = "every director keeps every cohort's resources",
        },
        new("GET EventReplies/Reply", Who.Participant, async (a, _) => ($"/Events/{await a.QueryAsync(db => db.EventInvitations.Where(i => i.Person.Email == DemoUsers.Participant).Select(i => i.Id).SingleAsync())}", "Will you attend?")),
        new("GET CoachRequests/Respond", Who.Coach, async (a, _) => ($"/Matches/Respond/{await RequestToDemoCoachAsync(a)}", "Emerson Park asks you to be their coach")),
    ];

    private static Task<int> RiverbendAsync(AppFactory app) =>
        app.QueryAsync(db => db.Agencies.Where(a => a.Name == "City of Riverbend").Select(a => a.Id).SingleAsync());

    private const string OwnNote = "A note Jordan Blake keeps for himself alone";

    private static Task<int> LakemontMatchAsync(AppFactory app) =>
        app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == "marcus.webb@example.org").Select(m => m.Id).FirstAsync());

    /// <summary>The demo participant's own active match (with Priya Natarajan), a booked session and a private note.</summary>
    private static Task<(int MatchId, int SessionId)> OwnPairAsync(AppFactory app) => app.QueryAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var match = await db.Matches.FirstOrDefaultAsync(m => m.Participant!.Email == DemoUsers.Participant && m.Status == MatchStatus.Active);
        if (match is null)
        {
            var jordan = await db.People.SingleAsync(p => p.Email == DemoUsers.Participant);
            var priya = await db.People.SingleAsync(p => p.Email == "priya.natarajan@example.org");
            match = new Match(await db.Cohorts.Select(c => c.Id).FirstAsync(), jordan, priya, MatchSource.Director, null, now);
            match.Approve(1, [], now);
            db.Matches.Add(match);
            await db.SaveChangesAsync();
            var session = new CoachingSession(match.Id, now.AddDays(9), 60, SessionForm.Video, "https://meet.example.org/blake", null, jordan.Id, now);
            db.CoachingSessions.Add(session);
            await db.SaveChangesAsync();
            db.SessionNotes.Add(new SessionNote(session.Id, jordan.Id, OwnNote, now));
            await db.SaveChangesAsync();
        }
        return (match.Id, await db.CoachingSessions.Where(s => s.MatchId == match.Id).Select(s => s.Id).FirstAsync());
    });

    private const string OwnGoal = "A goal Jordan Blake keeps with his coach alone";
    private const string OwnAssignment = "An assignment Jordan Blake agreed with his coach alone";

    /// <summary>The demo participant in a management coaching engagement (seed 002) with Priya Natarajan, with a goal and an assignment.</summary>
    private static Task<(int MatchId, int GoalId)> OwnManagementPairAsync(AppFactory app) => app.QueryAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var existing = await db.EngagementGoals.Where(g => g.Text == OwnGoal).Select(g => new { g.MatchId, g.Id }).FirstOrDefaultAsync();
        if (existing is not null)
            return (existing.MatchId, existing.Id);
        var cohortId = await db.Cohorts.Where(c => c.Kind == Core.Cohorts.ProgramKind.ManagementCoaching).Select(c => c.Id).FirstAsync();
        var match = new Match(cohortId, await db.People.SingleAsync(p => p.Email == DemoUsers.Participant),
            await db.People.SingleAsync(p => p.Email == "priya.natarajan@example.org"), MatchSource.Director, null, now);
        match.Approve(1, [], now);
        db.Matches.Add(match);
        await db.SaveChangesAsync();
        var goal = new EngagementGoal(match.Id, OwnGoal, 1, now);
        db.EngagementGoals.Add(goal);
        var today = DateOnly.FromDateTime(now);
        db.EngagementAssignments.Add(new EngagementAssignment(match.Id, null, OwnAssignment, today.AddDays(7), today, match.PairParticipantId, now));
        await db.SaveChangesAsync();
        return (match.Id, goal.Id);
    });

    /// <summary>A management engagement none of the gates' visitors is in: Priya Natarajan coaching Marcus Webb.</summary>
    private static Task<int> ManagementPairOfOthersAsync(AppFactory app) => app.QueryAsync(async db =>
    {
        var cohortId = await db.Cohorts.Where(c => c.Kind == Core.Cohorts.ProgramKind.ManagementCoaching).Select(c => c.Id).FirstAsync();
        if (await db.Matches.Where(m => m.CohortId == cohortId && m.Participant!.Email == "marcus.webb@example.org").Select(m => (int?)m.Id).FirstOrDefaultAsync() is int id)
            return id;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var match = new Match(cohortId, await db.People.SingleAsync(p => p.Email == "marcus.webb@example.org"),
            await db.People.SingleAsync(p => p.Email == "priya.natarajan@example.org"), MatchSource.Director, null, now);
        match.Approve(1, [], now);
        db.Matches.Add(match);
        await db.SaveChangesAsync();
        return match.Id;
    });

    private const string OwnOutcome = "An outcome Dana Whitfield keeps for the program of Quinn Harlow";
    private const string OwnInterviewee = "Rowan Interviewee-Of-Quinn";
    private const string OwnPlanTheme = "A theme of the plan of Quinn Harlow only its members read";

    /// <summary>The demo coach (Dana Whitfield) in an executive engagement (seed 003) with a leader of her own and no sponsor
    /// the other visitors could be: an outcome, an interviewee and plan version 1.</summary>
    private static Task<(int MatchId, int OutcomeId)> OwnExecutiveAsync(AppFactory app) => app.QueryAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var existing = await db.ProgramOutcomes.Where(o => o.Text == OwnOutcome).Select(o => new { o.MatchId, o.Id }).FirstOrDefaultAsync();
        if (existing is not null)
            return (existing.MatchId, existing.Id);
        var cohortId = await db.Cohorts.Where(c => c.Kind == Core.Cohorts.ProgramKind.ExecutiveCoaching).Select(c => c.Id).FirstAsync();
        var leader = new Core.People.Person("Quinn Harlow", "quinn.harlow@example.org", "Chief Financial Officer", Core.People.PositionLevel.DepartmentHead,
            await db.Agencies.SingleAsync(a => a.Name == "Lakemont County"));
        db.People.Add(leader);
        var coach = await db.People.SingleAsync(p => p.Email == DemoUsers.Coach);
        await db.SaveChangesAsync();
        var match = new Match(cohortId, leader, coach, MatchSource.Director, null, now);
        match.Approve(1, [], now);
        db.Matches.Add(match);
        await db.SaveChangesAsync();
        var outcome = new ProgramOutcome(match.Id, OwnOutcome, "A benchmark of Quinn Harlow's", 1, now);
        db.ProgramOutcomes.Add(outcome);
        db.Interviews360.Add(new Interview360(match.Id, OwnInterviewee, InterviewRelationship.Peer, now));
        db.DevelopmentPlanVersions.Add(DevelopmentPlanVersion.Revise(null, match.Id, new PlanText(OwnPlanTheme, "Practices", "Exercises", "Reading"), coach.Id, now)!);
        await db.SaveChangesAsync();
        return (match.Id, outcome.Id);
    });

    /// <summary>
    /// A team of last year's finished peer circle with the demo participant in it (Jordan Blake, Quinn Sato, Rosa Ilves), all
    /// eight meetings held with everyone there: Jordan Blake's certificate is his alone.
    /// </summary>
    private static Task<int> OwnFinishedTeamAsync(AppFactory app) => app.QueryAsync(async db =>
    {
        var jordan = await db.People.SingleAsync(p => p.Email == DemoUsers.Participant);
        if (await db.Matches.Where(m => m.ParticipantId == null && m.Members.Any(x => x.PersonId == jordan.Id)).Select(m => (int?)m.Id).FirstOrDefaultAsync() is int id)
            return id;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var cohort = await db.Cohorts.Include(c => c.Milestones).Where(c => c.Kind == Core.Cohorts.ProgramKind.PeerCircle).OrderBy(c => c.GraduationDate).FirstAsync();
        var agency = await db.Agencies.SingleAsync(a => a.Name == "Harbor Point Utilities");
        Core.People.Person[] people =
        [
            jordan,
            new("Quinn Sato", "quinn.sato@example.org", "Planner", Core.People.PositionLevel.Other, agency),
            new("Rosa Ilves", "rosa.ilves@example.org", "Analyst", Core.People.PositionLevel.Other, agency),
        ];
        db.People.AddRange(people[1..]);
        await db.SaveChangesAsync();
        var team = Match.PeerTeam(cohort.Id, people, await db.People.Where(p => p.Email == DemoUsers.Director).Select(p => p.Id).SingleAsync(), now.AddDays(-300));
        foreach (var member in people)
            team.Consent(member.Id, now.AddDays(-299));
        db.Matches.Add(team);
        await db.SaveChangesAsync();
        var members = people.Select(p => p.Id).ToList();
        foreach (var step in cohort.Milestones)
        {
            var meeting = new CoachingSession(team.Id, step.DueDate!.Value.ToDateTime(new TimeOnly(21, 0), DateTimeKind.Utc), 120, SessionForm.InPerson, "Room B",
                step.Id, jordan.Id, now.AddDays(-300));
            meeting.Log(SessionStatus.Held, jordan.Id, now, members, members);
            db.CoachingSessions.Add(meeting);
        }
        await db.SaveChangesAsync();
        return team.Id;
    });

    private const string OwnFeedback = "Feedback that Avery Holt writes for Dana Whitfield alone";

    /// <summary>A survey request of the demo participant's (Jordan Blake), and a written answer meant for the demo coach (Dana
    /// Whitfield) from the participant of her match (Avery Holt).</summary>
    private static Task<(int RequestId, int CoachMatchId)> OwnSurveyAsync(AppFactory app) => app.QueryAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var jordan = await db.People.SingleAsync(p => p.Email == DemoUsers.Participant);
        var existing = await db.SurveyRequests.Where(r => r.PersonId == jordan.Id).Select(r => r.Id).FirstOrDefaultAsync();
        var danaMatch = await db.Matches.Where(m => m.Coach!.Email == DemoUsers.Coach && m.Participant!.Email == "avery.holt@example.org").Select(m => new { m.Id, m.CohortId, m.ParticipantId }).FirstAsync();
        if (existing != 0)
            return (existing, danaMatch.Id);
        var evaluation = await db.SurveyTemplates.Include(t => t.Questions).SingleAsync(t => t.Name == "Meeting evaluation");
        var once = new SurveyMoment(danaMatch.CohortId, evaluation, MomentKind.Once, null, SurveyAudience.Participants, 14, now);
        var feedback = await db.SurveyTemplates.Include(t => t.Questions).SingleAsync(t => t.Name == "Session feedback");
        var afterSessions = new SurveyMoment(danaMatch.CohortId, feedback, MomentKind.AfterEachSession, null, SurveyAudience.Participants, 14, now);
        db.SurveyMoments.AddRange(once, afterSessions);
        await db.SaveChangesAsync();
        var request = new SurveyRequest(once.Id, 14, jordan.Id, "once", null, null, now);
        var averys = new SurveyRequest(afterSessions.Id, 14, danaMatch.ParticipantId!.Value, $"match:{danaMatch.Id}", danaMatch.Id, null, now);
        db.SurveyRequests.AddRange(request, averys);
        await db.SaveChangesAsync();
        await db.SurveyRequests.Where(r => r.Id == averys.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.AnsweredAtUtc, now));
        var response = new SurveyResponse(afterSessions.Id, false, averys.Id, DateOnly.FromDateTime(now));
        var written = feedback.Questions.First(q => q.Kind == QuestionKind.LongText);
        response.Add(written, new GivenAnswer(null, [], OwnFeedback));
        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync();
        return (request.Id, danaMatch.Id);
    });

    /// <summary>A participant's request waiting for the demo coach's answer.</summary>
    private static Task<int> RequestToDemoCoachAsync(AppFactory app) => app.QueryAsync(async db =>
    {
        var existing = await db.Matches.Where(m => m.Coach!.Email == DemoUsers.Coach && m.Status == MatchStatus.AwaitingCoach).Select(m => m.Id).FirstOrDefaultAsync();
        if (existing != 0)
            return existing;
        var match = new Match(await db.Cohorts.Select(c => c.Id).FirstAsync(),
            await db.People.SingleAsync(p => p.Email == "emerson.park@example.org"),
            await db.People.SingleAsync(p => p.Email == DemoUsers.Coach), MatchSource.ParticipantRequest, null, app.Clock.GetUtcNow().UtcDateTime);
        db.Matches.Add(match);
        await db.SaveChangesAsync();
        return match.Id;
    });

    public static TheoryData<string> CaseNames => new(Cases.Select(c => c.Endpoint));

    [Fact]
    public void Every_endpoint_with_an_id_in_its_url_has_a_case()
    {
        // Reads are the doors to a record; every change to one is made through the same ownership check in its service,
        // which the feature tests try (ending, logging, noting, answering someone else's record). A cohort id names a
        // program every director runs and the other roles see filtered by their own person, not a record someone owns.
        var withIds = EndpointCatalog.Discover(app)
            .Where(e => e.Method == "GET")
            .Where(e => e.RouteParameters.Any(p => p.Name.Equals("id", StringComparison.OrdinalIgnoreCase) || p.Name.EndsWith("Id", StringComparison.Ordinal))
                && e.Action?.Parameters.Any(p => p.Name != "cohortId" && (p.Name.Equals("id", StringComparison.OrdinalIgnoreCase) || p.Name.EndsWith("Id", StringComparison.Ordinal))) == true)
            .Select(e => e.Key).ToList();

        Assert.Contains("GET Mail/Show", withIds);
        var missing = withIds.Except(Cases.Select(c => c.Endpoint)).ToList();
        Assert.True(missing.Count == 0, "Endpoints with an id in the URL and no case in ResourcesOfOtherUsers.Cases: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Another_user_of_the_same_role_gets_403_or_404_and_no_data(string endpoint)
    {
        var resource = Cases.Single(c => c.Endpoint == endpoint);
        var (path, marker) = await resource.Create(app, await Session.StartAsync(app, resource.Owner));
        var sameRole = await Session.StartAsync(app, resource.Owner, await SecondUsers.EmailAsync(app, resource.Owner));

        var response = await sameRole.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        if (resource.SharedWithinRoleBecause is not null)
        {
            // Shared by design: the other user of the role sees it, which the case states with its reason.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(marker, body);
            return;
        }
        Assert.True(response.IsRefusal(resource.Owner) || response.StatusCode == HttpStatusCode.NotFound,
            $"{path} answered {(int)response.StatusCode} to another {resource.Owner}");
        Assert.DoesNotContain(marker, body);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Every_other_visitor_gets_403_or_404_and_no_data(string endpoint)
    {
        var resource = Cases.Single(c => c.Endpoint == endpoint);
        var owner = await Session.StartAsync(app, resource.Owner);
        var (path, marker) = await resource.Create(app, owner);
        Assert.Contains(marker, await (await owner.GetAsync(path)).Content.ReadAsStringAsync());

        foreach (var who in Visitors.All.Where(w => w != resource.Owner))
        {
            var response = await (await Session.StartAsync(app, who)).GetAsync(path);

            Assert.True(response.IsRefusal(who) || response.StatusCode == HttpStatusCode.NotFound,
                $"{path} answered {(int)response.StatusCode} to {who}");
            Assert.DoesNotContain(marker, await response.Content.ReadAsStringAsync());
        }
    }

    private static async Task<(string, string)> SendTestMailAsync(AppFactory app, Session director)
    {
        var before = Directory.Exists(app.MailDirectory) ? Directory.GetFiles(app.MailDirectory, "*.eml") : [];
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostAsync("/Mail/SendTest", [])).StatusCode);
        // The outbox's worker may take the message before the button sends it itself: wait for the file, whoever writes it.
        string[] Written() => Directory.Exists(app.MailDirectory) ? Directory.GetFiles(app.MailDirectory, "*.eml").Except(before).ToArray() : [];
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Written().Length == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        var file = Written().Single();
        return ("/Mail/Show/" + Path.GetFileNameWithoutExtension(file), "If you can read it, outgoing email works.");
    }
}
