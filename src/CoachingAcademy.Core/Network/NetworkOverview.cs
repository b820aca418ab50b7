using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Insight;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Network;

/// <summary>The network's coaches by availability: listed with places left, listed but full, and paused by themselves or a director.</summary>
public sealed record CoachAvailability(int WithPlaces, int Full, int PausedByCoach, int PausedByDirector, int PlacesLeft)
{
    public int Total => WithPlaces + Full + PausedByCoach + PausedByDirector;
}

/// <summary>A player's request the coach has not answered yet, and how many days it has waited.</summary>
public sealed record OpenRequestRow(int MatchId, string Player, string Coach, DateTime AskedAtUtc, int DaysWaiting);

/// <summary>One month of the network (in the cohort's zone): relationships that began, and endings, split by who ended them.</summary>
public sealed record NetworkMonth(DateOnly Month, int Began, int Ended, int PartedAfterCall, int EndedByCoach, int EndedByPlayer, int EndedByDirector);

/// <summary>Seed 001: what a director sees of a network: numbers and names, never the content of anything (no messages,
/// notes, statements or reasons).</summary>
public sealed record NetworkOverview(int CohortId, string CohortName, string TimeZoneId, CoachAvailability Coaches, PagedList<OpenRequestRow> Requests,
    int Exploring, int Active, IReadOnlyList<NetworkMonth> Months);

public sealed class NetworkOverviewQueries(IAppDbContext db, TimeProvider clock)
{
    public const int Months = 12;

    /// <summary>The overview of a network cohort; null when the cohort is not a network. Six queries whatever its size.</summary>
    public async Task<NetworkOverview?> ForCohortAsync(int cohortId, int page, int pageSize = PagedList<OpenRequestRow>.DefaultPageSize,
        CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId && c.Kind == ProgramKind.CoachNetwork)
            .Select(c => new { c.Name, c.TimeZoneId }).SingleOrDefaultAsync(ct);
        if (cohort is null)
            return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var matches = db.Matches.Where(m => m.CohortId == cohortId);

        var open = matches.Where(m => MatchStatuses.Open.Contains(m.Status));
        var coaches = await db.NetworkProfiles.Where(p => p.Enrollment.CohortId == cohortId && p.Enrollment.Role == EnrollmentRole.Coach)
            .Select(p => new { p.IsAvailable, p.PausedByDirector, Left = p.Enrollment.CoachCapacity - open.Count(m => m.CoachId == p.Enrollment.PersonId) })
            .ToListAsync(ct);
        var listed = coaches.Where(c => c.IsAvailable && !c.PausedByDirector).ToList();
        var availability = new CoachAvailability(listed.Count(c => c.Left > 0), listed.Count(c => c.Left <= 0),
            coaches.Count(c => !c.IsAvailable && !c.PausedByDirector), coaches.Count(c => c.PausedByDirector), listed.Sum(c => Math.Max(0, c.Left)));

        page = PagedList<OpenRequestRow>.Clamp(page);
        var waiting = matches.Where(m => m.Status == MatchStatus.AwaitingCoach);
        var total = await waiting.CountAsync(ct);
        var requests = (await waiting.OrderBy(m => m.ProposedAtUtc).ThenBy(m => m.Id).Skip((page - 1) * pageSize).Take(pageSize)
                .Select(m => new { m.Id, Player = m.Participant!.FullName, Coach = m.Coach!.FullName, m.ProposedAtUtc }).ToListAsync(ct))
            .Select(r => new OpenRequestRow(r.Id, r.Player, r.Coach, r.ProposedAtUtc, Math.Max(0, (int)(now - r.ProposedAtUtc).TotalDays))).ToList();

        var active = await matches.Where(m => m.Status == MatchStatus.Active)
            .GroupBy(m => m.StartsWithExploratoryCall && m.RelationshipBeganAtUtc == null)
            .Select(g => new { Exploring = g.Key, Count = g.Count() }).ToListAsync(ct);

        // The last twelve months in the cohort's zone, this one first; the query reaches a little before the oldest of them.
        var fromUtc = ProgramMonths.QueryFromUtc(now, Months);
        var began = await matches.Where(m => m.RelationshipBeganAtUtc >= fromUtc && m.ParticipantId != null)
            .Select(m => m.RelationshipBeganAtUtc!.Value).ToListAsync(ct);
        var ended = await matches.Where(m => m.EndedAtUtc >= fromUtc && m.ParticipantId != null)
            .Select(m => new { At = m.EndedAtUtc!.Value, m.EndedBy, Parted = m.StartsWithExploratoryCall && m.RelationshipBeganAtUtc == null })
            .ToListAsync(ct);
        DateOnly MonthOf(DateTime utc) => ProgramMonths.MonthOf(utc, cohort.TimeZoneId);
        var months = ProgramMonths.Last(now, cohort.TimeZoneId, Months).Reverse().Select(month =>
        {
            var endings = ended.Where(e => MonthOf(e.At) == month).ToList();
            return new NetworkMonth(month, began.Count(b => MonthOf(b) == month), endings.Count, endings.Count(e => e.Parted),
                endings.Count(e => e.EndedBy == MatchParty.Coach), endings.Count(e => e.EndedBy == MatchParty.Participant),
                endings.Count(e => e.EndedBy == MatchParty.Director));
        }).ToList();

        return new NetworkOverview(cohortId, cohort.Name, cohort.TimeZoneId, availability,
            new PagedList<OpenRequestRow>(requests, page, pageSize, total),
            active.Where(a => a.Exploring).Sum(a => a.Count), active.Where(a => !a.Exploring).Sum(a => a.Count), months);
    }
}
