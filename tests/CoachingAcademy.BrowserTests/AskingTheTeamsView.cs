using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoachingAcademy.BrowserTests;

/// <summary>
/// Surveys in the browser: a director builds one and attaches it to the peer circle's held meetings, a peer answers it from
/// their home page, and the director sees the totals once three people have answered.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AskingTheTeamsView(BrowserFixture browser)
{
    private const string Survey = "Team meeting check";

    [Fact]
    public async Task A_director_builds_a_survey_a_peer_answers_after_a_meeting_and_the_director_sees_the_totals_of_three()
    {
        var director = await browser.SignInAsync(DemoUsers.Director);
        await director.GetByRole(AriaRole.Link, new() { Name = "Surveys", Exact = true }).First.ClickAsync();
        await director.GetByRole(AriaRole.Link, new() { Name = "New survey" }).ClickAsync();
        await director.GetByLabel("Name", new() { Exact = true }).FillAsync(Survey);
        await director.GetByLabel("Introduction").FillAsync("Two minutes after each meeting.");
        await director.GetByRole(AriaRole.Button, new() { Name = "Create the survey" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync($"\"{Survey}\" is created. Add its questions.");
        await director.GetByLabel("Question", new() { Exact = true }).FillAsync("How useful was the meeting?");
        await director.GetByLabel("Kind of answer").SelectOptionAsync(new SelectOptionValue { Label = "Rating from 1 to 5" });
        await director.GetByRole(AriaRole.Button, new() { Name = "Add the question" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("The question is added.");
        Assert.Empty(await Axe.BlockingViolationsAsync(director));

        var circle = await browser.App.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.PeerCircle).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        await director.GotoAsync($"/Cohorts/Details/{circle}");
        await director.GetByRole(AriaRole.Link, new() { Name = "Surveys", Exact = true }).Last.ClickAsync();
        await director.GetByLabel("Survey", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Survey });
        await director.GetByLabel("When it is asked").SelectOptionAsync(new SelectOptionValue { Label = "After each held session" });
        await director.GetByLabel("Who is asked").SelectOptionAsync(new SelectOptionValue { Label = "Participants" });
        await director.GetByRole(AriaRole.Button, new() { Name = "Attach the survey" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("The survey is attached.");
        Assert.Empty(await Axe.BlockingViolationsAsync(director));

        // The team meets, the meeting is logged as held, and the scan asks each peer who came.
        browser.App.Clock.Advance(TimeSpan.FromMinutes(1));
        await HoldTeamMeetingAsync(circle);
        using (var scope = browser.App.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SurveyScanner>().ScanAsync();

        var peer = await browser.SignInAsync(DemoUsers.Peer);
        await peer.GetByRole(AriaRole.Region, new() { Name = "Surveys for you" }).GetByRole(AriaRole.Link, new() { Name = Survey }).First.ClickAsync();
        await peer.GetByRole(AriaRole.Group, new() { Name = "How useful was the meeting? *" }).GetByLabel("4", new() { Exact = true }).CheckAsync();
        Assert.Empty(await Axe.BlockingViolationsAsync(peer));
        await peer.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(peer.GetByText("Thank you: your answers are saved.")).ToBeVisibleAsync();
        var given = await browser.App.QueryAsync(db => db.SurveyResponses.Where(r => db.SurveyMoments.Any(m => m.Id == r.MomentId && m.Template.Name == Survey))
            .SelectMany(r => r.Answers).Select(a => a.Rating).ToListAsync());
        Assert.Equal([4], given);

        // Two answers of one person's are not three people's: two more peers answer.
        await AnswerAsync("felix.grant@example.org", 4);
        await director.ReloadAsync();
        await director.GetByRole(AriaRole.Link, new() { Name = Survey }).ClickAsync();
        await Assertions.Expect(director.GetByText("Too few answers to show")).ToBeVisibleAsync();
        await AnswerAsync("maya.torres@example.org", 3);
        await director.ReloadAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Table).First).ToContainTextAsync("3 answers; average 3.7 of 5");
        Assert.Empty(await Axe.BlockingViolationsAsync(director));
    }

    private Task HoldTeamMeetingAsync(int circleId) => browser.App.QueryAsync(async db =>
    {
        var now = browser.App.Clock.GetUtcNow().UtcDateTime;
        var team = await db.Matches.Include(m => m.Members)
            .FirstAsync(m => m.CohortId == circleId && m.ParticipantId == null && m.Members.Any(x => x.Person.Email == DemoUsers.Peer));
        var peers = team.Members.Where(x => x.Role == MemberRole.Peer).Select(x => x.PersonId).ToList();
        var meeting = new CoachingSession(team.Id, now.AddMinutes(-150), 120, SessionForm.InPerson, "Harbor Point Utilities, training room B", null, peers[0], now.AddDays(-7));
        db.CoachingSessions.Add(meeting);
        await db.SaveChangesAsync();
        meeting.Log(SessionStatus.Held, peers[0], now, peers, peers);
        return await db.SaveChangesAsync();
    });

    /// <summary>A peer's answer through the survey service, as their own form would send it.</summary>
    private async Task AnswerAsync(string email, int rating)
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Data.AppDbContext>();
        var request = await db.SurveyRequests.Where(r => r.Moment.Template.Name == Survey && db.People.Any(p => p.Id == r.PersonId && p.Email == email))
            .Select(r => new { r.Id, r.PersonId, Question = r.Moment.Template.Questions.Select(q => q.Id).First() }).FirstAsync();
        var result = await scope.ServiceProvider.GetRequiredService<SurveyService>()
            .AnswerAsync(request.Id, request.PersonId, new Dictionary<int, GivenAnswer> { [request.Question] = new(rating, [], null) });
        Assert.Equal(AnswerOutcome.Saved, result.Outcome);
    }
}
