using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.ViewComponents;

/// <summary>The engagement hub's short section on goals and assignments, for the pair of a kind that has them; nothing
/// for anyone else. Two queries.</summary>
public sealed class EngagementWorkViewComponent(EngagementWorkService work) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(EngagementView engagement)
    {
        if (!engagement.Rules.GoalsAndAssignments || engagement.ViewerRole is not (MemberRole.Coach or MemberRole.Coachee))
            return Content("");
        var summary = await work.SummaryAsync(engagement.ViewerPersonId, engagement.MatchId, engagement.TimeZoneId, HttpContext.RequestAborted);
        return summary is null ? Content("") : View(summary);
    }
}
