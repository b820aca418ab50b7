using CoachingAcademy.Core.Insight;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Models.Insight;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>The directors' program insight across open cohorts: counts and charts, each with the list behind it. Never a note.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class InsightController(InsightQueries insight, SurveyQueries surveys) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new InsightPage(await insight.ForOpenCohortsAsync(ct), await surveys.ScoresByMonthAsync(ct: ct)));
}
