using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Matching;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Matches of a cohort: the list (with the approval queue for directors), proposing, one match, ending it.</summary>
public sealed class MatchesController(
    CurrentUser currentUser, MatchQueries queries, MatchingService matching, CohortQueries cohorts,
    IValidator<ProposeMatchInput> proposeValidator, IValidator<EndMatchInput> endValidator, IValidator<MemberInput> memberValidator) : Controller
{
    [HttpGet, Authorize(Roles = Roles.Director + "," + Roles.AgencyCoordinator)]
    public async Task<IActionResult> Index(int? cohortId, MatchStatus? status, int page = 1, CancellationToken ct = default)
    {
        var open = await cohorts.OpenCohortsAsync(ct);
        var id = cohortId ?? (open.Count > 0 ? open[0].Id : 0);
        var list = await queries.ListAsync(await currentUser.ActorAsync(), id, status, page, ct: ct);
        if (list is null)
            return open.Count == 0 && cohortId is null ? View("NoCohort") : NotFound();
        ViewData["Cohorts"] = open;
        return View(list);
    }

    [HttpGet, Authorize(Roles = Roles.Director + "," + Roles.AgencyCoordinator)]
    public async Task<IActionResult> Propose(int cohortId, CancellationToken ct) =>
        await ProposeForm(new ProposeMatchInput { CohortId = cohortId }, ct);

    [HttpPost, Authorize(Roles = Roles.Director + "," + Roles.AgencyCoordinator)]
    public async Task<IActionResult> Propose(ProposeMatchInput input, CancellationToken ct)
    {
        if (!await proposeValidator.ValidateIntoAsync(input, ModelState))
            return await ProposeForm(input, ct);
        var actor = await currentUser.ActorAsync();
        try
        {
            var match = await matching.ProposeAsync(actor, input.CohortId, input.ParticipantId!.Value, input.CoachId!.Value,
                actor.IsDirector ? MatchSource.Director : MatchSource.Coordinator, ct);
            TempData["Status"] = "The match is proposed. The directors see it in their approval queue.";
            return RedirectToAction(nameof(Details), new { id = match.Id });
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return await ProposeForm(input, ct);
        }
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        View(await queries.DetailsAsync(await currentUser.ActorAsync(), id, ct));

    /// <summary>Seed 003: a director names the sponsor of an engagement whose cohort's engagements have sponsors.</summary>
    [HttpGet, Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Sponsor(int id, CancellationToken ct) => await MemberForm(id, MemberRole.Sponsor, new MemberInput(), ct);

    [HttpPost, Authorize(Roles = Roles.Director)]
    public Task<IActionResult> Sponsor(int id, MemberInput input, CancellationToken ct) => NameMember(id, MemberRole.Sponsor, input,
        $"{input.FullName?.Trim()} is the sponsor. They get an email with a link to the engagement's steps.", ct);

    /// <summary>Seed 002: a director names the client organisation's approver of an engagement whose cohort asks for one.</summary>
    [HttpGet, Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Approver(int id, CancellationToken ct) => await MemberForm(id, MemberRole.OrganisationApprover, new MemberInput(), ct);

    [HttpPost, Authorize(Roles = Roles.Director)]
    public Task<IActionResult> Approver(int id, MemberInput input, CancellationToken ct) => NameMember(id, MemberRole.OrganisationApprover, input,
        $"{input.FullName?.Trim()} approves for the organisation. They get an email now, and a link to approve each outline of further sessions.", ct);

    private async Task<IActionResult> NameMember(int id, MemberRole role, MemberInput input, string done, CancellationToken ct) =>
        await this.SubmitAsync(memberValidator, input, async () =>
        {
            await matching.NameMemberAsync(await currentUser.ActorAsync(), id, role, input.FullName!, input.Email!, input.Title ?? "", ct);
            TempData["Status"] = done;
            return RedirectToAction(nameof(Details), new { id });
        }, () => MemberForm(id, role, input, ct));

    private async Task<IActionResult> MemberForm(int id, MemberRole role, MemberInput input, CancellationToken ct)
    {
        var details = await queries.DetailsAsync(await currentUser.ActorAsync(), id, ct);
        if (role == MemberRole.Sponsor ? details.Rules.Shape != EngagementShape.WithSponsors : !details.Rules.OrganisationApproves)
            return NotFound();
        ViewData["Details"] = details;
        ViewData["Role"] = role;
        return View("Member", input);
    }

    [HttpPost, Authorize(Roles = Roles.Director + "," + Roles.Coach + "," + Roles.Participant)]
    public async Task<IActionResult> End(int id, EndMatchInput input, CancellationToken ct)
    {
        if (!await endValidator.ValidateIntoAsync(input, ModelState))
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToAction(nameof(Details), new { id });
        }
        try
        {
            await matching.EndAsync(await currentUser.ActorAsync(), id, input.Reason, ct, input.ThankYou);
            TempData["Status"] = "The match has ended. No fault is recorded; the participant can be matched again."
                + (string.IsNullOrWhiteSpace(input.ThankYou) ? "" : " Your thank-you note is on its way.");
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Seed 001: after the exploratory call, the coach or the participant chooses to go on (to part, they end the match).</summary>
    [HttpPost, Authorize(Roles = Roles.Coach + "," + Roles.Participant)]
    public async Task<IActionResult> GoOn(int id, CancellationToken ct)
    {
        try
        {
            TempData["Status"] = await matching.GoOnAsync(await currentUser.ActorAsync(), id, ct)
                ? "You both chose to go on: your coaching relationship begins. Write and sign your statement of mutual understanding together."
                : "You chose to go on. The relationship begins once the other side chooses to go on too.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> ProposeForm(ProposeMatchInput input, CancellationToken ct)
    {
        var (participants, coaches) = await queries.ProposalChoicesAsync(await currentUser.ActorAsync(), input.CohortId, ct);
        ViewData["Participants"] = participants;
        ViewData["Coaches"] = coaches;
        return View("Propose", input);
    }
}
