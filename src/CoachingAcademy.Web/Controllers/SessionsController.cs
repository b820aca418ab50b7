using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Resources;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Sessions;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Web.Controllers;

/// <summary>The sessions of one engagement: its members who meet schedule, move, cancel and log them and keep private
/// notes; a sponsor follows its steps and meeting dates.</summary>
/// <remarks>The record itself is checked against the engagement's members.</remarks>
[Authorize(Roles = Roles.Coach + "," + Roles.Participant + "," + Roles.Sponsor)]
public sealed class SessionsController(
    CurrentUser currentUser, SessionService sessions, ProgressQueries progress, MatchQueries matches, ResourceQueries resources, AppDbContext db,
    IValidator<SessionInput> validator, IValidator<ChangeInput> changeValidator, IValidator<NoteInput> noteValidator) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int matchId, CancellationToken ct)
    {
        var details = await matches.EngagementAsync(await currentUser.ActorAsync(), matchId, ct);
        var matchProgress = (await progress.ForMatchesAsync([matchId], ct))[matchId];
        var sessionIds = matchProgress.Sessions.Select(s => s.Id).ToList();
        ViewData["Changes"] = await db.SessionChanges.Where(c => sessionIds.Contains(c.SessionId)).OrderBy(c => c.AtUtc).ToListAsync(ct);
        ViewData["Attendance"] = (await db.SessionAttendance.Where(a => sessionIds.Contains(a.SessionId)).ToListAsync(ct)).ToLookup(a => a.SessionId);
        ViewData["Details"] = details;
        ViewData["Guest"] = details.Rules.Shape == Core.Cohorts.EngagementShape.PeerTeam
            ? await db.Cohorts.Where(c => c.Id == details.CohortId && c.GuestName != null).Select(c => c.GuestName + ", " + c.GuestTitle).SingleOrDefaultAsync(ct)
            : null;
        ViewData["StepResources"] = details.ViewerMeets
            ? await resources.ForStepsAsync(details.CohortId, matchProgress.Milestones.Select(m => m.MilestoneId).ToList(), ct)
            : Enumerable.Empty<ResourceRow>().ToLookup(r => 0);
        return View(matchProgress);
    }

    [HttpGet]
    public async Task<IActionResult> Schedule(int matchId, CancellationToken ct) =>
        await Form(new SessionInput { MatchId = matchId }, null, ct);

    [HttpPost]
    public async Task<IActionResult> Schedule(SessionInput input, CancellationToken ct)
    {
        if (!await validator.ValidateIntoAsync(input, ModelState))
            return await Form(input, null, ct);
        return await Attempt(input, null, async actor =>
        {
            await sessions.ScheduleAsync(actor, input.MatchId, input.ToPlan(), ct);
            return "The session is scheduled. You both get an email with a calendar invitation.";
        }, ct);
    }

    [HttpGet]
    public async Task<IActionResult> Reschedule(int id, CancellationToken ct)
    {
        var session = await OwnSessionAsync(id, ct);
        var local = ProgramTime.ToLocal(session.StartsAtUtc, session.TimeZoneId);
        return await Form(new SessionInput
        {
            MatchId = session.MatchId, Date = DateOnly.FromDateTime(local), Time = TimeOnly.FromDateTime(local),
            DurationMinutes = session.DurationMinutes, Form = session.Form, Location = session.Location, MilestoneId = session.MilestoneId,
        }, id, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Reschedule(int id, SessionInput input, CancellationToken ct)
    {
        var session = await OwnSessionAsync(id, ct);
        input.MatchId = session.MatchId;
        if (!await validator.ValidateIntoAsync(input, ModelState))
            return await Form(input, id, ct);
        return await Attempt(input, id, async actor =>
        {
            var change = await sessions.RescheduleAsync(actor, id, input.ToPlan(), input.Reason, ct);
            return change.WasLate
                ? "The session is moved, flagged as a late change (inside the cohort's notice). You both get an updated invitation."
                : "The session is moved. You both get an updated invitation.";
        }, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Cancel(int id, ChangeInput input, CancellationToken ct)
    {
        var session = await OwnSessionAsync(id, ct);
        if (!await changeValidator.ValidateIntoAsync(input, ModelState))
            TempData["Error"] = ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage;
        else
            await Try(async actor =>
            {
                var change = await sessions.CancelAsync(actor, id, input.Reason, ct);
                TempData["Status"] = change.WasLate
                    ? "The session is cancelled, flagged as a late change. Your calendars get the cancellation."
                    : "The session is cancelled. Your calendars get the cancellation.";
            });
        return RedirectToAction(nameof(Index), new { matchId = session.MatchId });
    }

    [HttpPost]
    public async Task<IActionResult> Log(int id, LogInput input, CancellationToken ct)
    {
        var session = await OwnSessionAsync(id, ct);
        await Try(async actor =>
        {
            await sessions.LogAsync(actor, id, input.Outcome, input.Attended, ct);
            TempData["Status"] = input.Outcome == SessionStatus.Held ? "Logged as held, with who attended." : "Logged as not held.";
        });
        return RedirectToAction(nameof(Index), new { matchId = session.MatchId });
    }

    /// <summary>Seed 004: a member of a peer team invites the cohort's guest (the Branch Deputy) to a meeting ahead.</summary>
    [HttpPost]
    public async Task<IActionResult> InviteGuest(int id, CancellationToken ct)
    {
        var session = await OwnSessionAsync(id, ct);
        await Try(async actor =>
        {
            TempData["Status"] = await sessions.InviteGuestAsync(actor, id, ct)
                ? "The guest is invited to this meeting: they are emailed a calendar invitation, and any move of it."
                : "The guest was already invited to this meeting. Nobody was emailed.";
        });
        return RedirectToAction(nameof(Index), new { matchId = session.MatchId });
    }

    [HttpGet]
    public async Task<IActionResult> Note(int id, CancellationToken ct)
    {
        var session = await OwnSessionAsync(id, ct);
        var note = await sessions.ReadNoteAsync(await currentUser.ActorAsync(), id, ct);
        ViewData["Session"] = session;
        ViewData["ReadOnly"] = !note.CanWrite;
        return View(new NoteInput { Text = note.Text });
    }

    [HttpPost]
    public async Task<IActionResult> Note(int id, NoteInput input, CancellationToken ct)
    {
        var session = await OwnSessionAsync(id, ct);
        if (!await noteValidator.ValidateIntoAsync(input, ModelState))
        {
            ViewData["Session"] = session;
            return View(input);
        }
        await sessions.WriteNoteAsync(await currentUser.ActorAsync(), id, input.Text ?? "", ct);
        TempData["Status"] = "Your private note is saved. Only you can read it.";
        return RedirectToAction(nameof(Index), new { matchId = session.MatchId });
    }

    /// <summary>The engagement, if the viewer meets in it (a sponsor follows its sessions but does not plan them).</summary>
    private async Task<EngagementView> MeetingEngagementAsync(int matchId, CancellationToken ct)
    {
        var engagement = await matches.EngagementAsync(await currentUser.ActorAsync(), matchId, ct);
        return engagement.ViewerMeets ? engagement : throw new NotFoundException();
    }


    private sealed record OwnSession(int Id, int MatchId, DateTime StartsAtUtc, int DurationMinutes, SessionForm Form, string Location,
        int? MilestoneId, string TimeZoneId);

    private async Task<OwnSession> OwnSessionAsync(int id, CancellationToken ct)
    {
        var actor = await currentUser.ActorAsync();
        return await db.CoachingSessions.Where(s => s.Id == id)
            .Join(db.Matches, s => s.MatchId, m => m.Id, (s, m) => new { s, m })
            .Where(x => x.m.Members.Any(member => member.PersonId == actor.PersonId && MemberRoles.Meeting.Contains(member.Role)))
            .Select(x => new OwnSession(x.s.Id, x.s.MatchId, x.s.StartsAtUtc, x.s.DurationMinutes, x.s.Form, x.s.Location, x.s.MilestoneId,
                db.Cohorts.Where(c => c.Id == x.m.CohortId).Select(c => c.TimeZoneId).Single()))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
    }

    private async Task<IActionResult> Form(SessionInput input, int? sessionId, CancellationToken ct)
    {
        var details = await MeetingEngagementAsync(input.MatchId, ct);
        if (HttpMethods.IsGet(Request.Method))
            input.DurationMinutes ??= details.Rules.SessionMinutes;
        ViewData["Details"] = details;
        ViewData["SessionId"] = sessionId;
        ViewData["Milestones"] = await db.Milestones.Where(m => m.CohortId == details.CohortId).OrderBy(m => m.Order)
            .Select(m => new MilestoneOption(m.Id, m.Name, new StepDue(m.DueDate, m.DaysAfterStart, m.AfterStepId))).ToListAsync(ct);
        return View("Form", input);
    }

    private async Task<IActionResult> Attempt(SessionInput input, int? sessionId, Func<Actor, Task<string>> action, CancellationToken ct)
    {
        try
        {
            TempData["Status"] = await action(await currentUser.ActorAsync());
            return RedirectToAction(nameof(Index), new { matchId = input.MatchId });
        }
        catch (DomainException ex)
        {
            ModelState.AddRuleError(ex);
            return await Form(input, sessionId, ct);
        }
    }

    private async Task Try(Func<Actor, Task> action)
    {
        try
        {
            await action(await currentUser.ActorAsync());
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
    }
}
