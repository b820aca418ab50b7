using CoachingAcademy.Core.Matching;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.ViewComponents;

/// <summary>The engagement hub's links to seed 003's record (outcomes, 360° interviews, plan), for its coach, leader and
/// sponsors where the cohort keeps one; nothing for anyone else. No query: the hub has read the engagement already.</summary>
public sealed class ExecutiveRecordViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(EngagementView engagement) =>
        engagement.Rules.OutcomesAndPlan && engagement.ViewerRole is MemberRole.Coach or MemberRole.Coachee or MemberRole.Sponsor
            ? View(engagement)
            : Content("");
}
