using System.Net;
using Microsoft.EntityFrameworkCore;
using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>
/// A form posted with fields its visitor must not set (extra ones a page never shows). <see cref="Check"/> shows they had no
/// effect beyond what the form is for; the database tables named in <see cref="Unchanged"/> must not change at all.
/// </summary>
public sealed record OverpostingCase(string Name, string Endpoint, Who Who, KeyValuePair<string, string>[] Fields,
    Func<AppFactory, Task>? Check = null)
{
    public string[] Unchanged { get; init; } = [];

    public override string ToString() => Name;
}

/// <summary>Overposting: forms bind only their own input models, and extra fields posted to them change nothing.</summary>
public sealed class FieldsARoleMustNotSet(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>What an attacker would add to any form to raise their rights or reach someone else's records.</summary>
    private static readonly KeyValuePair<string, string>[] Privileged =
    [
        new("Id", "1"), new("PersonId", "1"), new("UserId", "1"), new("AgencyId", "2"), new("CohortId", "1"),
        new("Roles", Infrastructure.Identity.Roles.Director), new("Role", Infrastructure.Identity.Roles.Director),
        new("IsArchived", "true"), new("EmailConfirmed", "false"), new("LockoutEnabled", "false"), new("Status", "Approved"),
        new("To", "someone@evil.example.com"), new("Recipient", "someone@evil.example.com"), new("Person.Email", "someone@evil.example.com"),
    ];

    /// <summary>At least one case per form; add one line (or a few) with each new form.</summary>
    public static readonly IReadOnlyList<OverpostingCase> Cases =
    [
        new("A participant signing in cannot give themselves a role or another person",
            "POST Account/Login", Who.Anonymous,
            [new("Email", DemoUsers.Participant), new("Password", DemoUsers.Password), .. Privileged])
        {
            Unchanged = ["AspNetUserRoles", "AspNetUsers", "People", "Cohorts", "Enrollments"],
        },
        new("A director's test message goes to that director alone",
            "POST Mail/SendTest", Who.Director, Privileged,
            app =>
            {
                var newest = new DirectoryInfo(app.MailDirectory).GetFiles("*.eml").OrderByDescending(f => f.Name).First();
                var message = MimeKit.MimeMessage.Load(newest.FullName);
                Assert.Equal(DemoUsers.Director, Assert.Single(message.To.Mailboxes).Address);
                return Task.CompletedTask;
            })
        {
            Unchanged = ["AspNetUserRoles", "AspNetUsers", "People"],
        },
        new("A new cohort is created unarchived, with no one enrolled and no other cohort changed",
            "POST Cohorts/Create", Who.Director,
            [new("Name", "Overposted Academy"), new("TimeZoneId", "America/Los_Angeles"), new("GraduationDate", "2026-06-30"),
             new("DebriefDate", "2026-08-15"), .. Privileged],
            async app =>
            {
                var cohort = await app.QueryAsync(db => db.Cohorts.Include(c => c.Enrollments).SingleAsync(c => c.Name == "Overposted Academy"));
                Assert.False(cohort.IsArchived);
                Assert.Empty(cohort.Enrollments);
            })
        {
            Unchanged = ["AspNetUserRoles", "AspNetUsers", "People", "Enrollments", "Agencies"],
        },
        new("A new agency gets no people and changes no login",
            "POST Agencies/Create", Who.Director,
            [new("Name", "Overposted County"), new("ContactEmail", "coaching@overposted.example.org"), .. Privileged])
        {
            Unchanged = ["AspNetUserRoles", "AspNetUsers", "People", "Cohorts", "Enrollments"],
        },
        // Signing out renews the login's security stamp (AspNetUsers), which ends every copy of its cookie; nothing else.
        new("Signing out changes no one's role or record",
            "POST Account/Logout", Who.Participant, Privileged)
        {
            Unchanged = ["AspNetUserRoles", "People", "Cohorts", "Enrollments"],
        },
    ];

    /// <summary>
    /// Forms reviewed by their input model instead of a posted case: the model has no field a visitor must not set (the
    /// test below checks it), and the record it reaches is checked against the visitor in its service. The value says
    /// which fields that look privileged the form legitimately takes. Prefer a case in <see cref="Cases"/> for new forms.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> ReviewedByModel = new Dictionary<string, string[]>
    {
        ["POST Matches/Propose"] = ["CohortId"],          // the cohort to propose in; a coordinator's agency is checked in the service
        ["POST Matches/End"] = [],
        ["POST Matches/GoOn"] = [],
        ["POST Matches/Sponsor"] = [],
        ["POST Matches/Approver"] = [],
        ["POST Outline/Submit"] = [],
        ["POST Outline/Decide"] = [],
        ["POST OutlineReview/Index"] = [],       // the link's token comes from the query, and names the outline
        ["POST Certificates/Signer"] = [],            // the cohort comes from the URL
        ["POST Certificates/TellSupervisors"] = [],   // the cohort comes from the URL, the supervisors from the accepted applications
        ["POST TeamConsent/Consent"] = [],            // the team comes from the URL, the member from the sign-in
        ["POST TeamConsent/Decline"] = [],
        ["POST TeamProjects/Index"] = [],             // the team comes from the URL, the member and the month from the sign-in and the clock
        ["POST Join/Index"] = [],                // anyone signs up to the network in the URL; JoinAs is what the form is for
        ["POST Join/Confirm"] = [],              // the link's token comes from the query, and names the sign-up
        ["POST Network/Profile"] = [],           // the cohort comes from the URL, the coach from the sign-in; areas must be the cohort's own
        ["POST Network/Region"] = [],            // the cohort comes from the URL, the player from the sign-in
        ["POST Network/Pause"] = [],             // the profile comes from the URL
        ["POST Network/AddArea"] = [],           // the cohort comes from the URL
        ["POST Network/RemoveArea"] = [],        // the cohort and the area come from the URL
        ["POST Teams/Guest"] = [],                      // the cohort comes from the URL
        ["POST Teams/Index"] = ["PeerIds"],             // the people to put in the team; each must be a participant of the cohort in the route
        ["POST Applications/Mine"] = [],          // the cohort comes from the URL, the applicant from the sign-in
        ["POST Applications/Decide"] = [],        // the cohort and the application come from the URL
        ["POST Applications/Resend"] = [],        // the cohort and the application come from the URL
        ["POST ApplicationReview/Index"] = [],    // the link's token comes from the query, and names the application and the approver
        ["POST Approvals/Approve"] = [],
        ["POST Approvals/Reject"] = [],
        ["POST Approvals/ApproveAll"] = [],
        ["POST Approvals/AcceptSuggestions"] = [],
        ["POST CoachRequests/Ask"] = [],
        ["POST CoachRequests/Respond"] = [],
        ["POST Agreement/Edit"] = [],
        ["POST Agreement/Acknowledge"] = [],
        ["POST Agreement/Renew"] = [],
        ["POST Sessions/Schedule"] = [],                  // MatchId must be the visitor's own active match (404 otherwise)
        ["POST Sessions/Reschedule"] = [],
        ["POST Sessions/Cancel"] = [],
        ["POST Sessions/InviteGuest"] = [],       // the meeting comes from the URL, the guest from its cohort
        ["POST Sessions/Log"] = [],
        ["POST Sessions/Note"] = [],
        ["POST Calendar/Renew"] = [],
        ["POST Calendar/Revoke"] = [],
        ["POST Outbox/Retry"] = [],
        ["POST Outbox/Scan"] = [],
        ["POST Reminders/Policy"] = [],
        ["POST Orientation/Register"] = [],
        ["POST Orientation/Cancel"] = [],
        ["POST Orientation/Attendance"] = [],
        ["POST Account/SetPassword"] = ["UserId"],        // the login the invitation names; its one-time token is checked against it
        ["POST Cohorts/Edit"] = [],
        ["POST Cohorts/Rules"] = [],                      // the cohort comes from the URL; the group shape is not a field
        ["POST Cohorts/Archive"] = [],
        ["POST Cohorts/Reopen"] = [],
        ["POST Milestones/Add"] = [],
        ["POST Milestones/Edit"] = [],
        ["POST Milestones/Move"] = [],
        ["POST Milestones/Delete"] = [],
        ["POST Orientation/Add"] = [],
        ["POST Orientation/Delete"] = [],
        ["POST Orientation/Edit"] = [],                   // the session comes from the URL; its audience is never changed by an edit
        ["POST Coaches/Remind"] = [],
        ["POST Coaches/RemindAll"] = [],
        ["POST Enrollments/Enroll"] = ["Role"],           // participant or coach: what the form is for
        ["POST Enrollments/Upload"] = [],
        ["POST Enrollments/Import"] = [],
        ["POST Enrollments/Withdraw"] = [],
        ["POST AgencyCohort/NameCoach"] = [],             // the cohort comes from the URL; CoachId must be of the coordinator's agency (refused otherwise)
        ["POST Agencies/Edit"] = [],
        ["POST Agencies/Coordinator"] = [],
        ["POST People/Add"] = [],
        ["POST People/Edit"] = [],
        ["POST People/Invite"] = [],
        ["POST Surveys/Create"] = [],
        ["POST Surveys/Template"] = [],
        ["POST Surveys/AddQuestion"] = [],
        ["POST Surveys/RemoveQuestion"] = [],
        ["POST Surveys/Copy"] = [],
        ["POST Surveys/Cohort"] = [],                     // the cohort comes from the URL; the survey and step are checked against it
        ["POST Surveys/Send"] = [],
        ["POST Surveys/Close"] = [],
        ["POST Resources/Add"] = [],                      // the cohort comes from the URL, the person who adds it from the sign-in
        ["POST Resources/Remove"] = [],                   // the cohort and the resource come from the URL
        ["POST Events/Save"] = [],                        // the cohort and the event's kind come from the URL
        ["POST Events/Send"] = [],                        // the same; the people invited are the cohort's own
        ["POST EventReplies/Reply"] = [],                 // the invitation comes from the URL and must be the visitor's own (404 otherwise)
        ["POST SurveyAnswers/Answer"] = [],               // the request comes from the URL and must be the visitor's own (404 otherwise)
        // The engagement, goal and assignment come from the URL; the engagement must be the visitor's own pair (404 otherwise).
        ["POST EngagementWork/Challenge"] = [],
        ["POST EngagementWork/AddGoal"] = [],
        ["POST EngagementWork/EditGoal"] = [],
        ["POST EngagementWork/MarkGoal"] = [],
        ["POST EngagementWork/RemoveGoal"] = [],
        ["POST EngagementWork/AddAssignment"] = [],       // SessionId must be one of the engagement's own sessions
        ["POST EngagementWork/MarkAssignment"] = [],
        ["POST EngagementWork/RemoveAssignment"] = [],
        // The engagement, outcome, interview and plan version come from the URL; whoever commits is the signed-in member.
        ["POST Executive/AddOutcome"] = [],
        ["POST Executive/EditOutcome"] = [],
        ["POST Executive/RemoveOutcome"] = [],
        ["POST Executive/AddInterview"] = [],
        ["POST Executive/MarkInterview"] = [],
        ["POST Executive/RemoveInterview"] = [],
        ["POST Executive/SavePlan"] = [],
        ["POST Executive/Commit"] = [],
        ["POST Executive/RecordReview"] = [],
        ["POST Executive/ChangeSchedule"] = [],       // a step's id must be one of the cohort's steps counted from the start
        ["POST Executive/CloseCycle"] = [],           // the cycle closed comes from the URL and must be the current one
    };

    public static TheoryData<string> CaseNames => new(Cases.Select(c => c.Name));

    [Fact]
    public void Forms_reviewed_by_their_model_bind_no_field_a_visitor_must_not_set()
    {
        var privileged = Privileged.Select(p => p.Key.Split('.')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var wrong = new List<string>();
        foreach (var endpoint in EndpointCatalog.Discover(app).Where(e => ReviewedByModel.ContainsKey(e.Key)))
        {
            var allowed = ReviewedByModel[endpoint.Key];
            // Ids in the URL or query (scalar parameters) are the ownership gate's; here, the input models' fields.
            foreach (var model in endpoint.Action!.Parameters.Select(p => p.ParameterType).Where(t => t.IsClass && t != typeof(string)))
            {
                wrong.AddRange(model.GetProperties().Where(p => p.CanWrite).Select(p => p.Name)
                    .Where(n => privileged.Contains(n) && !allowed.Contains(n))
                    .Select(n => $"{endpoint.Key} binds {n}"));
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_form_has_an_overposting_case()
    {
        var forms = EndpointCatalog.Discover(app).Where(e => e.IsUnsafe && e.Method != "ANY" && e.Action is not null).Select(e => e.Key).ToList();

        Assert.NotEmpty(forms);
        var missing = forms.Except(Cases.Select(c => c.Endpoint)).Except(ReviewedByModel.Keys).ToList();
        Assert.True(missing.Count == 0, "Forms with no case in FieldsARoleMustNotSet.Cases: " + string.Join(", ", missing));
    }

    [Fact]
    public void Forms_bind_the_web_layers_input_models_never_entities_or_logins()
    {
        var bound = EndpointCatalog.Discover(app).Where(e => e.IsUnsafe && e.Action is not null)
            .SelectMany(e => e.Action!.Parameters
                .Where(p => p.BindingInfo?.BindingSource?.IsFromRequest != false)
                .Select(p => (e.Key, p.ParameterType)))
            .ToList();

        Assert.NotEmpty(bound);
        var wrong = bound.Where(b => b.ParameterType.Assembly != typeof(Program).Assembly && !IsSimple(b.ParameterType)).ToList();
        Assert.True(wrong.Count == 0, "Forms binding types from outside CoachingAcademy.Web: " + string.Join(", ", wrong.Select(w => $"{w.Key} binds {w.ParameterType.Name}")));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Extra_fields_have_no_effect(string name)
    {
        var overposting = Cases.Single(c => c.Name == name);
        var endpoint = EndpointCatalog.Discover(app).Single(e => e.Key == overposting.Endpoint);
        var session = await Session.StartAsync(app, overposting.Who);
        var before = await DatabaseFingerprint.TakeAsync(app);

        var response = await session.PostAsync(endpoint.SamplePath(), overposting.Fields, method: endpoint.WriteMethod);

        Assert.True((int)response.StatusCode < 400, $"{overposting.Endpoint} answered {(int)response.StatusCode}");
        var changed = (await DatabaseFingerprint.TakeAsync(app)).ChangedSince(before).Intersect(overposting.Unchanged).ToList();
        Assert.True(changed.Count == 0, "Changed: " + string.Join(", ", changed));
        if (overposting.Check is not null)
            await overposting.Check(app);
    }

    [Fact]
    public async Task A_participant_who_posts_a_director_role_while_signing_in_is_still_a_participant()
    {
        var anonymous = await Session.StartAsync(app, Who.Anonymous);
        var client = app.CreateBrowserlessClient();
        var login = await anonymous.PostAsync("/Account/Login",
            [new("Email", DemoUsers.Participant), new("Password", DemoUsers.Password), .. Privileged]);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Session.AuthCookie + "=", StringComparison.Ordinal)).Split(';')[0];
        client.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/Mail")).StatusCode);
        var home = await client.GetStringAsync("/");
        Assert.Contains("Welcome, Jordan Blake", home);
        Assert.DoesNotContain("Cohorts", home);
    }

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
            || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid) || type == typeof(CancellationToken);
    }
}
