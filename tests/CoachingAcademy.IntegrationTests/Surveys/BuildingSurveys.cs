using System.Net;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Surveys;

/// <summary>A director builds a survey: each broken rule in words next to its field, nothing half saved; its questions are fixed
/// once it is attached, and a copy is free to change.</summary>
public sealed class BuildingSurveys(MailingApp app) : IClassFixture<MailingApp>
{
    [Fact]
    public async Task A_director_builds_a_survey_question_by_question_and_its_questions_are_fixed_once_attached()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var shipped = await director.GetStringAsync("/Surveys");
        foreach (var name in new[] { "Session feedback", "End-of-series assessment", "Meeting evaluation", "Coaches&#x27; debrief" })
            Assert.Contains(name, shipped);

        var noName = await director.PostFormAsync("/Surveys/Create", new() { ["Name"] = "", ["IsAnonymous"] = "true", ["TextReaders"] = "Directors" });
        FieldMessages.Assert(await noName.Content.ReadAsStringAsync(), "Name", "Name the survey");
        var created = await director.PostFormAsync("/Surveys/Create", new()
        {
            ["Name"] = "Orientation check", ["Introduction"] = "After orientation.", ["IsAnonymous"] = "true", ["TextReaders"] = "Directors",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var id = int.Parse(url.Split('/').Last());

        var oneChoice = await director.PostFormAsync($"{url}/Questions", new() { ["Text"] = "Which session?", ["Kind"] = "SingleChoice", ["Choices"] = "Morning", ["Required"] = "true" }, url);
        FieldMessages.Assert(await oneChoice.Content.ReadAsStringAsync(), "Choices", "A choice question needs 2 to 10 different choices");
        var written = await director.PostFormAsync($"{url}/Questions", new() { ["Text"] = "Anything else?", ["Kind"] = "LongText", ["Required"] = "false" }, url);
        FieldMessages.Assert(await written.Content.ReadAsStringAsync(), "Kind", "An anonymous survey asks for ratings and choices only");
        Assert.Equal(0, await app.QueryAsync(db => db.SurveyQuestions.CountAsync(q => q.TemplateId == id)));

        await director.PostFormAsync($"{url}/Questions", new() { ["Text"] = "How clear was orientation?", ["Kind"] = "Rating", ["Required"] = "true" }, url);
        await director.PostFormAsync($"{url}/Questions", new() { ["Text"] = "Which session?", ["Kind"] = "SingleChoice", ["Choices"] = "Morning\nAfternoon\n", ["Required"] = "true" }, url);
        var questions = await app.QueryAsync(db => db.SurveyQuestions.Where(q => q.TemplateId == id).OrderBy(q => q.Position).ToListAsync());
        Assert.Equal(["How clear was orientation?", "Which session?"], questions.Select(q => q.Text));
        Assert.Equal(["Morning", "Afternoon"], questions[1].Options);

        var cohortId = await app.DemoCohortIdAsync();
        await director.AttachAsync(app, cohortId, id, MomentKind.Once, SurveyAudience.Coaches);
        var remove = await director.PostFormAsync($"{url}/Questions/{questions[0].Id}/Remove", [], url);
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Contains("is attached to a cohort, so its questions, its anonymity and who reads its answers stay", await director.GetStringAsync(url));
        Assert.Equal(2, await app.QueryAsync(db => db.SurveyQuestions.CountAsync(q => q.TemplateId == id)));

        var copy = await director.PostFormAsync($"{url}/Copy", [], url);
        var copyId = int.Parse(copy.Headers.Location!.OriginalString.Split('/').Last());
        var copied = await app.QueryAsync(db => db.SurveyTemplates.Include(t => t.Questions).SingleAsync(t => t.Id == copyId));
        Assert.False(copied.IsInUse);
        Assert.Equal("Orientation check (copy)", copied.Name);
        Assert.Equal(2, copied.Questions.Count);
    }

    [Fact]
    public async Task Attaching_needs_a_survey_with_questions_and_a_step_of_the_cohort_and_only_directors_build_surveys()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var cohortId = await app.DemoCohortIdAsync();
        var before = await app.QueryAsync(db => db.SurveyMoments.CountAsync());
        var page = $"/Cohorts/{cohortId}/Surveys";
        var noStep = await director.PostFormAsync(page, new() { ["TemplateId"] = "1", ["Kind"] = "AfterStep", ["Audience"] = "Participants", ["StepId"] = "", ["ClosesAfterDays"] = "14" });
        FieldMessages.Assert(await noStep.Content.ReadAsStringAsync(), "StepId", "Choose the step");
        var otherStep = await app.QueryAsync(db => db.Milestones.Where(m => m.CohortId != cohortId).Select(m => m.Id).FirstAsync());
        var foreign = await director.PostFormAsync(page, new() { ["TemplateId"] = "1", ["Kind"] = "AfterStep", ["Audience"] = "Participants", ["StepId"] = otherStep.ToString(), ["ClosesAfterDays"] = "14" });
        FieldMessages.Assert(await foreign.Content.ReadAsStringAsync(), "StepId", "Choose one of this cohort's steps.");
        var tooLong = await director.PostFormAsync(page, new() { ["TemplateId"] = "1", ["Kind"] = "AfterEachSession", ["Audience"] = "Participants", ["ClosesAfterDays"] = "90" });
        FieldMessages.Assert(await tooLong.Content.ReadAsStringAsync(), "ClosesAfterDays", "A survey stays open for 1 to 60 days.");
        var empty = await director.PostFormAsync("/Surveys/Create", new() { ["Name"] = "Empty", ["IsAnonymous"] = "true", ["TextReaders"] = "Directors" });
        var emptyId = empty.Headers.Location!.OriginalString.Split('/').Last();
        var noQuestions = await director.PostFormAsync(page, new() { ["TemplateId"] = emptyId, ["Kind"] = "Once", ["Audience"] = "Coaches", ["ClosesAfterDays"] = "14" });
        FieldMessages.Assert(await noQuestions.Content.ReadAsStringAsync(), "TemplateId", "\"Empty\" has no questions yet");
        Assert.Equal(before, await app.QueryAsync(db => db.SurveyMoments.CountAsync()));

        foreach (var other in new[] { DemoUsers.Coordinator, DemoUsers.Coach, DemoUsers.Participant, DemoUsers.Sponsor })
        {
            var client = await app.LoginAsync(other);
            Denied.Assert(await client.GetAsync("/Surveys"));
            Denied.Assert(await client.GetAsync(page));
        }
    }
}
