using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Cohorts;

/// <summary>What waits on the directors in one open cohort, each a count that links to the list it counts.
/// <see cref="CoachesNotRegistered"/>: coaches with no orientation seat, where the cohort requires orientation (null where it
/// does not); <see cref="OrientationToMark"/>: orientation sessions that have started, with people registered and nobody
/// marked attended yet.</summary>
public sealed record CohortToDo(
    int CohortId, string Name, int Approvals, ProgressCounts Progress, int? CoachesNotRegistered,
    IReadOnlyList<(int Id, DateTime StartsAtUtc)> OrientationToMark, string TimeZoneId)
{
    /// <summary>Seed 002: engagements whose coach's outline is past its 10 days, with the client's name.</summary>
    public IReadOnlyList<(int MatchId, string Client)> OutlinesOverdue { get; init; } = [];

    public bool IsClear => Approvals == 0 && Progress.Overdue == 0 && Progress.AtRisk == 0 && Progress.Quiet == 0 && Progress.BelowMinimum == 0
        && CoachesNotRegistered is null or 0 && OrientationToMark.Count == 0 && OutlinesOverdue.Count == 0;
}

/// <summary>The director's home: what waits in every open cohort, in a fixed number of queries whatever the number of cohorts or people.</summary>
public sealed class ToDoQueries(IAppDbContext db, ProgressQueries progress, Engagements.PlanQueries plans, TimeProvider clock)
{
    /// <summary>Open cohorts shown on the home page at most; the rest are one click away in the cohort list.</summary>
    public const int MaxCohorts = 12;

    /// <summary>Days after its start that an orientation session with nobody marked attended stays on the to-do.</summary>
    public const int AttendanceDays = 30;

    public async Task<IReadOnlyList<CohortToDo>> ForDirectorsAsync(CancellationToken ct = default)
    {
        var cohorts = await db.Cohorts.Where(c => !c.IsArchived).OrderBy(c => c.GraduationDate).ThenBy(c => c.Id).Take(MaxCohorts)
            .Select(c => new
            {
                c.Id, c.Name, c.TimeZoneId, c.Rules.OrientationRequired, c.Rules.OrganisationApproves,
                Approvals = db.Matches.Count(m => m.CohortId == c.Id && m.Status == MatchStatus.Proposed),
                NotRegistered = db.Enrollments.Count(e => e.CohortId == c.Id && e.Role == EnrollmentRole.Coach
                    && !db.OrientationRegistrations.Any(r => r.CoachId == e.PersonId
                        && db.OrientationSessions.Any(s => s.Id == r.OrientationSessionId && s.CohortId == c.Id))),
            })
            .ToListAsync(ct);
        if (cohorts.Count == 0)
            return [];
        var ids = cohorts.Select(c => c.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        // Attendance is yes or no, so a session where everyone stayed away looks unmarked: it leaves the list a month on.
        var since = now.AddDays(-AttendanceDays);
        var toMark = (await db.OrientationSessions
                .Where(s => ids.Contains(s.CohortId) && s.StartsAtUtc <= now && s.StartsAtUtc > since && s.Registrations.Any() && !s.Registrations.Any(r => r.Attended))
                .OrderBy(s => s.StartsAtUtc).Select(s => new { s.Id, s.CohortId, s.StartsAtUtc }).ToListAsync(ct))
            .ToLookup(s => s.CohortId, s => (s.Id, s.StartsAtUtc));
        var counts = await progress.CountsAsync(ids, ct);
        var outlines = await OutlinesOverdueAsync(cohorts.Where(c => c.OrganisationApproves).Select(c => c.Id).ToList(),
            cohorts.ToDictionary(c => c.Id, c => c.TimeZoneId), now, ct);
        return cohorts.Select(c => new CohortToDo(c.Id, c.Name, c.Approvals, counts[c.Id], c.OrientationRequired ? c.NotRegistered : null,
            toMark[c.Id].ToList(), c.TimeZoneId) { OutlinesOverdue = outlines[c.Id].ToList() }).ToList();
    }

    private async Task<ILookup<int, (int MatchId, string Client)>> OutlinesOverdueAsync(List<int> cohortIds, Dictionary<int, string> zones,
        DateTime now, CancellationToken ct)
    {
        if (cohortIds.Count == 0)
            return Array.Empty<(int, int, string)>().ToLookup(x => x.Item1, x => (x.Item2, x.Item3));
        var active = await db.Matches.Where(m => cohortIds.Contains(m.CohortId) && m.Status == MatchStatus.Active && m.ParticipantId != null)
            .Select(m => new { m.Id, m.CohortId, Client = m.Participant!.FullName }).ToListAsync(ct);
        var owed = active.Count == 0 ? new Dictionary<int, Engagements.EngagementPlan>() : await plans.ForMatchesAsync(active.Select(m => m.Id).ToList(), ct);
        return active.Where(m => owed.GetValueOrDefault(m.Id) is { } plan && plan.IsOutlineOverdue(ProgramTime.DayOf(now, zones[m.CohortId])))
            .OrderBy(m => m.Client).ToLookup(m => m.CohortId, m => (m.Id, m.Client));
    }
}
