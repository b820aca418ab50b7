using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;
using Xunit.Abstractions;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>
/// Every page has a budget of SQL commands per request, for each visitor it is for, and costs the same number of commands
/// on the demo program and on a much bigger one: no query per row.
/// </summary>
public sealed class QueryBudgets(ITestOutputHelper output)
{
    /// <summary>
    /// SQL commands one request may send, for the most expensive visitor. One line per page. Every signed-in request
    /// includes one command that checks its cookie's security stamp (EveryRequestStampValidator), so a page that sends no
    /// query of its own costs 1 for a signed-in visitor and 0 for an anonymous one.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, int> Budgets = new Dictionary<string, int>
    {
        ["GET Account/Login"] = 1,
        ["GET Account/AccessDenied"] = 1,
        ["ANY Error/Status"] = 1,
        ["GET Home/Index"] = 16,   // the to-do counts read executive engagements' own calendars in one more query
        ["GET Mail/Index"] = 1,
        ["GET Mail/Show"] = 1,
        ["GET /health/live"] = 1,
        ["GET /health/ready"] = 1,
        ["ANY /hangfire/{**path}"] = 1,
        ["GET Matches/Index"] = 20,
        ["GET Matches/Propose"] = 20,
        ["GET Matches/Details"] = 20,
        ["GET Matches/Sponsor"] = 20,
        ["GET Teams/Index"] = 20,
        ["GET Certificates/Cohort"] = 8,
        ["GET Certificates/Download"] = 8,
        ["GET Certificates/Mine"] = 8,
        ["GET TeamConsent/Index"] = 6,
        ["GET TeamProjects/Index"] = 8,
        ["GET Certificates/MinePdf"] = 8,
        ["GET Surveys/Index"] = 8,
        ["GET Surveys/Create"] = 4,
        ["GET Surveys/Template"] = 8,
        ["GET Surveys/Cohort"] = 12,
        ["GET Surveys/Results"] = 12,
        ["GET Surveys/ExportResults"] = 12,
        ["GET Resources/Cohort"] = 8,
        ["GET Events/Cohort"] = 10,
        ["GET Events/Export"] = 8,
        ["GET EventReplies/Reply"] = 8,
        ["GET ResourceDownloads/Download"] = 4,
        ["GET SurveyAnswers/Answer"] = 10,
        ["GET SurveyAnswers/Feedback"] = 10,
        ["GET Approvals/Suggest"] = 20,
        ["GET CoachRequests/Index"] = 20,
        ["GET Join/Index"] = 2,
        ["GET Join/Sent"] = 2,
        ["GET Join/Confirm"] = 4,
        ["GET Network/Profile"] = 8,
        ["GET Network/Coaches"] = 8,
        ["GET Network/Overview"] = 10,
        ["GET CoachRequests/Respond"] = 20,
        ["GET Agreement/Edit"] = 20,
        ["GET EngagementWork/Goals"] = 8,
        ["GET Outline/Index"] = 12,
        ["GET OutlineReview/Index"] = 6,
        ["GET Applications/Mine"] = 8,
        ["GET Applications/Index"] = 6,
        ["GET ApplicationReview/Index"] = 6,
        ["GET Matches/Approver"] = 20,
        ["GET EngagementWork/EditGoal"] = 8,
        ["GET EngagementWork/Assignments"] = 8,
        ["GET Executive/Outcomes"] = 8,
        ["GET Executive/EditOutcome"] = 8,
        ["GET Executive/Interviews"] = 8,
        ["GET Executive/Plan"] = 8,
        ["GET Executive/PlanVersion"] = 8,
        ["GET Executive/Reviews"] = 8,
        ["GET Executive/Schedule"] = 14,
        ["GET Roster/Index"] = 20,
        ["GET Roster/Cohort"] = 20,
        ["GET Roster/Export"] = 20,
        ["GET Sessions/Index"] = 20,
        ["GET Sessions/Schedule"] = 20,
        ["GET Sessions/Reschedule"] = 20,
        ["GET Sessions/Note"] = 20,
        ["GET Calendar/Index"] = 20,
        ["GET Calendar/Feed"] = 20,
        ["GET Progress/Cohort"] = 20,
        ["GET Progress/Export"] = 20,
        ["GET Progress/Sessions"] = 20,
        ["GET Insight/Index"] = 12,
        ["GET Orientation/Session"] = 20,
        ["GET Outbox/Index"] = 20,
        ["GET Reminders/Policy"] = 20,
        ["GET Account/SetPassword"] = 1,
        ["GET Cohorts/Create"] = 8,
        ["GET Cohorts/Details"] = 12,
        ["GET Cohorts/Edit"] = 12,
        ["GET Cohorts/Rules"] = 12,
        ["GET Milestones/Add"] = 8,
        ["GET Milestones/Edit"] = 8,
        ["GET Orientation/Add"] = 8,
        ["GET Orientation/Edit"] = 8,
        ["GET Coaches/Index"] = 10,
        ["GET Enrollments/Index"] = 10,
        ["GET AgencyCohort/Index"] = 8,
        ["GET Agencies/Index"] = 8,
        ["GET Agencies/Create"] = 8,
        ["GET Agencies/Edit"] = 8,
        ["GET Agencies/Details"] = 10,
        ["GET People/Add"] = 8,
        ["GET People/Edit"] = 8,
    };

    [Fact]
    public async Task Every_page_stays_within_its_budget_and_costs_the_same_on_a_bigger_program()
    {
        await using var app = new AppFactory();
        var pages = EndpointCatalog.Discover(app).Where(e => !e.IsUnsafe || e.Method == "ANY").ToList();
        var missing = pages.Select(p => p.Key).Except(Budgets.Keys).ToList();
        Assert.True(missing.Count == 0, "Pages with no line in QueryBudgets.Budgets: " + string.Join(", ", missing));

        var sessions = new Dictionary<Who, Session>();
        foreach (var who in Visitors.All)
            sessions[who] = await Session.StartAsync(app, who);
        var visits = pages.SelectMany(p => AccessTable.Expectations[p.Key].Allowed.Select(who => (Page: p, Who: who))).ToList();
        var small = new List<int>();
        foreach (var (page, who) in visits)
            small.Add(await app.CountQueriesAsync(sessions[who], page.SamplePath()));

        await ProgramGrowth.GrowAsync(app);

        var wrong = new List<string>();
        for (var i = 0; i < visits.Count; i++)
        {
            var (page, who) = visits[i];
            var large = await app.CountQueriesAsync(sessions[who], page.SamplePath());
            output.WriteLine($"{page.Key,-28} {who,-12} {small[i],3} {large,3} (budget {Budgets[page.Key]})");
            if (large != small[i])
                wrong.Add($"{page.Key} as {who}: {small[i]} commands on the demo program, {large} on a bigger one");
            if (large > Budgets[page.Key])
                wrong.Add($"{page.Key} as {who}: {large} commands, over its budget of {Budgets[page.Key]}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
