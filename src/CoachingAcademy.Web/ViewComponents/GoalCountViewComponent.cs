using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Engagements;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.ViewComponents;

/// <summary>On a match's page: that goals exist and how many are met, never their words (seed 002). One query, and none
/// for a kind without goals.</summary>
public sealed class GoalCountViewComponent(EngagementWorkService work) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int matchId, CohortRules rules, bool isPair)
    {
        if (!rules.GoalsAndAssignments)
            return Content("");
        ViewData["IsPair"] = isPair;
        ViewData["MatchId"] = matchId;
        return View(await work.GoalCountAsync(matchId, HttpContext.RequestAborted));
    }
}
