using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Home;
using Microsoft.AspNetCore.Mvc;

namespace CoachingAcademy.Web.Controllers;

public sealed class HomeController(
    CurrentUser currentUser, CohortQueries cohorts, PeopleQueries people, OrientationQueries orientation,
    MilestoneQueries milestones, MatchQueries matches, ProgressQueries progress, OutboxQueries outbox, SurveyQueries surveys, ToDoQueries toDo, TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] Core.Resources.ResourceQueries resources, [FromServices] AgencyCohortQueries agencyCohorts,
        [FromServices] Core.Engagements.PlanQueries plans, int page = 1, CancellationToken ct = default)
    {
        var person = await currentUser.PersonAsync();
        var open = person is not null && (User.IsInRole(Roles.Coach) || User.IsInRole(Roles.Participant) || User.IsInRole(Roles.Sponsor) || User.IsInRole(Roles.OrganisationApprover))
            ? await matches.OpenForPersonAsync(person.Id, ct) : [];
        var teams = person is not null && User.IsInRole(Roles.Participant) ? await matches.OpenTeamsForPersonAsync(person.Id, ct) : [];
        var model = new HomeViewModel
        {
            DisplayName = person?.FullName ?? User.Identity?.Name ?? "",
            PersonId = person?.Id,
            NowUtc = clock.GetUtcNow().UtcDateTime,
            Cohorts = User.IsInRole(Roles.Director) ? await cohorts.ListAsync(page, ct: ct) : null,
            EmailsGivenUp = User.IsInRole(Roles.Director) ? await outbox.GivenUpAsync(ct) : 0,
            ToDo = User.IsInRole(Roles.Director) ? await toDo.ForDirectorsAsync(ct) : null,
            Agency = User.IsInRole(Roles.AgencyCoordinator) && person?.AgencyId is int agencyId
                ? await people.ForAgencyAsync(agencyId, page, ct: ct) : null,
            AgencyCohorts = User.IsInRole(Roles.AgencyCoordinator) && person?.AgencyId is int coordinated
                ? await agencyCohorts.ForAgencyAsync(coordinated, ct: ct) : null,
            CoachCohorts = User.IsInRole(Roles.Coach) && person is not null ? await orientation.ForCoachAsync(person.Id, ct) : null,
            Schedules = User.IsInRole(Roles.Participant) && person is not null ? await milestones.ForParticipantAsync(person.Id, ct) : null,
            ParticipantOrientation = User.IsInRole(Roles.Participant) && person is not null ? await orientation.ForParticipantAsync(person.Id, ct) : null,
            OpenMatches = open,
            OpenTeams = teams,
            Surveys = person is null ? [] : await surveys.OpenForPersonAsync(person.Id, ct),
            Resources = person is null ? [] : await resources.ForPersonAsync(person.Id, ct),
            Invitations = person is not null && (User.IsInRole(Roles.Coach) || User.IsInRole(Roles.Participant)) ? await HttpContext.RequestServices.GetRequiredService<Core.Events.CohortEventQueries>().OpenForPersonAsync(person.Id, ct) : [],
            Plans = open.Any(m => m.Status == MatchStatus.Active)
                ? await plans.ForMatchesAsync(open.Where(m => m.Status == MatchStatus.Active).Select(m => m.Id).ToList(), ct)
                : new Dictionary<int, Core.Engagements.EngagementPlan>(),
            Progress = await progress.ForMatchesAsync(
                open.Where(m => m.Status == MatchStatus.Active).Select(m => m.Id).Concat(teams.Select(t => t.Id)).ToList(), ct),
        };
        return View(model);
    }
}
