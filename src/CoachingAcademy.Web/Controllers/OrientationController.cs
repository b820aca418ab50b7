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
/// Directors add, change and remove orientation sessions and record attendance; coaches take, switch or give up a seat in
/// a coaches' session, participants in a participants' one.
/// </summary>
public sealed class OrientationController(
    CurrentUser currentUser, OrientationService orientation, CohortService cohorts, CohortQueries queries, AppDbContext db, IValidator<OrientationSessionInput> validator,
    TimeProvider clock)
    : Controller
{
    [HttpGet("/Cohorts/{cohortId:int}/Orientation/Add"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Add(int cohortId, OrientationAudience? audience, CancellationToken ct) =>
        await FormAsync(cohortId, new OrientationSessionInput { Audience = audience is OrientationAudience.Participants ? audience : OrientationAudience.Coaches }, ct);

    [HttpPost("/Cohorts/{cohortId:int}/Orientation/Add"), Authorize(Roles = Roles.Director)]
    public Task<IActionResult> Add(int cohortId, OrientationSessionInput input, CancellationToken ct) =>
        this.SubmitAsync(validator, input, async () =>
        {
            await cohorts.AddOrientationSessionAsync(cohortId, input.Date!.Value.ToDateTime(input.StartTime!.Value),
                input.Date.Value.ToDateTime(input.EndTime!.Value), input.Location!, input.Capacity!.Value, input.Audience!.Value, ct);
            TempData["Status"] = input.Audience == OrientationAudience.Participants
                ? "The orientation session is added. The cohort's participants see it on their home page and can register."
                : "The orientation session is added. The cohort's coaches see it on their home page and can register.";
            return RedirectToAction("Details", "Cohorts", new { id = cohortId });
        }, () => FormAsync(cohortId, input, ct));

    /// <summary>A session's time, place and seats, in the cohort's zone, until it starts.</summary>
    [HttpGet("/Orientation/Edit/{id:int}"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var session = await EditingAsync(id, ct);
        if (session is null)
            return NotFound();
        var (start, end) = (ProgramTime.ToLocal(session.StartsAtUtc, session.TimeZoneId), ProgramTime.ToLocal(session.EndsAtUtc, session.TimeZoneId));
        return await FormAsync(session.CohortId, new OrientationSessionInput
        {
            Audience = session.Audience, Date = DateOnly.FromDateTime(start), StartTime = TimeOnly.FromDateTime(start),
            EndTime = TimeOnly.FromDateTime(end), Location = session.Location, Capacity = session.Capacity,
        }, ct, session);
    }

    /// <summary>Changes the session in the route (the audience stays); the people registered are emailed a new time or place.</summary>
    [HttpPost("/Orientation/Edit/{id:int}"), Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Edit(int id, OrientationSessionInput input, CancellationToken ct)
    {
        var session = await EditingAsync(id, ct);
        if (session is null)
            return NotFound();
        if (session.HasStarted)
        {
            // Nothing to correct in the form: the page says why, with a status that says it is refused.
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await FormAsync(session.CohortId, input, ct, session);
        }
        // Not on the form: a session keeps its audience, whatever is posted (and whatever binding made of it).
        input.Audience = session.Audience;
        ModelState.Remove(nameof(input.Audience));
        return await this.SubmitAsync(validator, input, async () =>
        {
            var change = await orientation.EditAsync(await currentUser.ActorAsync(), id, input.Date!.Value.ToDateTime(input.StartTime!.Value),
                input.Date.Value.ToDateTime(input.EndTime!.Value), input.Location!, input.Capacity!.Value, ct);
            TempData["Status"] = change switch
            {
                OrientationChange.TimeOrPlace => session.Registered == 0
                    ? "The orientation session is changed. Nobody had registered yet, so nobody was emailed."
                    : "The orientation session is changed. Everyone registered is emailed the new details with an updated calendar invitation.",
                OrientationChange.Seats => "The session's seats are changed. Its time and place are the same, so nobody was emailed.",
                _ => "Nothing to change: the session already has this time, place and seats. Nobody was emailed.",
            };
            return RedirectToAction("Details", "Cohorts", new { id = session.CohortId });
        }, () => FormAsync(session.CohortId, input, ct, session));
    }

    private Task<OrientationEditing?> EditingAsync(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.OrientationSessions.Where(s => s.Id == id)
            .Select(s => new OrientationEditing(s.Id, s.CohortId, s.Audience, s.StartsAtUtc, s.EndsAtUtc, s.Location, s.Capacity,
                s.Registrations.Count, db.Cohorts.Where(c => c.Id == s.CohortId).Select(c => c.TimeZoneId).Single(), s.StartsAtUtc <= now))
            .SingleOrDefaultAsync(ct);
    }

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

    private async Task<IActionResult> FormAsync(int cohortId, OrientationSessionInput input, CancellationToken ct, OrientationEditing? editing = null)
    {
        var cohort = await queries.HeaderAsync(cohortId, ct);
        if (cohort is null)
            return NotFound();
        ViewData["Cohort"] = cohort;
        ViewData["Editing"] = editing;
        return View("Form", input);
    }

    /// <summary>A coach takes a seat in a coaches' session, a participant in a participants' one; any other session is not found.</summary>
    [HttpPost, Authorize(Roles = Roles.Coach + "," + Roles.Participant)]
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

    [HttpPost, Authorize(Roles = Roles.Coach + "," + Roles.Participant)]
    public async Task<IActionResult> Cancel(int id, CancellationToken ct)
    {
        try
        {
            var audience = await orientation.CancelAsync(await currentUser.ActorAsync(), id, ct);
            TempData["Status"] = audience == OrientationAudience.Participants
                ? "Your seat is freed. You can register for another orientation session on this page."
                : "Your seat is freed. Remember that attending one session is required to coach.";
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
                db.Cohorts.Where(c => c.Id == s.CohortId).Select(c => c.TimeZoneId).Single(), s.StartsAtUtc <= now, s.Audience,
                s.Registrations.OrderBy(r => r.Coach.FullName).Select(r => new AttendanceRow(r.Id, r.Coach.FullName, r.Coach.Email, r.Attended)).ToList()))
            .SingleOrDefaultAsync(ct);
        return session is null ? NotFound() : View(session);
    }

    [HttpPost, Authorize(Roles = Roles.Director)]
    public async Task<IActionResult> Attendance(int id, bool attended, int sessionId, CancellationToken ct)
    {
        try
        {
            var audience = await orientation.MarkAttendanceAsync(await currentUser.ActorAsync(), id, attended, ct);
            TempData["Status"] = !attended ? "Marked as not attended."
                : audience == OrientationAudience.Coaches ? "Marked as attended: the coach is cleared to coach." : "Marked as attended.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return Redirect($"/Orientation/Session/{sessionId}");
    }
}

public sealed record AttendanceRow(int RegistrationId, string CoachName, string CoachEmail, bool Attended);

/// <summary>One orientation session's registrants (coaches or participants); <paramref name="HasStarted"/>: attendance can be taken.</summary>
public sealed record OrientationAttendance(int Id, int CohortId, string CohortName, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location, int Capacity, string TimeZoneId,
    bool HasStarted, OrientationAudience Audience, List<AttendanceRow> Coaches)
{
    public int AttendedCount => Coaches.Count(c => c.Attended);
}

/// <summary>The session an edit form changes, with what the form says about it: its registrants, and whether it has started.</summary>
public sealed record OrientationEditing(int Id, int CohortId, OrientationAudience Audience, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location,
    int Capacity, int Registered, string TimeZoneId, bool HasStarted);
