using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.Web.Models.Home;

/// <summary>One section per role the user holds; a person may hold several (a director may also coach).</summary>
public sealed class HomeViewModel
{
    public required string DisplayName { get; init; }
    public DateTime NowUtc { get; init; }
    public PagedList<CohortSummary>? Cohorts { get; init; }
    public AgencyPeople? Agency { get; init; }
    public IReadOnlyList<CoachCohort>? CoachCohorts { get; init; }
    public IReadOnlyList<ParticipantSchedule>? Schedules { get; init; }

    public DateOnly TodayIn(string timeZoneId) => DateOnly.FromDateTime(ProgramTime.ToLocal(NowUtc, timeZoneId));
}
