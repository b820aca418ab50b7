using System.Net;
using System.Text.RegularExpressions;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.IntegrationTests.Matching;
using CoachingAcademy.IntegrationTests.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Cohorts;

/// <summary>
/// A cohort of each kind starts with its kind's rules and steps; a director changes a rule on the rules page and the
/// next check follows it. Each test posts the whole rules form from the academy's rules, so the order of tests does not
/// matter.
/// </summary>
public sealed class ChangingACohortsRules(MailingApp app) : IClassFixture<MailingApp>
{
    private static readonly CohortRules Academy = CohortRules.For(ProgramKind.Academy);

    [Theory]
    [InlineData(ProgramKind.Academy)]
    [InlineData(ProgramKind.CoachNetwork)]
    [InlineData(ProgramKind.ManagementCoaching)]
    [InlineData(ProgramKind.ExecutiveCoaching)]
    [InlineData(ProgramKind.PeerCircle)]
    public async Task A_cohort_of_each_kind_starts_with_its_kinds_rules_and_steps(ProgramKind kind)
    {
        var director = await app.LoginAsync(DemoUsers.Director);

        var response = await director.PostFormAsync("/Cohorts/Create", new()
        {
            ["Kind"] = kind.ToString(), ["Name"] = $"{kind} 2027", ["TimeZoneId"] = "America/Chicago",
            ["GraduationDate"] = "2027-03-17", ["DebriefDate"] = "2027-05-19",
        }, tokenPage: "/Cohorts/Create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var cohort = await app.QueryAsync(db => db.Cohorts.Include(c => c.Milestones).SingleAsync(c => c.Id == id));
        Assert.Equal(kind, cohort.Kind);
        Assert.Equal(CohortRules.For(kind), cohort.Rules);
        Assert.Equal(ProgramSteps.For(kind).Select(s => s.Name), cohort.Milestones.OrderBy(m => m.Order).Select(m => m.Name));
        // Seed 002's client is asked after each session and at the end of the series from the start; seed 004's members
        // evaluate each meeting.
        var moments = await app.QueryAsync(db => db.SurveyMoments.Where(m => m.CohortId == id).OrderBy(m => m.Id).Select(m => new { m.TemplateId, m.Kind }).ToListAsync());
        Assert.Equal(KindSurveys.For(kind).Select(s => (s.TemplateId, s.Moment)), moments.Select(m => (m.TemplateId, m.Kind)));
        Assert.Equal(kind switch { ProgramKind.ManagementCoaching => 2, ProgramKind.PeerCircle => 1, _ => 0 }, KindSurveys.For(kind).Count);
        if (kind == ProgramKind.PeerCircle)
            Assert.All(cohort.Milestones, m => Assert.Equal(DayOfWeek.Wednesday, m.DueDate!.Value.DayOfWeek));

        var details = await director.GetStringAsync($"/Cohorts/Details/{id}");
        Assert.Contains($"is created ({kind.DisplayName()})", details);
        var rules = await director.GetStringAsync($"/Cohorts/Rules/{id}");
        Assert.Equal(CohortRules.For(kind).DirectorApproves, IsChecked(rules, "DirectorApproves"));
        Assert.Equal(CohortRules.For(kind).CoachesAtSeniorLevels, IsChecked(rules, "CoachesAtSeniorLevels"));
        Assert.Equal(CohortRules.For(kind).ApplicationRequired, IsChecked(rules, "ApplicationRequired"));
        Assert.Contains($"value=\"{CohortRules.For(kind).SessionMinutes}\"", rules);
    }

    [Fact]
    public async Task With_24_hours_notice_instead_of_48_a_change_30_hours_ahead_needs_no_reason()
    {
        var matchId = await app.ActiveMatchIdAsync();
        var participant = await app.LoginAsync(SessionTestData.Participant);
        await SetRulesAsync(Academy);
        await participant.PostFormAsync("/Sessions/Schedule", SessionTestData.Form(matchId, "2026-03-03", "16:00"), $"/Sessions/Schedule?matchId={matchId}");
        var session = await app.LatestSessionAsync();
        var refused = await participant.PostFormAsync($"/Sessions/Reschedule/{session.Id}",
            SessionTestData.Form(matchId, "2026-03-05", "16:00"), $"/Sessions/Reschedule/{session.Id}");
        FieldMessages.Assert(await refused.Content.ReadAsStringAsync(), "Reason", "This session starts in less than 48 hours: give a reason for the change.");

        await SetRulesAsync(Academy with { NoticeHours = 24 });
        var moved = await participant.PostFormAsync($"/Sessions/Reschedule/{session.Id}",
            SessionTestData.Form(matchId, "2026-03-05", "16:00"), $"/Sessions/Reschedule/{session.Id}");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = await app.LatestSessionAsync();
        Assert.Equal(session.Id, after.Id);
        Assert.Equal(0, after.LateChanges);
        await SetRulesAsync(Academy);
    }

    [Fact]
    public async Task Without_director_approval_a_request_the_coach_accepts_starts_at_once_and_both_are_emailed()
    {
        var cohortId = await app.DemoCohortIdAsync();
        await SetRulesAsync(Academy with { DirectorApproves = false, OrientationRequired = false });
        var participant = await app.LoginAsync(DemoUsers.Participant);
        await participant.PostFormAsync("/CoachRequests/Ask",
            new() { ["cohortId"] = cohortId.ToString(), ["coachId"] = (await app.PersonIdAsync(MatchingPeople.Priya)).ToString() }, tokenPage: "/CoachRequests");
        var match = await app.QueryAsync(db => db.Matches.AsNoTracking().SingleAsync(m => m.Participant!.Email == DemoUsers.Participant && m.Coach!.Email == MatchingPeople.Priya));
        Assert.Equal(MatchStatus.AwaitingCoach, match.Status);

        var coach = await app.LoginAsync(MatchingPeople.Priya);
        var accept = await coach.PostFormAsync($"/Matches/Respond/{match.Id}", new() { ["accept"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        var started = await app.QueryAsync(db => db.Matches.AsNoTracking().SingleAsync(m => m.Id == match.Id));
        Assert.Equal(MatchStatus.Active, started.Status);
        Assert.Null(started.DecidedById);
        var email = await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == DemoUsers.Participant)
            && m.To.Mailboxes.Any(a => a.Address == MatchingPeople.Priya));
        Assert.Contains("Priya Natarajan", email.TextBody);
        await SetRulesAsync(Academy);
    }

    [Fact]
    public async Task When_the_coach_need_not_accept_a_participants_request_goes_straight_to_the_directors()
    {
        var cohortId = await app.DemoCohortIdAsync();
        await SetRulesAsync(Academy with { CoachAccepts = false });
        var participant = await app.LoginAsync("owen.reyes@example.org");

        await participant.PostFormAsync("/CoachRequests/Ask",
            new() { ["cohortId"] = cohortId.ToString(), ["coachId"] = (await app.PersonIdAsync(SessionTestData.Coach)).ToString() }, tokenPage: "/CoachRequests");

        var match = await app.QueryAsync(db => db.Matches.AsNoTracking().SingleAsync(m => m.Participant!.Email == "owen.reyes@example.org" && m.Coach!.Email == SessionTestData.Coach));
        Assert.Equal(MatchStatus.Proposed, match.Status);
        Assert.Null(match.CoachAnsweredAtUtc);
        await SetRulesAsync(Academy);
    }

    [Fact]
    public async Task Without_the_named_sponsor_rule_an_executive_engagement_is_approved_without_one()
    {
        // The demo's (the first of its kind: another test creates a cohort of each kind).
        var cohortId = await app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.ExecutiveCoaching).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var executive = CohortRules.For(ProgramKind.ExecutiveCoaching);
        var leader = await app.QueryAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.Enrollments).SingleAsync(c => c.Id == cohortId);
            var person = await db.People.SingleAsync(p => p.Email == "sofia.lindqvist@example.org");
            cohort.Enroll(person, EnrollmentRole.Participant, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return person.Id;
        });
        var director = await app.LoginAsync(DemoUsers.Director);
        var proposed = await director.PostFormAsync("/Matches/Propose", new()
        {
            ["CohortId"] = cohortId.ToString(), ["ParticipantId"] = leader.ToString(), ["CoachId"] = (await app.PersonIdAsync(DemoUsers.ExecutiveCoach)).ToString(),
        }, $"/Matches/Propose?cohortId={cohortId}");
        var id = int.Parse(proposed.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Contains("No sponsor is named yet", await director.GetStringAsync($"/Matches/Details/{id}"));

        await SetRulesAsync(executive with { SponsorNamed = false }, cohortId);
        var token = await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.ConcurrencyToken).SingleAsync());
        await director.PostFormAsync($"/Approvals/Approve/{id}?cohortId={cohortId}", new() { ["Token"] = token.ToString() }, tokenPage: "/");

        Assert.Equal(MatchStatus.Active, await app.QueryAsync(db => db.Matches.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
        await SetRulesAsync(executive, cohortId);
    }

    [Fact]
    public async Task With_teams_of_two_allowed_a_director_forms_a_team_of_two()
    {
        var cohortId = await app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.PeerCircle).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var circle = CohortRules.For(ProgramKind.PeerCircle);
        var director = await app.LoginAsync(DemoUsers.Director);
        (string, string)[] two = [("PeerIds", (await app.PersonIdAsync("aisha.bello@example.org")).ToString()),
            ("PeerIds", (await app.PersonIdAsync("tom.becker@example.org")).ToString())];
        var refused = await director.PostRepeatedFormAsync($"/Cohorts/{cohortId}/Teams", two, $"/Cohorts/{cohortId}/Teams");
        FieldMessages.Assert(await refused.Content.ReadAsStringAsync(), "PeerIds", "A team has 3 to 4 members; 2 are chosen.");

        await SetRulesAsync(circle with { TeamSizeMin = 2 }, cohortId);
        await PeerApplications.AcceptAsync(app, "aisha.bello@example.org", "tom.becker@example.org");
        var formed = await director.PostRepeatedFormAsync($"/Cohorts/{cohortId}/Teams", two, $"/Cohorts/{cohortId}/Teams");

        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        Assert.Equal(2, await app.QueryAsync(db => db.EngagementMembers.CountAsync(x => x.Person.Email == "aisha.bello@example.org" || x.Person.Email == "tom.becker@example.org")));
        await SetRulesAsync(circle, cohortId);
    }

    [Fact]
    public async Task When_participants_may_not_ask_a_request_is_refused_in_words_and_nothing_is_recorded()
    {
        var cohortId = await app.DemoCohortIdAsync();
        await SetRulesAsync(Academy with { ParticipantsMayAsk = false });
        var participant = await app.LoginAsync(DemoUsers.Participant);
        var before = await app.QueryAsync(db => db.Matches.CountAsync());

        var ask = await participant.PostFormAsync("/CoachRequests/Ask",
            new() { ["cohortId"] = cohortId.ToString(), ["coachId"] = (await app.PersonIdAsync(MatchingPeople.Priya)).ToString() }, tokenPage: "/CoachRequests");

        var page = await participant.GetStringAsync(ask.Headers.Location!.OriginalString);
        Assert.Contains("In this cohort, coaches are matched by the program", page);
        Assert.Equal(before, await app.QueryAsync(db => db.Matches.CountAsync()));
        await SetRulesAsync(Academy);
    }

    [Fact]
    public async Task When_coordinators_may_not_propose_their_proposal_is_refused_and_a_directors_is_not()
    {
        var cohortId = await app.DemoCohortIdAsync();
        await SetRulesAsync(Academy with { CoordinatorsMayPropose = false });
        var form = new Dictionary<string, string>
        {
            ["CohortId"] = cohortId.ToString(),
            ["ParticipantId"] = (await app.PersonIdAsync(MatchingPeople.Emerson)).ToString(),
            ["CoachId"] = (await app.PersonIdAsync(MatchingPeople.Priya)).ToString(),
        };
        var coordinator = await app.LoginAsync(DemoUsers.Coordinator);

        var refused = await coordinator.PostFormAsync("/Matches/Propose", form, tokenPage: $"/Matches/Propose?cohortId={cohortId}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("proposed by the program&#x27;s directors", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.QueryAsync(db => db.Matches.CountAsync(m => m.Participant!.Email == MatchingPeople.Emerson && m.Coach!.Email == MatchingPeople.Priya)));
        var director = await app.LoginAsync(DemoUsers.Director);
        var proposed = await director.PostFormAsync("/Matches/Propose", form, tokenPage: $"/Matches/Propose?cohortId={cohortId}");
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        await SetRulesAsync(Academy);
    }

    [Fact]
    public async Task The_schedule_form_starts_with_the_cohorts_session_length_and_the_pair_count_against_its_minimum()
    {
        var matchId = await app.ActiveMatchIdAsync();
        await SetRulesAsync(Academy with { SessionMinutes = 90, MinimumSessions = 5, PlannedSessions = 6 });
        var participant = await app.LoginAsync(SessionTestData.Participant);

        var form = await participant.GetStringAsync($"/Sessions/Schedule?matchId={matchId}");
        var sessions = await participant.GetStringAsync($"/Sessions?matchId={matchId}");

        Assert.Matches("name=\"DurationMinutes\"[^>]*value=\"90\"|value=\"90\"[^>]*name=\"DurationMinutes\"", form);
        Assert.Contains("of at least 5 sessions held", sessions);
        await SetRulesAsync(Academy);
        Assert.Contains("of at least 3 sessions held", await participant.GetStringAsync($"/Sessions?matchId={matchId}"));
    }

    [Fact]
    public async Task Rules_that_cannot_hold_are_told_next_to_their_fields_and_nothing_is_saved()
    {
        var cohortId = await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var form = Form(Academy with { MinimumSessions = 4 });
        form["SessionMinutes"] = "5";
        form["PlannedSessions"] = "2";
        form["NoticeHours"] = "-1";
        form["RhythmDays"] = "3";

        var response = await director.PostFormAsync($"/Cohorts/Rules/{cohortId}", form, tokenPage: $"/Cohorts/Rules/{cohortId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        FieldMessages.Assert(html, "SessionMinutes", "A session lasts between 15 and 240 minutes.");
        FieldMessages.Assert(html, "PlannedSessions", "The planned sessions cannot be fewer than the minimum.");
        FieldMessages.Assert(html, "NoticeHours", "Notice is between 0 hours (none) and two weeks (336 hours).");
        FieldMessages.Assert(html, "RhythmDays", "Sessions are due every 7 to 365 days, or leave it empty.");
        Assert.Equal(Academy, await app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Rules).SingleAsync()));
    }

    [Fact]
    public async Task Only_a_director_reads_or_changes_a_cohorts_rules()
    {
        var cohortId = await app.DemoCohortIdAsync();
        foreach (var who in new[] { DemoUsers.Coordinator, DemoUsers.Coach, DemoUsers.Participant })
        {
            var visitor = await app.LoginAsync(who);
            Denied.Assert(await visitor.GetAsync($"/Cohorts/Rules/{cohortId}"));
            Denied.Assert(await visitor.PostFormAsync($"/Cohorts/Rules/{cohortId}", Form(Academy with { DirectorApproves = false }), tokenPage: "/"));
        }
        Assert.Equal(Academy, await app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Rules).SingleAsync()));
        var director = await app.LoginAsync(DemoUsers.Director);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync("/Cohorts/Rules/999999")).StatusCode);
    }

    /// <summary>The rules form as a director posts it, from a whole set of rules.</summary>
    private static Dictionary<string, string> Form(CohortRules rules) => new()
    {
        ["TeamSizeMin"] = rules.TeamSizeMin.ToString(), ["TeamSizeMax"] = rules.TeamSizeMax.ToString(),
        ["CoachesAtSeniorLevels"] = Bool(rules.CoachesAtSeniorLevels), ["CrossAgency"] = Bool(rules.CrossAgency),
        ["ExcludeChainOfCommand"] = Bool(rules.ExcludeChainOfCommand), ["OrientationRequired"] = Bool(rules.OrientationRequired),
        ["ParticipantsMayAsk"] = Bool(rules.ParticipantsMayAsk), ["CoordinatorsMayPropose"] = Bool(rules.CoordinatorsMayPropose),
        ["CoachAccepts"] = Bool(rules.CoachAccepts), ["DirectorApproves"] = Bool(rules.DirectorApproves),
        ["OrganisationApproves"] = Bool(rules.OrganisationApproves), ["SponsorNamed"] = Bool(rules.SponsorNamed),
        ["ApplicationRequired"] = Bool(rules.ApplicationRequired), ["StepDates"] = rules.StepDates.ToString(),
        ["SessionMinutes"] = rules.SessionMinutes.ToString(), ["MinimumSessions"] = rules.MinimumSessions.ToString(),
        ["PlannedSessions"] = rules.PlannedSessions?.ToString() ?? "", ["NoticeHours"] = rules.NoticeHours.ToString(), ["RhythmDays"] = rules.RhythmDays?.ToString() ?? "",
        ["StartsAfterClassSession"] = rules.StartsAfterClassSession?.ToString() ?? "", ["GraduationAndDebrief"] = Bool(rules.GraduationAndDebrief),
        ["GoalsAndAssignments"] = Bool(rules.GoalsAndAssignments),
        ["OutcomesAndPlan"] = Bool(rules.OutcomesAndPlan), ["MaxMissedMeetings"] = rules.MaxMissedMeetings?.ToString() ?? "",
    };

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>Posts the rules form for a cohort (the demo academy unless named).</summary>
    private async Task SetRulesAsync(CohortRules rules, int? cohort = null)
    {
        var cohortId = cohort ?? await app.DemoCohortIdAsync();
        var director = await app.LoginAsync(DemoUsers.Director);
        var response = await director.PostFormAsync($"/Cohorts/Rules/{cohortId}", Form(rules), tokenPage: $"/Cohorts/Rules/{cohortId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(rules, await app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Rules).SingleAsync()));
    }

    private static bool IsChecked(string html, string field) =>
        Regex.Match(html, $"<input[^>]*type=\"checkbox\"[^>]*id=\"{field}\"[^>]*>").Value.Contains("checked", StringComparison.Ordinal);
}
