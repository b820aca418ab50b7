using CoachingAcademy.Core.Events;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Events;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

/// <summary>An invited coach or participant answers their own invitation to the graduation or the debrief, and may change
/// the answer until the event starts. Anyone else's invitation is not found.</summary>
[Authorize(Roles = Roles.Coach + "," + Roles.Participant)]
public sealed class EventRepliesController(CohortEventService events, CohortEventQueries queries, CurrentUser currentUser,
    IValidator<ReplyInput> validator, TimeProvider clock)
    : Controller
{
    [HttpGet("/Events/{id:int}")]
    public async Task<IActionResult> Reply(int id, CancellationToken ct) => await ShowAsync(id, new ReplyInput(), ct);

    [HttpPost("/Events/{id:int}")]
    public async Task<IActionResult> Reply(int id, ReplyInput input, CancellationToken ct) =>
        await this.SubmitAsync(validator, input, async () =>
        {
            var changed = await events.ReplyAsync(await currentUser.ActorAsync(), id, input.Reply!.Value, ct);
            TempData["Status"] = !changed ? "Your answer was already recorded; it stays as it is."
                : input.Reply == EventReply.Yes ? "Thank you: your answer is recorded. We look forward to seeing you."
                : "Thank you: your answer is recorded. You can change it here until the event starts.";
            return Redirect($"/Events/{id}");
        }, () => ShowAsync(id, input, ct));

    private async Task<IActionResult> ShowAsync(int id, ReplyInput input, CancellationToken ct)
    {
        var person = await currentUser.PersonAsync();
        var invitation = person is null ? null : await queries.InvitationAsync(person.Id, id, ct);
        if (invitation is null)
            return NotFound();
        ViewData["Invitation"] = invitation;
        ViewData["HasStarted"] = invitation.StartsAtUtc <= clock.GetUtcNow().UtcDateTime;
        return View("Reply", input);
    }
}
