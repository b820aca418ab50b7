using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Directors add the people of an agency and keep their position and supervisor (the org chart); they resend invitations.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class PeopleController(
    PeopleService people, IAccounts accounts, AppDbContext db, NewPersonValidator newValidator, PersonInputValidator editValidator) : Controller
{
    [HttpGet("/Agencies/{agencyId:int}/People/Add")]
    public async Task<IActionResult> Add(int agencyId, CancellationToken ct) => await FormAsync(agencyId, null, new PersonInput(), ct);

    [HttpPost("/Agencies/{agencyId:int}/People/Add")]
    public Task<IActionResult> Add(int agencyId, PersonInput input, CancellationToken ct) =>
        this.SubmitAsync(newValidator, input, async () =>
        {
            await people.AddPersonAsync(agencyId, input.ToDetails(), ct);
            TempData["Status"] = $"{input.FullName!.Trim()} is added. Enroll them in a cohort to give them a login.";
            return RedirectToAction("Details", "Agencies", new { id = agencyId });
        }, () => FormAsync(agencyId, null, input, ct));

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var person = await db.People.Where(p => p.Id == id && p.AgencyId != null).Select(p => new
        {
            AgencyId = p.AgencyId!.Value,
            Input = new PersonInput
            {
                FullName = p.FullName, Email = p.Email, Title = p.Title, PositionLevel = p.PositionLevel,
                SupervisorEmail = p.Supervisor == null ? null : p.Supervisor.Email,
            },
        }).SingleOrDefaultAsync(ct);
        return person is null ? NotFound() : await FormAsync(person.AgencyId, id, person.Input, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, PersonInput input, CancellationToken ct)
    {
        var person = await db.People.Where(p => p.Id == id && p.AgencyId != null).Select(p => new { AgencyId = p.AgencyId!.Value, p.Email })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        input.Email = person.Email;
        return await this.SubmitAsync(editValidator, input, async () =>
        {
            await people.UpdatePersonAsync(id, input.ToDetails(), ct);
            TempData["Status"] = $"{input.FullName!.Trim()} is saved.";
            return RedirectToAction("Details", "Agencies", new { id = person.AgencyId });
        }, () => FormAsync(person.AgencyId, id, input, ct));
    }

    /// <summary>Sends a new invitation link (the earlier one stops working); back to the cohort's people when sent from there.</summary>
    [HttpPost]
    public async Task<IActionResult> Invite(int id, int? cohortId, CancellationToken ct)
    {
        var agencyId = await db.People.Where(p => p.Id == id).Select(p => new { p.AgencyId }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        try
        {
            await accounts.ResendInvitationAsync(id, ct);
            TempData["Status"] = "A new invitation is on its way; the earlier link no longer works.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return cohortId is not null ? RedirectToAction("Index", "Enrollments", new { cohortId })
            : agencyId.AgencyId is not null ? RedirectToAction("Details", "Agencies", new { id = agencyId.AgencyId })
            : RedirectToAction("Index", "Home");
    }

    private async Task<IActionResult> FormAsync(int agencyId, int? personId, PersonInput input, CancellationToken ct)
    {
        var agency = await db.Agencies.Where(a => a.Id == agencyId).Select(a => new { a.Id, a.Name }).SingleOrDefaultAsync(ct);
        if (agency is null)
            return NotFound();
        ViewData["Agency"] = (agency.Id, agency.Name);
        ViewData["PersonId"] = personId;
        return View("Form", input);
    }
}
