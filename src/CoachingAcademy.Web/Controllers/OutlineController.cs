using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Sessions;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>The page an engagement's plan and its outline are on.</summary>
public sealed record OutlinePage(EngagementView Engagement, EngagementPlan Plan, DateOnly Today)
{
    public MemberSummary Client => Engagement.Members.First(m => m.Role == MemberRole.Coachee);
    public MemberSummary Coach => Engagement.Members.First(m => m.Role == MemberRole.Coach);
    public bool ViewerIsCoach => Engagement.ViewerRole == MemberRole.Coach;
    public bool ViewerApproves => Engagement.ViewerRole == MemberRole.OrganisationApprover;
    public bool IsActive => Engagement.Status == MatchStatus.Active;
}

/// <summary>
/// Seed 002: an engagement's plan, for its coach and client, the organisation's approvers and the directors. The coach submits
/// the outline of further sessions; an approver, signed in, approves or declines it. Nothing of the sessions' content is here.
/// </summary>
[Authorize(Roles = Roles.Director + "," + Roles.Coach + "," + Roles.Participant + "," + Roles.OrganisationApprover)]
[Route("Engagements/{matchId:int}/Outline")]
public sealed class OutlineController(
    CurrentUser currentUser, MatchQueries matches, PlanQueries plans, OutlineService outlines, TimeProvider clock,
    IValidator<OutlineInput> outlineValidator, IValidator<OutlineDecisionInput> decisionValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int matchId, CancellationToken ct) => View("Index", await PageAsync(matchId, ct));

    [HttpPost(""), Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Submit(int matchId, OutlineInput input, CancellationToken ct)
    {
        var page = await PageAsync(matchId, ct);
        if (!page.ViewerIsCoach)
            return NotFound();
        ViewData["Outline"] = input;
        return await this.SubmitAsync(outlineValidator, input, async () =>
        {
            var outline = await outlines.SubmitAsync(await currentUser.ActorAsync(), matchId, input.AdditionalSessions!.Value, input.PeriodWeeks!.Value,
                input.Reason!, ct);
            TempData["Status"] = $"Outline {outline.Version} is submitted. The organisation's approver has an email with a link to approve or decline it.";
            return RedirectToAction(nameof(Index), new { matchId });
        }, () => View("Index", page));
    }

    [HttpPost("{outlineId:int}/Decide"), Authorize(Roles = Roles.OrganisationApprover)]
    public async Task<IActionResult> Decide(int matchId, int outlineId, OutlineDecisionInput input, CancellationToken ct)
    {
        var page = await PageAsync(matchId, ct);
        if (!page.ViewerApproves)
            return NotFound();
        ViewData["Decision"] = input;
        return await this.SubmitAsync(decisionValidator, input, async () =>
        {
            await outlines.DecideAsync(await currentUser.ActorAsync(), matchId, outlineId, input.Approve, input.Comment, ct);
            TempData["Status"] = input.Approve
                ? "You approved the outline for your organisation. The coach and the client are told."
                : "You declined the outline. The coach and the client are told, and the coach can submit a changed one.";
            return RedirectToAction(nameof(Index), new { matchId });
        }, () => View("Index", page));
    }

    private async Task<OutlinePage> PageAsync(int matchId, CancellationToken ct)
    {
        var engagement = await matches.EngagementAsync(await currentUser.ActorAsync(), matchId, ct, directorsToo: true);
        if (engagement.ViewerRole is MemberRole.Sponsor or MemberRole.Guest or MemberRole.Peer)
            throw new NotFoundException();
        var plan = await plans.ForMatchAsync(matchId, ct) ?? throw new NotFoundException();
        return new OutlinePage(engagement, plan, ProgramTime.Today(clock, engagement.TimeZoneId));
    }
}

/// <summary>
/// Seed 002: the organisation's approver decides on an outline through the one-time link emailed to them, without signing in.
/// The link works once, for <see cref="ApprovalLink.ValidDays"/> days, while its outline waits; otherwise it says why not.
/// </summary>
[AllowAnonymous]
[Route("Outline/Review")]
public sealed class OutlineReviewController(OutlineService outlines, IValidator<OutlineDecisionInput> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? token, CancellationToken ct)
    {
        try
        {
            return View("Review", await outlines.OpenLinkAsync(token, ct));
        }
        catch (DomainException ex)
        {
            return Refused(ex.Message);
        }
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([FromQuery] string? token, OutlineDecisionInput input, CancellationToken ct)
    {
        try
        {
            var linked = await outlines.OpenLinkAsync(token, ct);
            ViewData["Comment"] = input.Comment;
            if (!await validator.ValidateIntoAsync(input, ModelState))
                return View("Review", linked);
            var outline = await outlines.DecideByLinkAsync(token, input.Approve, input.Comment, ct);
            ViewData["Done"] = outline.Decision == OutlineDecision.Approved
                ? $"You approved outline {outline.Version} for your organisation: {linked.Plan.InitialSessions + outline.AdditionalSessions} sessions are now planned in all. The coach and {linked.ClientName} are told."
                : $"You declined outline {outline.Version}. The coach and {linked.ClientName} are told, and the coach can submit a changed one.";
            return View("Decided");
        }
        catch (DomainException ex)
        {
            return Refused(ex.Message);
        }
    }

    private ViewResult Refused(string why)
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        ViewData["Why"] = why;
        return View("Refused");
    }
}
