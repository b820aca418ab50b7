using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Core.Surveys;

namespace CoachingAcademy.Web.Models.Home;

/// <summary>One section per role the user holds; a person may hold several (a director may also coach).</summary>
public sealed class HomeViewModel
{
    public required string DisplayName { get; init; }
    public int? PersonId { get; init; }
    public DateTime NowUtc { get; init; }
    public PagedList<CohortSummary>? Cohorts { get; init; }
    /// <summary>Emails the outbox gave up on, for directors.</summary>
    public int EmailsGivenUp { get; init; }
    /// <summary>What waits on the directors in each open cohort.</summary>
    public IReadOnlyList<CohortToDo>? ToDo { get; init; }
    public AgencyPeople? Agency { get; init; }
    /// <summary>For a coordinator: the open cohorts with their agency's people and what waits (those with none of them last).</summary>
    public IReadOnlyList<AgencyCohort>? AgencyCohorts { get; init; }
    public IReadOnlyList<CoachCohort>? CoachCohorts { get; init; }
    public IReadOnlyList<ParticipantSchedule>? Schedules { get; init; }
    /// <summary>The participants' orientation sessions of the cohorts the user takes part in (only cohorts that hold some).</summary>
    public IReadOnlyList<CoachCohort>? ParticipantOrientation { get; init; }
    /// <summary>Open matches (waiting or active) the user is part of, as coach or participant.</summary>
    public IReadOnlyList<MatchRow> OpenMatches { get; init; } = [];
    /// <summary>Seed 004: the peer teams the person is in.</summary>
    public IReadOnlyList<TeamRow> OpenTeams { get; init; } = [];
    /// <summary>Surveys waiting for the person's answers.</summary>
    public IReadOnlyList<OpenSurvey> Surveys { get; init; } = [];
    /// <summary>The files and links of the person's cohorts meant for their role there, by cohort.</summary>
    public IReadOnlyList<Core.Resources.CohortResources> Resources { get; init; } = [];
    /// <summary>The person's invitations to graduation and the debrief that have not started, to answer yes or no.</summary>
    public IReadOnlyList<Core.Events.MyInvitation> Invitations { get; init; } = [];
    /// <summary>Milestones and sessions of the user's active matches.</summary>
    public IReadOnlyDictionary<int, MatchProgress> Progress { get; init; } = new Dictionary<int, MatchProgress>();
    /// <summary>Seed 002: the plans of the user's engagements whose organisation approves further sessions.</summary>
    public IReadOnlyDictionary<int, Core.Engagements.EngagementPlan> Plans { get; init; } = new Dictionary<int, Core.Engagements.EngagementPlan>();

    public DateOnly TodayIn(string timeZoneId) => ProgramTime.DayOf(NowUtc, timeZoneId);
}
