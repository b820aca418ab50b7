using CoachingAcademy.Core.Applications;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Events;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Resources;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoachingAcademy.Infrastructure.Demo;

/// <summary>
/// Seeds the fictitious demo program once, dated around today so that the schedule is live: one milestone past,
/// one due soon. Every name is invented and every address is at example.org.
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, UserManager<ApplicationUser> users, IResourceFiles files, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string Password = "coaching-demo-2026";
    public const string TimeZoneId = "America/Los_Angeles";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Agencies.AnyAsync(ct))
            return;

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await SeedProgramAsync(ct);
            await transaction.CommitAsync(ct);
        });
        logger.LogInformation("Demo program seeded; demo accounts use the password '{Password}'.", Password);
    }

    private async Task SeedProgramAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ProgramTime.Today(clock, TimeZoneId);
        var riverbend = new Agency("City of Riverbend", "coaching@riverbend.example.org");
        var lakemont = new Agency("Lakemont County", "coaching@lakemont.example.org");
        db.Agencies.AddRange(riverbend, lakemont);

        var org = new DemoOrgChart(db);
        // City of Riverbend: four levels from the City Manager down.
        var ellery = org.Add(riverbend, "Morgan Ellery", "morgan.ellery", "City Manager", PositionLevel.ChiefExecutive, null);
        var whitfield = org.Add(riverbend, "Dana Whitfield", "coach", "Assistant City Manager", PositionLevel.AssistantManager, ellery);
        var natarajan = org.Add(riverbend, "Priya Natarajan", "priya.natarajan", "Public Works Director", PositionLevel.DepartmentHead, ellery);
        var ortega = org.Add(riverbend, "Luis Ortega", "luis.ortega", "Finance Director", PositionLevel.DepartmentHead, whitfield);
        var cho = org.Add(riverbend, "Hannah Cho", "hannah.cho", "Budget Manager", PositionLevel.SeniorManager, ortega);
        var adeyemi = org.Add(riverbend, "Samuel Adeyemi", "samuel.adeyemi", "Library Services Manager", PositionLevel.SeniorManager, whitfield);
        var coordinator = org.Add(riverbend, "Casey Morgan", "coordinator", "Human Resources Analyst", PositionLevel.Other, whitfield);
        Person[] riverbendParticipants =
        [
            org.Add(riverbend, "Jordan Blake", "participant", "Senior Management Analyst", PositionLevel.Other, cho),
            org.Add(riverbend, "Riley Santos", "riley.santos", "Associate Civil Engineer", PositionLevel.Other, natarajan),
            org.Add(riverbend, "Taylor Nguyen", "taylor.nguyen", "Senior Accountant", PositionLevel.Other, cho),
            org.Add(riverbend, "Emerson Park", "emerson.park", "Supervising Librarian", PositionLevel.Other, adeyemi),
            org.Add(riverbend, "Quinn Foster", "quinn.foster", "Maintenance Supervisor", PositionLevel.Other, natarajan),
            org.Add(riverbend, "Avery Holt", "avery.holt", "Payroll Supervisor", PositionLevel.Other, ortega),
        ];

        // Lakemont County: four levels from the County Administrator down.
        var marsh = org.Add(lakemont, "Elena Marsh", "elena.marsh", "County Administrator", PositionLevel.ChiefExecutive, null);
        var hale = org.Add(lakemont, "Victor Hale", "victor.hale", "Assistant County Administrator", PositionLevel.AssistantManager, marsh);
        var okafor = org.Add(lakemont, "Grace Okafor", "grace.okafor", "Health Services Director", PositionLevel.DepartmentHead, hale);
        var brooks = org.Add(lakemont, "Nathan Brooks", "nathan.brooks", "Planning Director", PositionLevel.DepartmentHead, hale);
        var castell = org.Add(lakemont, "Irene Castell", "irene.castell", "Environmental Health Manager", PositionLevel.SeniorManager, okafor);
        Person[] lakemontParticipants =
        [
            org.Add(lakemont, "Marcus Webb", "marcus.webb", "Associate Planner", PositionLevel.Other, brooks),
            org.Add(lakemont, "Sofia Lindqvist", "sofia.lindqvist", "Epidemiologist", PositionLevel.Other, castell),
            org.Add(lakemont, "Owen Reyes", "owen.reyes", "GIS Analyst", PositionLevel.Other, brooks),
            org.Add(lakemont, "Leah Kim", "leah.kim", "Public Health Nurse Supervisor", PositionLevel.Other, castell),
            org.Add(lakemont, "Diego Alvarez", "diego.alvarez", "Senior Planner", PositionLevel.Other, brooks),
            org.Add(lakemont, "Ruth Bennett", "ruth.bennett", "Administrative Services Officer", PositionLevel.Other, hale),
        ];
        var director = org.Add(null, "Alex Rivera", "director", "Academy Director", PositionLevel.Other, null);
        var coDirector = org.Add(null, "Jamie Sutton", "jamie.sutton", "Academy Co-Director", PositionLevel.Other, null);

        var cohort = new Cohort($"Leadership Academy {today.Year}", TimeZoneId, today.AddDays(50), today.AddDays(100));
        db.Cohorts.Add(cohort);
        foreach (var (offset, n) in new[] { (-84, 1), (-56, 2), (-28, 3), (21, 4) })
            cohort.AddClassSession($"Academy session {n}", today.AddDays(offset));
        var dueOffsets = new[] { -7, 6, 40, 80 };
        foreach (var (step, offset) in ProgramSteps.For(ProgramKind.Academy).Zip(dueOffsets))
            cohort.AddMilestone(step.Name, step.Description, today.AddDays(offset));

        var past = cohort.AddOrientationSession(Utc(today.AddDays(-56), 9), Utc(today.AddDays(-56), 11), "Riverbend City Hall, Council Chambers, 100 Main Street", 10);
        var upcoming = cohort.AddOrientationSession(Utc(today.AddDays(7), 14), Utc(today.AddDays(7), 16), "Video call: https://meet.example.org/academy-orientation", 10);

        Person[] coaches = [ellery, whitfield, natarajan, marsh, hale, okafor];
        foreach (var coach in coaches)
            cohort.Enroll(coach, EnrollmentRole.Coach, now);
        foreach (var participant in riverbendParticipants.Concat(lakemontParticipants))
            cohort.Enroll(participant, EnrollmentRole.Participant, now);
        foreach (var coach in new[] { ellery, natarajan, marsh, okafor })
            past.MarkAttendance(past.Register(coach, now), attended: true, now);
        upcoming.Register(hale, now);
        // The participants' own briefing (not a gate): a few have signed up; the demo participant has not, yet.
        var briefing = cohort.AddOrientationSession(Utc(today.AddDays(10), 17), Utc(today.AddDays(10), 19),
            "Riverbend Central Library, Community Room, 200 Oak Avenue", 20, OrientationAudience.Participants);
        foreach (var participant in lakemontParticipants[3..])
            briefing.Register(participant, now);
        await db.SaveChangesAsync(ct);

        // A few matches, so that every page has something to show: one active (statement half signed), one eligible
        // proposal waiting for approval, and one that breaks the chain-of-command rule.
        var active = new Match(cohort.Id, lakemontParticipants[0], okafor, MatchSource.Coordinator, coordinator.Id, now);
        active.Approve(director.Id, [], now);
        active.Agreement!.Acknowledge(MatchParty.Coach, now);
        db.Matches.AddRange(
            active,
            new Match(cohort.Id, riverbendParticipants[2], natarajan, MatchSource.Coordinator, coordinator.Id, now),
            new Match(cohort.Id, riverbendParticipants[5], whitfield, MatchSource.Coordinator, coordinator.Id, now));
        await db.SaveChangesAsync(ct);

        // The active pair held their informational interview on time and have their next conversation booked.
        var milestones = cohort.Milestones.OrderBy(m => m.Order).ToList();
        var held = new CoachingSession(active.Id, Utc(today.AddDays(-10), 12), 60, SessionForm.InPerson,
            "Lakemont County Health Services, room 204", milestones[0].Id, lakemontParticipants[0].Id, now);
        held.Log(SessionStatus.Held, okafor.Id, now, [okafor.Id, lakemontParticipants[0].Id], []);
        db.CoachingSessions.AddRange(held, new CoachingSession(active.Id, Utc(today.AddDays(4), 15), 60, SessionForm.Video,
            "https://meet.example.org/okafor-webb", milestones[1].Id, lakemontParticipants[0].Id, now));
        // The coaches' debrief (seed 000) is attached, ready for a director to send before the debriefing session.
        db.SurveyMoments.Add(new SurveyMoment(cohort.Id, await ShippedSurveyAsync("Coaches' debrief", ct), MomentKind.Once, null,
            SurveyAudience.Coaches, 14, now));
        await db.SaveChangesAsync(ct);

        // Graduation and the coaches' debrief (seed 000) are set and their invitations sent; a few people have answered.
        // The demo coach and participant have not, yet: their home pages ask them.
        var graduation = new CohortEvent(cohort.Id, CohortEventKind.Graduation, Utc(cohort.GraduationDate, 17), Utc(cohort.GraduationDate, 19),
            "Riverbend City Hall, Council Chambers, 100 Main Street");
        var debrief = new CohortEvent(cohort.Id, CohortEventKind.Debrief, Utc(cohort.DebriefDate, 9), Utc(cohort.DebriefDate, 11),
            "Lakemont County Administration Building, Board Room");
        foreach (var person in coaches.Concat(riverbendParticipants).Concat(lakemontParticipants))
            graduation.Invite(person, now);
        foreach (var coach in coaches)
            debrief.Invite(coach, now);
        foreach (var (person, reply) in new[] { (ellery, EventReply.Yes), (okafor, EventReply.Yes), (hale, EventReply.No), (lakemontParticipants[0], EventReply.Yes), (riverbendParticipants[1], EventReply.Yes) })
            graduation.Invitations.Single(i => i.Person == person).Answer(reply, graduation.StartsAtUtc, now);
        foreach (var (person, reply) in new[] { (ellery, EventReply.Yes), (natarajan, EventReply.No) })
            debrief.Invitations.Single(i => i.Person == person).Answer(reply, debrief.StartsAtUtc, now);
        db.CohortEvents.AddRange(graduation, debrief);
        await db.SaveChangesAsync(ct);

        var executive = await SeedExecutiveCoachingAsync(org, lakemont, director, now, today, ct);
        var peers = await SeedPeerCircleAsync(org, director, now, today, ct);
        var network = await SeedCoachNetworkAsync(org, director, now, today, ct);
        var management = await SeedManagementCoachingAsync(org, director, now, today, ct);
        // Last, so that the other programs keep their ids.
        var finishedPeers = await SeedFinishedCircleAsync(org, director, now, today, ct);
        db.Resources.AddRange(await DemoResources.CreateAsync(files, cohort.Id,
            db.Cohorts.Local.Single(c => c.Kind == ProgramKind.CoachNetwork).Id, director.Id, now, ct));
        await db.SaveChangesAsync(ct);
        var volunteers = await DemoNetworkProfiles.SeedAsync(db, org, network.Coaches, network.Players, now, ct);
        // Last of all, so that no earlier id moves: the circle's applications at every stage, and its division director.
        DemoApplications.Add(db, org, now);
        await db.SaveChangesAsync(ct);

        await org.CreateLoginsAsync(users, Password, person =>
            person == director || person == coDirector ? [Roles.Director]
            : person == coordinator ? [Roles.AgencyCoordinator]
            : coaches.Contains(person) || person == executive.Coach || network.Coaches.Contains(person) || volunteers.Contains(person)
              || person == management.Coach ? [Roles.Coach]
            : riverbendParticipants.Contains(person) || lakemontParticipants.Contains(person) || person == executive.Leader || peers.Contains(person)
              || finishedPeers.Contains(person) || network.Players.Contains(person) || person == management.Client || person == management.SecondClient
                ? [Roles.Participant]
            : person == management.Approver ? [Roles.OrganisationApprover]
            : person == executive.Sponsor ? [Roles.Sponsor]
            : []);
    }

    private sealed record ExecutivePeople(Person Coach, Person Leader, Person Sponsor);

    /// <summary>
    /// Seed 003: an executive coaching engagement of coach, leader and sponsor at its mid-program review. It started 175
    /// days ago; its first six steps were met in sessions (the three-way ones with the sponsor there), coaching meetings were
    /// held every two weeks since, last week's waits to be logged, and the mid-program review is due in five days and booked.
    /// </summary>
    private async Task<ExecutivePeople> SeedExecutiveCoachingAsync(DemoOrgChart org, Agency agency, Person director, DateTime now,
        DateOnly today, CancellationToken ct)
    {
        var coach = org.Add(null, "Robin Achebe", "executive.coach", "Executive Coach", PositionLevel.Other, null);
        var leader = org.Add(agency, "Chris Donovan", "leader", "Director of Community Services", PositionLevel.DepartmentHead, null);
        var sponsor = org.Add(agency, "Pat Lindgren", "sponsor", "Deputy County Administrator", PositionLevel.AssistantManager, null);
        leader.ReportTo(sponsor);
        // Its steps run from each engagement's start, not to a graduation; the dates keep the academy the newest cohort.
        var cohort = new Cohort($"Executive Coaching {today.Year}", TimeZoneId, today.AddDays(40), today.AddDays(45), ProgramKind.ExecutiveCoaching);
        cohort.AddKindSteps(today);
        db.Cohorts.Add(cohort);
        cohort.Enroll(coach, EnrollmentRole.Coach, now);
        cohort.Enroll(leader, EnrollmentRole.Participant, now);
        await db.SaveChangesAsync(ct);

        var startedOn = today.AddDays(-175);
        var started = Utc(startedOn, 9);
        var engagement = new Match(cohort.Id, leader, coach, MatchSource.Director, director.Id, started.AddDays(-7));
        engagement.AddMember(sponsor, MemberRole.Sponsor, started.AddDays(-7));
        engagement.Approve(director.Id, [], started);
        engagement.Agreement!.Acknowledge(MatchParty.Coach, started);
        engagement.Agreement.Acknowledge(MatchParty.Participant, started);
        db.Matches.Add(engagement);
        await db.SaveChangesAsync(ct);

        int[] everyone = [coach.Id, leader.Id, sponsor.Id];
        int[] pair = [coach.Id, leader.Id];
        var steps = cohort.Milestones.OrderBy(m => m.Order).ToList();
        foreach (var step in steps.Where(s => s.DaysAfterStart is int days && days <= 90))
        {
            var session = new CoachingSession(engagement.Id, Utc(startedOn.AddDays(step.DaysAfterStart!.Value - 2), 10), 90,
                SessionForm.InPerson, "Lakemont County Administration, room 310", step.Id, coach.Id, started);
            session.Log(SessionStatus.Held, coach.Id, now, everyone, step.Kind == StepKind.ThreeWayMeeting ? everyone : pair);
            db.CoachingSessions.Add(session);
        }
        // Step 6: coaching meetings of 90 minutes every two weeks since, about the three hours a month the plan asks.
        for (var day = startedOn.AddDays(94); day <= today.AddDays(-10); day = day.AddDays(14))
        {
            var meeting = new CoachingSession(engagement.Id, Utc(day, 10), 90, SessionForm.Video, "https://meet.example.org/donovan-coaching", null,
                coach.Id, started);
            meeting.Log(SessionStatus.Held, coach.Id, now, pair, pair);
            db.CoachingSessions.Add(meeting);
        }
        // The coaching meeting of three days ago waits to be logged; the mid-program review is booked.
        db.CoachingSessions.Add(new CoachingSession(engagement.Id, Utc(today.AddDays(-3), 10), 90, SessionForm.Video,
            "https://meet.example.org/donovan-coaching", null, leader.Id, today.AddDays(-20).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        var review = steps.Single(s => s.DaysAfterStart == 180);
        db.CoachingSessions.Add(new CoachingSession(engagement.Id, Utc(today.AddDays(4), 14), 90, SessionForm.Video,
            "https://meet.example.org/donovan-review", review.Id, coach.Id, now));
        DemoExecutiveRecord.Add(db, engagement.Id, coach, leader, sponsor, startedOn);
        await db.SaveChangesAsync(ct);
        return new ExecutivePeople(coach, leader, sponsor);
    }

    /// <summary>
    /// Seed 004: a peer coaching circle of one organisation, its calendar of eight monthly topics started four months ago.
    /// One team of four is halfway through it (four meetings held, one member away once, yesterday's fifth to log);
    /// three participants wait for a team.
    /// </summary>
    private async Task<IReadOnlyList<Person>> SeedPeerCircleAsync(DemoOrgChart org, Person director, DateTime now, DateOnly today, CancellationToken ct)
    {
        var harbor = new Agency("Harbor Point Utilities", "coaching@harborpoint.example.org");
        db.Agencies.Add(harbor);
        var manager = org.Add(harbor, "Wendell Price", "wendell.price", "General Manager", PositionLevel.ChiefExecutive, null);
        Person[] people =
        [
            org.Add(harbor, "Noor Haddad", "peer", "Customer Service Supervisor", PositionLevel.Other, manager),
            org.Add(harbor, "Felix Grant", "felix.grant", "Water Quality Analyst", PositionLevel.Other, manager),
            org.Add(harbor, "Maya Torres", "maya.torres", "Field Operations Lead", PositionLevel.Other, manager),
            org.Add(harbor, "Ivan Petrov", "ivan.petrov", "Billing Supervisor", PositionLevel.Other, manager),
            org.Add(harbor, "Aisha Bello", "aisha.bello", "Safety Coordinator", PositionLevel.Other, manager),
            org.Add(harbor, "Tom Becker", "tom.becker", "Senior Engineer", PositionLevel.Other, manager),
            org.Add(harbor, "Lena Sorensen", "lena.sorensen", "Procurement Specialist", PositionLevel.Other, manager),
            org.Add(harbor, "Jonah Reed", "jonah.reed", "Asset Records Analyst", PositionLevel.Other, manager),
            org.Add(harbor, "Carmen Diaz", "carmen.diaz", "Customer Accounts Lead", PositionLevel.Other, manager),
        ];
        var started = today.AddDays(-120);
        // No graduation in a circle: the dates hold its calendar and keep the academy the newest cohort.
        var cohort = new Cohort($"Peer Coaching Circle {today.Year}", TimeZoneId, today.AddDays(48), today.AddDays(95), ProgramKind.PeerCircle);
        foreach (var step in ProgramSteps.For(ProgramKind.PeerCircle))
            cohort.AddMilestone(step.Name, step.Description, started.AddDays(step.DaysFromStart), step.Kind);
        db.Cohorts.Add(cohort);
        foreach (var person in people)
            cohort.Enroll(person, EnrollmentRole.Participant, now);
        await db.SaveChangesAsync(ct);

        var team = Match.PeerTeam(cohort.Id, people[..4], director.Id, Utc(started.AddDays(-7), 9));
        foreach (var member in people[..4])
            team.Consent(member.Id, Utc(started.AddDays(-5), 9));
        db.Matches.Add(team);
        await db.SaveChangesAsync(ct);
        var members = people[..4].Select(p => p.Id).ToList();
        var topics = cohort.Milestones.OrderBy(m => m.Order).ToList();
        for (var i = 0; i < 4; i++)
        {
            var meeting = new CoachingSession(team.Id, Utc(topics[i].DueDate!.Value.AddDays(-1), 14), 120, SessionForm.InPerson,
                "Harbor Point Utilities, training room B", topics[i].Id, people[0].Id, Utc(started, 9));
            meeting.Log(SessionStatus.Held, people[0].Id, now, members, i == 2 ? members.Where(id => id != people[3].Id).ToList() : []);
            db.CoachingSessions.Add(meeting);
        }
        // Each member's project status for the months of the meetings held: what they presented at the meeting.
        string[] progress =
        [
            "Mapped the current process with the unit and agreed the measure with my supervisor.",
            "First changes piloted in one unit; the figures for the month are in and going the right way.",
            "Rolled the change out to a second unit; one blocker with the reporting system, raised with the division director.",
            "Reporting fixed; writing up what worked so the other units can take it on.",
        ];
        var months = topics.Take(4).Select(t => t.DueDate!.Value.AddDays(-1)).Select(d => new DateOnly(d.Year, d.Month, 1)).Distinct().ToList();
        foreach (var (month, m) in months.Select((month, m) => (month, m)))
            foreach (var member in people[..3])
                db.ProjectUpdates.Add(new ProjectUpdate(team.Id, member.Id, month, progress[Math.Min(m, progress.Length - 1)], Utc(month.AddDays(10), 9)));
        // Yesterday's meeting on the topic due today waits to be logged.
        db.CoachingSessions.Add(new CoachingSession(team.Id, Utc(today.AddDays(-1), 14), 120, SessionForm.InPerson,
            "Harbor Point Utilities, training room B", topics[4].Id, people[1].Id, Utc(today.AddDays(-20), 9)));
        cohort.NameCertificateSigner(manager.FullName, "General Manager, Harbor Point Utilities");
        cohort.NameMeetingGuest("Alma Reyes", "Branch Deputy, Harbor Point Utilities", "alma.reyes@example.org");
        // Each member who attends a meeting evaluates it, anonymously (seed 004): from yesterday's, once it is logged.
        db.SurveyMoments.Add(new SurveyMoment(cohort.Id, await ShippedSurveyAsync("Meeting evaluation", ct), MomentKind.AfterEachSession, null,
            SurveyAudience.Participants, 14, now));
        await db.SaveChangesAsync(ct);
        return people;
    }

    /// <summary>
    /// Seed 004: last year's circle at Harbor Point, finished. Its one team held all eight meetings; Omar Farouk and Grace Lin
    /// attended every one, Nadia Rahman missed one and Hugo Silva three, so three of them have a certificate of completion and
    /// Hugo Silva does not.
    /// </summary>
    private async Task<IReadOnlyList<Person>> SeedFinishedCircleAsync(DemoOrgChart org, Person director, DateTime now, DateOnly today, CancellationToken ct)
    {
        var harbor = db.Agencies.Local.Single(a => a.Name == "Harbor Point Utilities");
        var manager = db.People.Local.Single(p => p.FullName == "Wendell Price");
        Person[] people =
        [
            org.Add(harbor, "Omar Farouk", "omar.farouk", "Network Technician", PositionLevel.Other, manager),
            org.Add(harbor, "Grace Lin", "grace.lin", "Payroll Supervisor", PositionLevel.Other, manager),
            org.Add(harbor, "Nadia Rahman", "nadia.rahman", "Meter Services Lead", PositionLevel.Other, manager),
            org.Add(harbor, "Hugo Silva", "hugo.silva", "Fleet Coordinator", PositionLevel.Other, manager),
        ];
        var started = today.AddDays(-330);
        var cohort = new Cohort($"Peer Coaching Circle {today.Year - 1}", TimeZoneId, started.AddDays(240), started.AddDays(250), ProgramKind.PeerCircle);
        foreach (var step in ProgramSteps.For(ProgramKind.PeerCircle))
            cohort.AddMilestone(step.Name, step.Description, started.AddDays(step.DaysFromStart), step.Kind);
        cohort.NameCertificateSigner(manager.FullName, "General Manager, Harbor Point Utilities");
        cohort.NameMeetingGuest("Alma Reyes", "Branch Deputy, Harbor Point Utilities", "alma.reyes@example.org");
        db.Cohorts.Add(cohort);
        foreach (var person in people)
            cohort.Enroll(person, EnrollmentRole.Participant, now);
        await db.SaveChangesAsync(ct);

        var team = Match.PeerTeam(cohort.Id, people, director.Id, Utc(started.AddDays(-7), 9));
        foreach (var member in people)
            team.Consent(member.Id, Utc(started.AddDays(-5), 9));
        db.Matches.Add(team);
        await db.SaveChangesAsync(ct);
        var members = people.Select(p => p.Id).ToList();
        var topics = cohort.Milestones.OrderBy(m => m.Order).ToList();
        for (var i = 0; i < topics.Count; i++)
        {
            var absent = new List<int>();
            if (i is 2 or 5 or 6)
                absent.Add(people[3].Id);
            if (i == 4)
                absent.Add(people[2].Id);
            var meeting = new CoachingSession(team.Id, Utc(topics[i].DueDate!.Value.AddDays(-1), 14), 120, SessionForm.InPerson,
                "Harbor Point Utilities, training room B", topics[i].Id, people[0].Id, Utc(started, 9));
            meeting.Log(SessionStatus.Held, people[0].Id, now, members, members.Except(absent).ToList());
            db.CoachingSessions.Add(meeting);
        }
        team.Complete(Utc(topics[^1].DueDate!.Value, 9));
        await db.SaveChangesAsync(ct);
        return people;
    }

    private sealed record NetworkPeople(IReadOnlyList<Person> Coaches, IReadOnlyList<Person> Players);

    /// <summary>
    /// Seed 001: a coach network of volunteer coaches from outside the agencies. Sam Okoro has coached Devon Clarke for 40
    /// days (their exploratory call and the signing of their agreement met); Priya Shah has asked Rita Alvarez, who has
    /// not answered yet. Players at the other stages: Rita Alvarez declined Leo Marsh (her places were full then); Sam Okoro
    /// and Hana Ito parted after two months, no fault.
    /// </summary>
    private async Task<NetworkPeople> SeedCoachNetworkAsync(DemoOrgChart org, Person director, DateTime now, DateOnly today, CancellationToken ct)
    {
        var okoro = org.Add(null, "Sam Okoro", "volunteer.coach", "Retired Fire Chief, volunteer coach", PositionLevel.Other, null);
        var alvarez = org.Add(null, "Rita Alvarez", "rita.alvarez", "Former Library Director, volunteer coach", PositionLevel.Other, null);
        var riverbend = await db.Agencies.SingleAsync(a => a.Name == "City of Riverbend", ct);
        var clarke = org.Add(riverbend, "Devon Clarke", "player", "Recreation Coordinator", PositionLevel.Other, null);
        var shah = org.Add(riverbend, "Priya Shah", "priya.shah", "Housing Specialist", PositionLevel.Other, null);
        var marsh = org.Add(riverbend, "Leo Marsh", "leo.marsh", "Budget Analyst", PositionLevel.Other, null);
        var ito = org.Add(riverbend, "Hana Ito", "hana.ito", "Planning Technician", PositionLevel.Other, null);
        // A network's steps run from each pairing's start; the dates keep the academy the newest cohort.
        var cohort = new Cohort($"Coach Network {today.Year}", TimeZoneId, today.AddDays(44), today.AddDays(46), ProgramKind.CoachNetwork);
        cohort.AddKindSteps(today);
        db.Cohorts.Add(cohort);
        foreach (var coach in new[] { okoro, alvarez })
            cohort.Enroll(coach, EnrollmentRole.Coach, now);
        foreach (var player in new[] { clarke, shah, marsh, ito })
            cohort.Enroll(player, EnrollmentRole.Participant, now);
        await db.SaveChangesAsync(ct);

        var startedOn = today.AddDays(-40);
        var pair = new Match(cohort.Id, clarke, okoro, MatchSource.ParticipantRequest, clarke.Id, Utc(startedOn.AddDays(-3), 9));
        pair.CoachAccepts(Utc(startedOn, 9));
        pair.Approve(null, [], Utc(startedOn, 9), exploratoryCall: true);
        var declined = new Match(cohort.Id, marsh, alvarez, MatchSource.ParticipantRequest, marsh.Id, now.AddDays(-30));
        declined.CoachDeclines(now.AddDays(-28));
        var parted = new Match(cohort.Id, ito, okoro, MatchSource.ParticipantRequest, ito.Id, now.AddDays(-100));
        parted.CoachAccepts(now.AddDays(-99));
        parted.Approve(null, [], now.AddDays(-99), exploratoryCall: true);
        parted.GoOn(MatchParty.Coach, callHeld: true, now.AddDays(-90));
        parted.GoOn(MatchParty.Participant, callHeld: true, now.AddDays(-90));
        parted.End(MatchParty.Participant, ito.Id, null, now.AddDays(-35));
        db.Matches.AddRange(pair, new Match(cohort.Id, shah, alvarez, MatchSource.ParticipantRequest, shah.Id, now.AddDays(-2)), declined, parted);
        await db.SaveChangesAsync(ct);
        var steps = cohort.Milestones.OrderBy(m => m.Order).ToList();
        foreach (var (step, day) in steps.Take(2).Zip([10, 24]))
        {
            var call = new CoachingSession(pair.Id, Utc(startedOn.AddDays(day), 18), 60, SessionForm.Phone, "555-0142", step.Id, clarke.Id, Utc(startedOn, 9));
            if (day == 10)
                call.MarkExploratoryCall();
            call.Log(SessionStatus.Held, okoro.Id, now, [okoro.Id, clarke.Id], []);
            db.CoachingSessions.Add(call);
        }
        var partedCall = new CoachingSession(parted.Id, now.AddDays(-95), 60, SessionForm.Video, "https://meet.example.org/ito", steps[0].Id, ito.Id, now.AddDays(-98));
        partedCall.MarkExploratoryCall();
        partedCall.Log(SessionStatus.Held, okoro.Id, now, [okoro.Id, ito.Id], []);
        db.CoachingSessions.Add(partedCall);
        // After their exploratory call both went on; then they wrote and signed their statement.
        pair.GoOn(MatchParty.Coach, callHeld: true, Utc(startedOn.AddDays(11), 9));
        pair.GoOn(MatchParty.Participant, callHeld: true, Utc(startedOn.AddDays(11), 12));
        pair.Agreement!.Acknowledge(MatchParty.Coach, Utc(startedOn.AddDays(20), 9));
        pair.Agreement.Acknowledge(MatchParty.Participant, Utc(startedOn.AddDays(20), 10));
        await db.SaveChangesAsync(ct);
        return new NetworkPeople([okoro, alvarez], [clarke, shah, marsh, ito]);
    }

    private sealed record ManagementPeople(Person Coach, Person Client, Person SecondClient, Person Approver);

    /// <summary>
    /// Seed 002: management coaching for a client an organisation sends, with the organisation's approver a member of the
    /// engagement. It started 50 days ago; the goals for the first three sessions are set and three sessions are held,
    /// so the coach's outline of further sessions is due next.
    /// </summary>
    private Task<SurveyTemplate> ShippedSurveyAsync(string name, CancellationToken ct) =>
        db.SurveyTemplates.Include(t => t.Questions).SingleAsync(t => t.Name == name, ct);

    private async Task<ManagementPeople> SeedManagementCoachingAsync(DemoOrgChart org, Person director, DateTime now, DateOnly today, CancellationToken ct)
    {
        var westfield = new Agency("Westfield Transit Authority", "coaching@westfield.example.org");
        db.Agencies.Add(westfield);
        var coach = org.Add(null, "Harper Quinn", "management.coach", "Management Coach", PositionLevel.Other, null);
        var approver = org.Add(westfield, "Simone Ward", "approver", "Human Resources Director", PositionLevel.DepartmentHead, null);
        var client = org.Add(westfield, "Elliot Vance", "client", "Operations Manager", PositionLevel.SeniorManager, approver);
        var cohort = new Cohort($"Management Coaching {today.Year}", TimeZoneId, today.AddDays(42), today.AddDays(43), ProgramKind.ManagementCoaching);
        cohort.AddKindSteps(today);
        db.Cohorts.Add(cohort);
        cohort.Enroll(coach, EnrollmentRole.Coach, now);
        cohort.Enroll(client, EnrollmentRole.Participant, now);
        await db.SaveChangesAsync(ct);

        var startedOn = today.AddDays(-50);
        var engagement = new Match(cohort.Id, client, coach, MatchSource.Director, director.Id, Utc(startedOn.AddDays(-5), 9));
        engagement.AddMember(approver, MemberRole.OrganisationApprover, Utc(startedOn.AddDays(-5), 9));
        engagement.Approve(director.Id, [], Utc(startedOn, 9));
        engagement.Agreement!.Acknowledge(MatchParty.Coach, Utc(startedOn.AddDays(2), 9));
        engagement.Agreement.Acknowledge(MatchParty.Participant, Utc(startedOn.AddDays(2), 10));
        db.Matches.Add(engagement);
        await db.SaveChangesAsync(ct);
        var steps = cohort.Milestones.OrderBy(m => m.Order).ToList();
        int[] pair = [coach.Id, client.Id];
        foreach (var (day, step) in new[] { (5, (int?)steps[0].Id), (25, null), (45, steps[1].Id) })
        {
            var session = new CoachingSession(engagement.Id, Utc(startedOn.AddDays(day), 15), 60, SessionForm.InPerson,
                "Westfield Transit Authority, 3rd floor", step, client.Id, Utc(startedOn, 9));
            session.Log(SessionStatus.Held, coach.Id, now, [.. pair, approver.Id], pair);
            db.CoachingSessions.Add(session);
        }
        // Seed 002's input on each session: asked after every held session from now on, and waiting for the client's answer
        // about the third.
        var feedback = new SurveyMoment(cohort.Id, await ShippedSurveyAsync("Session feedback", ct), MomentKind.AfterEachSession, null,
            SurveyAudience.Participants, 14, now);
        db.SurveyMoments.Add(feedback);
        await db.SaveChangesAsync(ct);
        var third = db.CoachingSessions.Local.Where(x => x.MatchId == engagement.Id).MaxBy(x => x.StartsAtUtc)!;
        db.SurveyRequests.Add(new SurveyRequest(feedback.Id, feedback.ClosesAfterDays, client.Id, $"session:{third.Id}", engagement.Id, third.Id, now));
        // Seed 002's end-of-series assessment: asked of the client when the planned sessions are held and the engagement closes.
        db.SurveyMoments.Add(new SurveyMoment(cohort.Id, await ShippedSurveyAsync("End-of-series assessment", ct), MomentKind.EngagementEnd, null,
            SurveyAudience.Participants, 21, now));
        await db.SaveChangesAsync(ct);
        SeedGoalsAndAssignments(engagement.Id, client.Id, startedOn,
            db.CoachingSessions.Local.Where(x => x.MatchId == engagement.Id).OrderBy(x => x.StartsAtUtc).ToList());
        await db.SaveChangesAsync(ct);
        var second = await SeedApprovedOutlineAsync(org, cohort, westfield, coach, approver, director, now, today, ct);
        return new ManagementPeople(coach, client, second, approver);
    }

    /// <summary>
    /// Seed 002, further on: an engagement that started 120 days ago, whose coach outlined four more sessions over twelve
    /// weeks after the third session, approved in writing by the organisation's approver; five of the seven sessions are
    /// held and the sixth is booked.
    /// </summary>
    private async Task<Person> SeedApprovedOutlineAsync(DemoOrgChart org, Cohort cohort, Agency westfield, Person coach, Person approver, Person director,
        DateTime now, DateOnly today, CancellationToken ct)
    {
        var client = org.Add(westfield, "Marisol Reyes", "marisol.reyes", "Maintenance Superintendent", PositionLevel.Other, approver);
        cohort.Enroll(client, EnrollmentRole.Participant, now);
        var startedOn = today.AddDays(-120);
        var engagement = new Match(cohort.Id, client, coach, MatchSource.Director, director.Id, Utc(startedOn.AddDays(-5), 9));
        engagement.AddMember(approver, MemberRole.OrganisationApprover, Utc(startedOn.AddDays(-5), 9));
        engagement.Approve(director.Id, [], Utc(startedOn, 9));
        engagement.Agreement!.Acknowledge(MatchParty.Coach, Utc(startedOn.AddDays(1), 9));
        engagement.Agreement.Acknowledge(MatchParty.Participant, Utc(startedOn.AddDays(1), 11));
        db.Matches.Add(engagement);
        await db.SaveChangesAsync(ct);
        int[] pair = [coach.Id, client.Id];
        foreach (var day in new[] { 5, 20, 35, 55, 75 })
        {
            var session = new CoachingSession(engagement.Id, Utc(startedOn.AddDays(day), 14), 60, day % 2 == 0 ? SessionForm.Phone : SessionForm.Video,
                day % 2 == 0 ? "555-0188" : "https://meet.example.org/reyes-quinn", null, client.Id, Utc(startedOn.AddDays(day - 7), 9));
            session.Log(SessionStatus.Held, coach.Id, Utc(startedOn.AddDays(day), 16), pair, pair);
            db.CoachingSessions.Add(session);
        }
        db.CoachingSessions.Add(new CoachingSession(engagement.Id, Utc(today.AddDays(6), 14), 60, SessionForm.Video,
            "https://meet.example.org/reyes-quinn", null, client.Id, now.AddDays(-3)));
        var outline = new SessionOutline(engagement.Id, 1, 4, 12,
            "Marisol is leading the depot's move to a new shift pattern. Four more sessions over twelve weeks would see her through the consultation with the crews and the first month of the new rota.",
            coach.Id, Utc(startedOn.AddDays(40), 10));
        outline.Decide(true, approver.Id, approver.FullName, "Agreed; please keep to the twelve weeks.", throughLink: false, Utc(startedOn.AddDays(42), 15));
        db.SessionOutlines.Add(outline);
        await db.SaveChangesAsync(ct);
        return client;
    }

    /// <summary>Seed 002: the client's challenge and three goals set at the first session, one met by the third; an assignment
    /// of the second session done, and one of the third open.</summary>
    private void SeedGoalsAndAssignments(int matchId, int clientId, DateOnly startedOn, List<CoachingSession> sessions)
    {
        var first = Utc(startedOn.AddDays(5), 16);
        db.EngagementChallenges.Add(new EngagementChallenge(matchId,
            "Taking over the operations team after a reorganisation: two former peers now report to me, and the service changes due in spring need all of us behind them.",
            first));
        var goals = new[]
        {
            "Agree with each of my five direct reports what they own in the spring service changes",
            "Hold a weekly one-to-one with each direct report and keep to it for a month",
            "Give difficult feedback to a former peer in a way that keeps the working relationship",
        }.Select((text, i) => new EngagementGoal(matchId, text, i + 1, first)).ToList();
        goals[0].Mark(true, Utc(startedOn.AddDays(45), 16));
        db.EngagementGoals.AddRange(goals);
        var (second, third) = (sessions[1], sessions[2]);
        var secondDay = startedOn.AddDays(25);
        var done = new EngagementAssignment(matchId, second.Id, "Draft a one-page responsibilities map of the team and share it with the coach",
            secondDay.AddDays(7), secondDay, clientId, Utc(secondDay, 16));
        done.Mark(true, Utc(secondDay.AddDays(5), 11));
        var thirdDay = startedOn.AddDays(45);
        db.EngagementAssignments.AddRange(done, new EngagementAssignment(matchId, third.Id,
            "Ask two direct reports for feedback on how the weekly one-to-ones are going", thirdDay.AddDays(14), thirdDay, clientId, Utc(thirdDay, 16)));
    }

    private static DateTime Utc(DateOnly day, int hour) => ProgramTime.ToUtc(day.ToDateTime(new TimeOnly(hour, 0)), TimeZoneId);
}
