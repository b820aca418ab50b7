using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Cohorts;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// Directors add and remove orientation sessions and record attendance; coaches take, switch or give up a seat.
/// </summary>
public sealed class OrientationController(
    CurrentUser currentUser, OrientationService orientation, CohortService cohorts, CohortQueries queries, AppDbContext db, IValidator<OrientationSessionInput> validator,
    TimeProvider clock)
    : Controller
{
    [HttpGet("/Cohorts/{cohortId:int}/Orientation/Add"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Add(int cohortId, CancellationToken ct) => await FormAsync(cohortId, new OrientationSessionInput(), ct);

    [HttpPost("/Cohorts/{cohortId:int}/Orientation/Add"), Authorize(Roles = Roles.Director)]
    public Task<IActionResult> Add(int cohortId, OrientationSessionInput input, CancellationToken ct) =>
        this.SubmitAsync(validator, input, async () =>
        {
            await cohorts.AddOrientationSessionAsync(cohortId, input.Date!.Value.ToDateTime(input.StartTime!.Value),
                input.Date.Value.ToDateTime(input.EndTime!.Value), input.Location!, input.Capacity!.Value, ct);
            TempData["Status"] = "The orientation session is added. The cohort's coaches see it on their home page and can register.";
            return RedirectToAction("Details", "Cohorts", new { id = cohortId });
        }, () => FormAsync(cohortId, input, ct));

    [HttpPost, Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var cohortId = await db.OrientationSessions.Where(s => s.Id == id).Select(s => (int?)s.CohortId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        try
        {
            await cohorts.RemoveOrientationSessionAsync(id, ct);
            TempData["Status"] = "The orientation session is removed.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction("Details", "Cohorts", new { id = cohortId });
    }

    private async Task<IActionResult> FormAsync(int cohortId, OrientationSessionInput input, CancellationToken ct)
    {
        var cohort = await queries.HeaderAsync(cohortId, ct);
        if (cohort is null)
            return NotFound();
        ViewData["Cohort"] = cohort;
        return View("Form", input);
    }

    [HttpPost, Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Register(int id, CancellationToken ct)
    {
        try
        {
            await orientation.RegisterAsync(await currentUser.ActorAsync(), id, ct);
            TempData["Status"] = "You are registered. A confirmation with a calendar invitation is on its way.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction("Index", "Home");
    }

    [HttpPost, Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Cancel(int id, CancellationToken ct)
    {
        try
        {
            await orientation.CancelAsync(await currentUser.ActorAsync(), id, ct);
            TempData["Status"] = "Your seat is freed. Remember that attending one session is required to coach.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToAction("Index", "Home");
    }

    /// <summary>One session's list of coaches, for marking attendance once it has started.</summary>
    [HttpGet("/Orientation/Session/{id:int}"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Session(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await db.OrientationSessions.Where(s => s.Id == id)
            .Select(s => new OrientationAttendance(s.Id, s.CohortId, db.Cohorts.Where(c => c.Id == s.CohortId).Select(c => c.Name).Single(),
                s.StartsAtUtc, s.EndsAtUtc, s.Location, s.Capacity,
                db.Cohorts.Where(c => c.Id == s.CohortId).Select(c => c.TimeZoneId).Single(), s.StartsAtUtc <= now,
                s.Registrations.OrderBy(r => r.Coach.FullName).Select(r => new AttendanceRow(r.Id, r.Coach.FullName, r.Coach.Email, r.Attended)).ToList()))
            .SingleOrDefaultAsync(ct);
        return session is null ? NotFound() : View(session);
    }

    [HttpPost, Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Attendance(int id, bool attended, int sessionId, CancellationToken ct)
    {
        try
        {
            await orientation.MarkAttendanceAsync(await currentUser.ActorAsync(), id, attended, ct);
            TempData["Status"] = attended ? "Marked as attended: the coach is cleared to coach." : "Marked as not attended.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return Redirect($"/Orientation/Session/{sessionId}");
    }
}

public sealed record AttendanceRow(int RegistrationId, string CoachName, string CoachEmail, bool Attended);

/// <summary>One orientation session's coaches; <paramref name="HasStarted"/>: attendance can be taken.</summary>
public sealed record OrientationAttendance(int Id, int CohortId, string CohortName, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location, int Capacity, string TimeZoneId,
    bool HasStarted, List<AttendanceRow> Coaches);
