using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Surveys;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// Whoever is asked answers their own request, once (a second submit shows the first answers); a coach reads the written
/// answers meant for them. Anyone else finds no such survey.
/// </summary>
[Authorize]
public sealed class SurveyAnswersController(CurrentUser currentUser, SurveyService surveys, SurveyQueries queries, IAppDbContext db,
    IValidator<AnswerInput> answerValidator) : Controller
{
    /// <summary>A request's survey, for the person asked only; anyone else finds no such survey.</summary>
    [HttpGet("/Surveys/Answer/{id:int}")]
    public async Task<IActionResult> Answer(int id, CancellationToken ct) => await ShowAnswerAsync(id, new AnswerInput(), ct);

    [HttpPost("/Surveys/Answer/{id:int}")]
    public async Task<IActionResult> Answer(int id, AnswerInput input, CancellationToken ct)
    {
        if (!await answerValidator.ValidateIntoAsync(input, ModelState, fieldless: true))
            return await ShowAnswerAsync(id, input, ct);
        var person = await currentUser.PersonAsync() ?? throw new NotFoundException();
        var result = await surveys.AnswerAsync(id, person.Id, input.ToGiven(), ct);
        switch (result.Outcome)
        {
            case AnswerOutcome.Problems:
                foreach (var (questionId, message) in result.Problems)
                    ModelState.AddModelError($"Answers[{questionId}]", message);
                return await ShowAnswerAsync(id, input, ct);
            case AnswerOutcome.Saved:
                TempData["Status"] = "Thank you: your answers are saved.";
                break;
            case AnswerOutcome.AlreadyAnswered:
                TempData["Status"] = "You had already answered this survey; your first answers stand.";
                break;
            case AnswerOutcome.Closed:
                TempData["Error"] = "This survey is closed: answers are no longer taken.";
                break;
        }
        return Redirect($"/Surveys/Answer/{id}");
    }

    private async Task<IActionResult> ShowAnswerAsync(int id, AnswerInput input, CancellationToken ct)
    {
        var person = await currentUser.PersonAsync();
        var page = person is null ? null : await queries.PageAsync(id, person.Id, ct);
        if (page is null)
            return NotFound();
        ViewData["Survey"] = page;
        return View("Answer", input);
    }

    /// <summary>Seed 002: the written answers the engagement's coach alone reads.</summary>
    [HttpGet("/Surveys/Feedback/{matchId:int}"), Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Feedback(int matchId, CancellationToken ct)
    {
        var person = await currentUser.PersonAsync();
        var feedback = person is null ? null : await queries.FeedbackForCoachAsync(matchId, person.Id, ct);
        if (feedback is null)
            return NotFound();
        ViewData["MatchId"] = matchId;
        ViewData["TimeZoneId"] = await db.Matches.Where(m => m.Id == matchId).Select(m => db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => c.TimeZoneId).Single())
            .SingleAsync(ct);
        return View(feedback);
    }
}
