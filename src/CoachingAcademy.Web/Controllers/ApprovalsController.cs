using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Matching.Suggestions;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Matching;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>The directors' decisions (seed 000's organizing committee): approve, reject, approve all eligible, suggestions.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class ApprovalsController(
    CurrentUser currentUser, MatchingService matching, SuggestionService suggestions, IValidator<RejectInput> rejectValidator) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Approve(int id, DecisionInput input, int cohortId, CancellationToken ct) =>
        await Decide(cohortId, async actor =>
        {
            await matching.ApproveAsync(actor, id, input.Token, ct);
            return "Approved. The coach, the participant and the agency contact are notified by email.";
        });

    [HttpPost]
    public async Task<IActionResult> Reject(int id, RejectInput input, int cohortId, CancellationToken ct)
    {
        if (!await rejectValidator.ValidateIntoAsync(input, ModelState))
        {
            TempData["Error"] = ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage;
            return RedirectToAction("Index", "Matches", new { cohortId });
        }
        return await Decide(cohortId, async actor =>
        {
            await matching.RejectAsync(actor, id, input.Token, input.Reason!, ct);
            return "Rejected. The agency contact is told why by email.";
        });
    }

    [HttpPost]
    public async Task<IActionResult> ApproveAll(int cohortId, CancellationToken ct) =>
        await Decide(cohortId, async actor =>
        {
            var (approved, skipped) = await matching.ApproveAllEligibleAsync(actor, cohortId, ct);
            return $"{approved} match{(approved == 1 ? "" : "es")} approved; {skipped} left waiting because they break a rule.";
        });

    [HttpGet]
    public async Task<IActionResult> Suggest(int cohortId, CancellationToken ct)
    {
        var result = await suggestions.SuggestAsync(cohortId, ct);
        if (result is null)
            return NotFound();
        ViewData["CohortId"] = cohortId;
        return View(result);
    }

    [HttpPost]
    public async Task<IActionResult> AcceptSuggestions(int cohortId, AcceptSuggestionsInput input, CancellationToken ct)
    {
        var parsed = input.Parsed();
        if (parsed.Count == 0)
        {
            TempData["Error"] = "Choose at least one suggested match to propose.";
            return RedirectToAction(nameof(Suggest), new { cohortId });
        }
        var created = await suggestions.AcceptAsync(await currentUser.ActorAsync(), cohortId, parsed, ct);
        TempData["Status"] = $"{created} suggested match{(created == 1 ? " is" : "es are")} now proposed and waiting for approval.";
        return RedirectToAction("Index", "Matches", new { cohortId, status = MatchStatus.Proposed });
    }

    private async Task<IActionResult> Decide(int cohortId, Func<Actor, Task<string>> decision)
    {
        try
        {
            TempData["Status"] = await decision(await currentUser.ActorAsync());
        }
        catch (Exception ex) when (ex is DomainException or ConcurrencyConflictException)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction("Index", "Matches", new { cohortId });
    }
}
