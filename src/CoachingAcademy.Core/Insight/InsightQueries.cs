using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Insight;

/// <summary>
/// The director's insight across open cohorts in seven queries, whatever the number of cohorts, engagements or sessions:
/// counts are grouped in SQL (sessions and late changes by the instant they fell on, then summed into each cohort's months)
/// and only the steps of active engagements are derived in memory, by the progress matrix's own rules. Nothing here reads a
/// note or a change's reason.
/// </summary>
/// <remarks>
/// Each query starts from the open cohorts' engagements (the index on a match's cohort and status, then a session's match
/// and start), so archived classes cost nothing; a session's status is tested inside the aggregate rather than in the
/// filter, or SQLite, without statistics, walks every held session of every class through the index on status. Counts are
/// grouped by instant rather than by a UTC hour or quarter-hour: sessions are booked at round times, so the rows are as
/// few (332 for a year of the benchmark's 1,000-participant class), and SQLite's date functions cost more than the rows.
/// </remarks>
public sealed class InsightQueries(IAppDbContext db, TimeProvider clock, IOptions<ProgramOptions> options)
{
    public async Task<ProgramInsight> ForOpenCohortsAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cohorts = await db.Cohorts.Where(c => !c.IsArchived).OrderByDescending(c => c.GraduationDate).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.TimeZoneId }).ToListAsync(ct);
        var ids = cohorts.Select(c => c.Id).ToList();
        var open = db.Matches.Where(m => ids.Contains(m.CohortId));

        var engagements = (await open.GroupBy(m => new { m.CohortId, m.Status })
            .Select(g => new { g.Key.CohortId, g.Key.Status, Count = g.Count() }).ToListAsync(ct))
            .ToLookup(x => x.CohortId);
        var steps = await StepsAsync(open, ids, cohorts.ToDictionary(c => c.Id, c => c.TimeZoneId), ct);

        var since = ProgramMonths.QueryFromUtc(now);
        var held = (await CountByInstantAsync(
            from s in db.CoachingSessions
            join m in open on s.MatchId equals m.Id
            where s.StartsAtUtc >= since && s.StartsAtUtc <= now
            select new Stamp { CohortId = m.CohortId, AtUtc = s.StartsAtUtc, Counts = s.Status == SessionStatus.Held }, ct)).ToLookup(q => q.CohortId);
        var late = (await CountByInstantAsync(
            from c in db.SessionChanges
            join s in db.CoachingSessions on c.SessionId equals s.Id
            join m in open on s.MatchId equals m.Id
            where c.WasLate && c.AtUtc >= since
            select new Stamp { CohortId = m.CohortId, AtUtc = c.AtUtc, Counts = true }, ct)).ToLookup(q => q.CohortId);

        return new ProgramInsight(cohorts.Select(c =>
        {
            var months = ProgramMonths.Last(now, c.TimeZoneId);
            return new CohortInsight(c.Id, c.Name, c.TimeZoneId,
                engagements[c.Id].ToDictionary(x => x.Status, x => x.Count),
                steps.GetValueOrDefault(c.Id) ?? new Dictionary<MilestoneStatus, int>(),
                ProgramMonths.Tally(held[c.Id].Select(q => (q.AtUtc, q.Count)), months, c.TimeZoneId),
                ProgramMonths.Tally(late[c.Id].Select(q => (q.AtUtc, q.Count)), months, c.TimeZoneId));
        }).ToList(), now);
    }

    /// <summary>Each open cohort's steps of active engagements by status: three queries, then each step dated and judged as
    /// the progress matrix does, from the first held session that served it.</summary>
    private async Task<Dictionary<int, Dictionary<MilestoneStatus, int>>> StepsAsync(
        IQueryable<Match> open, List<int> ids, Dictionary<int, string> zones, CancellationToken ct)
    {
        var zoneInfos = zones.ToDictionary(z => z.Key, z => ProgramTime.Zone(z.Value));
        var active = await open.Where(m => m.Status == MatchStatus.Active).Select(m => new { m.Id, m.CohortId, m.StartedAtUtc }).ToListAsync(ct);
        var milestones = (await db.Milestones.Where(m => ids.Contains(m.CohortId))
            .Select(m => new { m.Id, m.CohortId, Due = new StepDue(m.DueDate, m.DaysAfterStart, m.AfterStepId) }).ToListAsync(ct))
            .ToLookup(m => m.CohortId);
        var firstHeld = (await (
                from s in db.CoachingSessions
                join m in open on s.MatchId equals m.Id
                where m.Status == MatchStatus.Active && s.MilestoneId != null
                group s by new { s.MatchId, s.MilestoneId, m.CohortId } into g
                select new { g.Key.MatchId, g.Key.MilestoneId, g.Key.CohortId, At = g.Min(s => s.Status == SessionStatus.Held ? s.StartsAtUtc : (DateTime?)null) })
                .Where(x => x.At != null)
                .ToListAsync(ct))
            // Each instant is turned into its day in the cohort's zone once, not once per step that reads it.
            .ToDictionary(x => (x.MatchId, x.MilestoneId!.Value), x => DayIn(x.At!.Value, x.CohortId));

        var dueSoonDays = options.Value.DueSoonDays;
        var todays = zones.ToDictionary(z => z.Key, z => ProgramTime.Today(clock, z.Value));
        var result = new Dictionary<int, Dictionary<MilestoneStatus, int>>();
        foreach (var match in active)
        {
            var today = todays[match.CohortId];
            var startedOn = match.StartedAtUtc is DateTime started ? DayIn(started, match.CohortId) : (DateOnly?)null;
            DateOnly? MetOn(int step) => firstHeld.TryGetValue((match.Id, step), out var day) ? day : null;
            var counts = result.TryGetValue(match.CohortId, out var found) ? found : result[match.CohortId] = [];
            foreach (var step in milestones[match.CohortId])
            {
                var date = step.Due.For(startedOn, MetOn);
                var status = MilestoneProgress.StatusOf(date, MetOn(step.Id) is DateOnly met ? [met] : [], today, dueSoonDays);
                counts[status] = counts.GetValueOrDefault(status) + 1;
            }
        }
        return result;

        DateOnly DayIn(DateTime utc, int cohortId) => ProgramTime.DayOf(utc, zoneInfos[cohortId]);
    }

    private static async Task<List<Instant>> CountByInstantAsync(IQueryable<Stamp> stamps, CancellationToken ct) =>
        (await stamps.GroupBy(x => new { x.CohortId, x.AtUtc })
            .Select(g => new { g.Key.CohortId, g.Key.AtUtc, Count = g.Count(x => x.Counts) })
            .Where(x => x.Count > 0)
            .ToListAsync(ct))
        .Select(x => new Instant(x.CohortId, x.AtUtc, x.Count))
        .ToList();

    private sealed class Stamp
    {
        public int CohortId { get; init; }
        public DateTime AtUtc { get; init; }
        /// <summary>Whether the row is counted: tested in the aggregate, not the filter (see the remarks above).</summary>
        public bool Counts { get; init; }
    }

    private sealed record Instant(int CohortId, DateTime AtUtc, int Count);
}
