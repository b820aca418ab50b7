using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Insight;

/// <summary>
/// The director's insight across open cohorts in seven queries, whatever the number of cohorts, engagements or sessions:
/// counts are grouped in SQL (sessions and late changes by UTC quarter-hour) and only the steps of active engagements are
/// derived in memory, by the progress matrix's own rules. Nothing here reads a note or a change's reason.
/// </summary>
public sealed class InsightQueries(IAppDbContext db, TimeProvider clock, IOptions<ProgramOptions> options)
{
    public async Task<ProgramInsight> ForOpenCohortsAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cohorts = await db.Cohorts.Where(c => !c.IsArchived).OrderByDescending(c => c.GraduationDate).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.TimeZoneId }).ToListAsync(ct);
        var open = db.Matches.Where(m => db.Cohorts.Any(c => c.Id == m.CohortId && !c.IsArchived));

        var engagements = (await open.GroupBy(m => new { m.CohortId, m.Status })
            .Select(g => new { g.Key.CohortId, g.Key.Status, Count = g.Count() }).ToListAsync(ct))
            .ToLookup(x => x.CohortId);
        var steps = await StepsAsync(open, cohorts.ToDictionary(c => c.Id, c => c.TimeZoneId), ct);

        var since = ProgramMonths.QueryFromUtc(now);
        var held = (await CountByQuarterAsync(
            from s in db.CoachingSessions
            join m in open on s.MatchId equals m.Id
            where s.Status == SessionStatus.Held && s.StartsAtUtc >= since
            select new Stamp { CohortId = m.CohortId, AtUtc = s.StartsAtUtc }, ct)).ToLookup(q => q.CohortId);
        var late = (await CountByQuarterAsync(
            from c in db.SessionChanges
            join s in db.CoachingSessions on c.SessionId equals s.Id
            join m in open on s.MatchId equals m.Id
            where c.WasLate && c.AtUtc >= since
            select new Stamp { CohortId = m.CohortId, AtUtc = c.AtUtc }, ct)).ToLookup(q => q.CohortId);

        return new ProgramInsight(cohorts.Select(c =>
        {
            var months = ProgramMonths.Last(now, c.TimeZoneId);
            return new CohortInsight(c.Id, c.Name, c.TimeZoneId,
                engagements[c.Id].ToDictionary(x => x.Status, x => x.Count),
                steps.GetValueOrDefault(c.Id) ?? new Dictionary<MilestoneStatus, int>(),
                ProgramMonths.Tally(held[c.Id].Select(q => (q.StartUtc, q.Count)), months, c.TimeZoneId),
                ProgramMonths.Tally(late[c.Id].Select(q => (q.StartUtc, q.Count)), months, c.TimeZoneId));
        }).ToList(), now);
    }

    /// <summary>Each open cohort's steps of active engagements by status: three queries, then each step dated and judged as
    /// the progress matrix does, from the first held session that served it.</summary>
    private async Task<Dictionary<int, Dictionary<MilestoneStatus, int>>> StepsAsync(
        IQueryable<Match> open, Dictionary<int, string> zones, CancellationToken ct)
    {
        var active = await open.Where(m => m.Status == MatchStatus.Active).Select(m => new { m.Id, m.CohortId, m.StartedAtUtc }).ToListAsync(ct);
        var milestones = (await db.Milestones.Where(m => db.Cohorts.Any(c => c.Id == m.CohortId && !c.IsArchived))
            .Select(m => new { m.Id, m.CohortId, Due = new StepDue(m.DueDate, m.DaysAfterStart, m.AfterStepId) }).ToListAsync(ct))
            .ToLookup(m => m.CohortId);
        var firstHeld = (await (
                from s in db.CoachingSessions
                join m in open on s.MatchId equals m.Id
                where m.Status == MatchStatus.Active && s.Status == SessionStatus.Held && s.MilestoneId != null
                group s.StartsAtUtc by new { s.MatchId, s.MilestoneId } into g
                select new { g.Key.MatchId, g.Key.MilestoneId, At = g.Min() }).ToListAsync(ct))
            .ToDictionary(x => (x.MatchId, x.MilestoneId!.Value), x => x.At);

        var dueSoonDays = options.Value.DueSoonDays;
        var result = new Dictionary<int, Dictionary<MilestoneStatus, int>>();
        foreach (var match in active)
        {
            var zone = zones[match.CohortId];
            var today = ProgramTime.Today(clock, zone);
            DateOnly? MetOn(int step) => firstHeld.TryGetValue((match.Id, step), out var at) ? ProgramTime.DayOf(at, zone) : null;
            var counts = result.TryGetValue(match.CohortId, out var found) ? found : result[match.CohortId] = [];
            foreach (var step in milestones[match.CohortId])
            {
                var date = step.Due.For(ProgramTime.DayOf(match.StartedAtUtc, zone), MetOn);
                var status = MilestoneProgress.StatusOf(date, MetOn(step.Id) is DateOnly met ? [met] : [], today, dueSoonDays);
                counts[status] = counts.GetValueOrDefault(status) + 1;
            }
        }
        return result;
    }

    private static async Task<List<Quarter>> CountByQuarterAsync(IQueryable<Stamp> stamps, CancellationToken ct) =>
        (await stamps
            .GroupBy(x => new { x.CohortId, x.AtUtc.Year, x.AtUtc.Month, x.AtUtc.Day, x.AtUtc.Hour, Quarter = x.AtUtc.Minute / 15 })
            .Select(g => new { g.Key.CohortId, g.Key.Year, g.Key.Month, g.Key.Day, g.Key.Hour, g.Key.Quarter, Count = g.Count() })
            .ToListAsync(ct))
        .Select(x => new Quarter(x.CohortId, new DateTime(x.Year, x.Month, x.Day, x.Hour, x.Quarter * 15, 0, DateTimeKind.Utc), x.Count))
        .ToList();

    private sealed class Stamp
    {
        public int CohortId { get; init; }
        public DateTime AtUtc { get; init; }
    }

    private sealed record Quarter(int CohortId, DateTime StartUtc, int Count);
}
