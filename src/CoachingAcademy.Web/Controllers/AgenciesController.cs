using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.People;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Web.Controllers;

/// <summary>Directors keep the participating agencies and name their coordinators.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class AgenciesController(
    PeopleService people, PeopleQueries queries, IAccounts accounts, AppDbContext db, IValidator<AgencyInput> validator)
    : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) => View(await queries.AgenciesAsync(page, ct: ct));

    [HttpGet]
    public IActionResult Create() => View("Form", new AgencyInput());

    [HttpPost]
    public Task<IActionResult> Create(AgencyInput input, CancellationToken ct) =>
        this.SubmitAsync(validator, input, async () =>
        {
            var id = await people.CreateAgencyAsync(input.Name!, input.ContactEmail!, ct);
            TempData["Status"] = $"{input.Name!.Trim()} is added. Add its people, or enroll them in a cohort with a CSV file.";
            return RedirectToAction(nameof(Details), new { id });
        }, () => View("Form", input));

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var agency = await db.Agencies.Where(a => a.Id == id).Select(a => new AgencyInput { Name = a.Name, ContactEmail = a.ContactEmail })
            .SingleOrDefaultAsync(ct);
        ViewData["AgencyId"] = id;
        return agency is null ? NotFound() : View("Form", agency);
    }

    [HttpPost]
    public Task<IActionResult> Edit(int id, AgencyInput input, CancellationToken ct)
    {
        ViewData["AgencyId"] = id;
        return this.SubmitAsync(validator, input, async () =>
        {
            await people.UpdateAgencyAsync(id, input.Name!, input.ContactEmail!, ct);
            TempData["Status"] = "The agency is saved.";
            return RedirectToAction(nameof(Details), new { id });
        }, () => View("Form", input));
    }

    /// <summary>The agency's people and org chart, its coordinators and pending invitations. (Coordinators see theirs on their home page.)</summary>
    [HttpGet]
    public async Task<IActionResult> Details(int id, int page = 1, CancellationToken ct = default)
    {
        var agency = await queries.ForAgencyAsync(id, page, ct: ct);
        if (agency is null)
            return NotFound();
        var ids = agency.People.Items.Select(p => p.Id).ToList();
        ViewData["Coordinators"] = await accounts.CoordinatorsAsync(ids, ct);
        ViewData["Pending"] = await accounts.PendingInvitationsAsync(ids, ct);
        return View(agency);
    }

    [HttpPost]
    public async Task<IActionResult> Coordinator(int id, bool coordinator, CancellationToken ct)
    {
        try
        {
            var agencyId = await people.SetCoordinatorAsync(id, coordinator, ct);
            TempData["Status"] = coordinator
                ? "They are now a coordinator of the agency (a new login gets an invitation to set its password)."
                : "They are no longer a coordinator of the agency.";
            return RedirectToAction(nameof(Details), new { id = agencyId });
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
            return RedirectToAction(nameof(Index));
        }
    }
}
