using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Matching;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>The statement of mutual understanding of one match, for its coach and participant only.</summary>
[Authorize(Roles = Roles.Coach + "," + Roles.Participant)]
[Route("Matches/{matchId:int}/Agreement")]
public sealed class AgreementController(CurrentUser currentUser, AgreementService agreements, IValidator<AgreementInput> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int matchId, CancellationToken ct)
    {
        var (agreement, party) = await OpenOrExplainAsync(matchId, ct);
        if (agreement is null)
            return RedirectToAction("Details", "Matches", new { id = matchId });
        return await Form(matchId, AgreementInput.From(agreement), agreement, party, ct);
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(int matchId, AgreementInput input, CancellationToken ct)
    {
        var actor = await currentUser.ActorAsync();
        var (agreement, party) = await agreements.OpenAsync(actor, matchId, ct);
        await agreements.EnsureWritableAsync(matchId, ct);
        if (!await validator.ValidateIntoAsync(input, ModelState))
            return await Form(matchId, input, agreement, party, ct);
        await agreements.UpdateAsync(actor, matchId, input.Confidentiality!, input.DurationMonths!.Value, input.ContactFrequency!,
            input.ContactForm!, input.CoachTime!, input.Roles, input.AdditionalPoints ?? "", ct, input.ContactEveryDays);
        TempData["Status"] = "The statement is saved. Any earlier signatures were cleared: both of you sign the new text.";
        return RedirectToAction(nameof(Edit), new { matchId });
    }

    /// <summary>Seed 001: the pair renew for a new term, from today; both sign again.</summary>
    [HttpPost("Renew")]
    public async Task<IActionResult> Renew(int matchId, int? months, CancellationToken ct)
    {
        var actor = await currentUser.ActorAsync();
        try
        {
            await agreements.RenewAsync(actor, matchId, months ?? 0, ct);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("Months", ex.Message);
            var (agreement, party) = await agreements.OpenAsync(actor, matchId, ct);
            return await Form(matchId, AgreementInput.From(agreement), agreement, party, ct);
        }
        TempData["Status"] = $"Renewed for {months} month{(months == 1 ? "" : "s")} from today. Both of you sign the statement again for the new term.";
        return RedirectToAction(nameof(Edit), new { matchId });
    }

    [HttpPost("Acknowledge")]
    public async Task<IActionResult> Acknowledge(int matchId, CancellationToken ct)
    {
        await agreements.AcknowledgeAsync(await currentUser.ActorAsync(), matchId, ct);
        TempData["Status"] = (await agreements.SettingAsync(matchId, ct)).FixedTerms
            ? "You signed the engagement agreement." : "You signed the statement of mutual understanding.";
        return RedirectToAction(nameof(Edit), new { matchId });
    }

    private async Task<(MatchAgreement?, MatchParty)> OpenOrExplainAsync(int matchId, CancellationToken ct)
    {
        try
        {
            return await agreements.OpenAsync(await currentUser.ActorAsync(), matchId, ct);
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
            return (null, MatchParty.Participant);
        }
    }

    /// <summary>The agreement as its cohort's kind has it: the statement the pair write, or the program's fixed text to sign.</summary>
    private async Task<ViewResult> Form(int matchId, AgreementInput input, MatchAgreement agreement, MatchParty party, CancellationToken ct)
    {
        var setting = await agreements.SettingAsync(matchId, ct);
        ViewData["MatchId"] = matchId;
        ViewData["Agreement"] = agreement;
        ViewData["Party"] = party;
        ViewData["Setting"] = setting;
        return View(setting.FixedTerms ? "FixedTerms" : "Edit", input);
    }
}
