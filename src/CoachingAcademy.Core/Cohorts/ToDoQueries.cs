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
public sealed class ToDoQueries(IAppDbContext db, ProgressQueries progress, TimeProvider clock)
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
                c.Id, c.Name, c.TimeZoneId, c.Rules.OrientationRequired, c.Rules.OrganisationApproves, c.Rules.MinimumSessions,
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
        var outlines = await OutlinesOverdueAsync(cohorts.Where(c => c.OrganisationApproves).ToDictionary(c => c.Id, c => (c.TimeZoneId, c.MinimumSessions)),
            now, ct);
        return cohorts.Select(c => new CohortToDo(c.Id, c.Name, c.Approvals, counts[c.Id], c.OrientationRequired ? c.NotRegistered : null,
            toMark[c.Id].ToList(), c.TimeZoneId) { OutlinesOverdue = outlines[c.Id].ToList() }).ToList();
    }

    /// <summary>Seed 002: the active engagements, in cohorts whose organisation approves, that owe an outline past its
    /// <see cref="Engagements.EngagementPlan.OutlineDays"/> days; one query, of the held sessions of those owing one.</summary>
    private async Task<ILookup<int, (int MatchId, string Client)>> OutlinesOverdueAsync(Dictionary<int, (string TimeZoneId, int MinimumSessions)> cohorts,
        DateTime now, CancellationToken ct)
    {
        var ids = cohorts.Keys.ToList();
        var held = ids.Count == 0 ? [] : await db.CoachingSessions.Where(s => s.Status == SessionStatus.Held)
            .Join(db.Matches.Where(m => ids.Contains(m.CohortId) && m.Status == MatchStatus.Active && m.ParticipantId != null
                    && !db.SessionOutlines.Any(o => o.MatchId == m.Id)),
                s => s.MatchId, m => m.Id, (s, m) => new { m.Id, m.CohortId, Client = m.Participant!.FullName, s.StartsAtUtc })
            .ToListAsync(ct);
        return held.GroupBy(s => (s.Id, s.CohortId, s.Client)).Select(g =>
            {
                var (zone, minimum) = cohorts[g.Key.CohortId];
                var plan = Engagements.EngagementPlan.From(minimum, g.Select(s => s.StartsAtUtc), zone, [], 0);
                return (g.Key, Overdue: plan.IsOutlineOverdue(ProgramTime.DayOf(now, zone)));
            })
            .Where(x => x.Overdue).OrderBy(x => x.Key.Client).ToLookup(x => x.Key.CohortId, x => (x.Key.Id, x.Key.Client));
    }
}
