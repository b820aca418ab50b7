using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Engagements;

/// <summary>One version of an outline as the pages show it.</summary>
public sealed record OutlineView(int Id, int Version, int AdditionalSessions, int PeriodWeeks, string Reason, DateTime SubmittedAtUtc,
    OutlineDecision Decision, string? DecidedByName, DateTime? DecidedAtUtc, bool DecidedThroughLink, string? Comment);

/// <summary>
/// Seed 002's plan of one engagement whose cohort asks the organisation's approval: the initial sessions (the cohort's
/// minimum, three), the coach's outline owed within <see cref="OutlineDays"/> days of the last of them being held, and the
/// number of sessions the organisation has agreed to in writing, which no booking may exceed.
/// </summary>
/// <param name="InitialSessions">Sessions agreed from the start: the cohort's minimum.</param>
/// <param name="LastInitialHeldUtc">When the last initial session (the third) started, once it is logged held.</param>
/// <param name="TimeZoneId">The cohort's zone: the 10 days count in its calendar days.</param>
/// <param name="Outlines">Every version, newest first.</param>
/// <param name="Held">Sessions logged held.</param>
/// <param name="Booked">Sessions scheduled and not yet logged.</param>
public sealed record EngagementPlan(int InitialSessions, DateTime? LastInitialHeldUtc, string TimeZoneId, IReadOnlyList<OutlineView> Outlines,
    int Held, int Booked)
{
    /// <summary>The plan from the cohort's minimum (the initial sessions, at least one), the starts of the sessions held,
    /// every outline (newest first) and the number of sessions booked.</summary>
    public static EngagementPlan From(int minimumSessions, IEnumerable<DateTime> heldStartsUtc, string timeZoneId, IReadOnlyList<OutlineView> outlines,
        int booked)
    {
        var initial = Math.Max(1, minimumSessions);
        var held = heldStartsUtc.Order().ToList();
        return new EngagementPlan(initial, held.Count >= initial ? held[initial - 1] : null, timeZoneId, outlines, held.Count, booked);
    }

    /// <summary>Seed 002: "This outline will be delivered to the organization within 10 days of the third initial session."</summary>
    public const int OutlineDays = 10;

    /// <summary>The last day the outline is on time, in the cohort's zone: the tenth day after the third session's day.</summary>
    public DateOnly? OutlineDueOn => LastInitialHeldUtc is DateTime held ? ProgramTime.DayOf(held, TimeZoneId).AddDays(OutlineDays) : null;

    /// <summary>The newest outline, whatever its decision.</summary>
    public OutlineView? Current => Outlines.Count > 0 ? Outlines[0] : null;

    /// <summary>The outline in force: the newest approved one.</summary>
    public OutlineView? Approved => Outlines.FirstOrDefault(o => o.Decision == OutlineDecision.Approved);

    /// <summary>The initial sessions, plus the additional ones of the outline in force.</summary>
    public int PlannedSessions => InitialSessions + (Approved?.AdditionalSessions ?? 0);

    /// <summary>The initial sessions are held and the coach has not submitted an outline yet.</summary>
    public bool OutlineOwed => LastInitialHeldUtc is not null && Outlines.Count == 0;

    public bool IsOutlineOverdue(DateOnly today) => OutlineOwed && today > OutlineDueOn;

    public bool WaitsForApproval => Current?.Decision == OutlineDecision.Pending;

    /// <summary>One more session may be booked: those held and booked are fewer than the planned ones.</summary>
    public bool MayBook => Held + Booked < PlannedSessions;

    /// <summary>The organisation has agreed to a number of sessions and all of them are held.</summary>
    public bool IsComplete => Approved is not null && Held >= PlannedSessions;

    /// <summary>Why one more session cannot be booked, in words.</summary>
    public string BookingRefusal =>
        $"The organisation has agreed to {PlannedSessions} sessions, and {Held} are held and {Booked} booked. " + (WaitsForApproval
            ? "The coach's outline of further sessions waits for the organisation's written approval."
            : Approved is null ? "Further sessions need the organisation's written approval of the coach's outline, due after the third session."
            : "More sessions need a changed outline, approved by the organisation.");
}

/// <summary>Reads the plans of engagements: a fixed number of queries whatever their number.</summary>
public sealed class PlanQueries(IAppDbContext db)
{
    public async Task<EngagementPlan?> ForMatchAsync(int matchId, CancellationToken ct = default) =>
        (await ForMatchesAsync([matchId], ct)).GetValueOrDefault(matchId);

    /// <summary>The plans of those engagements whose cohort asks the organisation's approval; the others have none.</summary>
    public async Task<IReadOnlyDictionary<int, EngagementPlan>> ForMatchesAsync(IReadOnlyCollection<int> matchIds, CancellationToken ct = default)
    {
        var ids = matchIds.Distinct().ToList();
        var matches = await db.Matches.Where(m => ids.Contains(m.Id))
            .Join(db.Cohorts.Where(c => c.Rules.OrganisationApproves), m => m.CohortId, c => c.Id,
                (m, c) => new { m.Id, c.Rules.MinimumSessions, c.TimeZoneId })
            .ToListAsync(ct);
        if (matches.Count == 0)
            return new Dictionary<int, EngagementPlan>();
        var planned = matches.Select(m => m.Id).ToList();
        var sessions = await db.CoachingSessions
            .Where(s => planned.Contains(s.MatchId) && (s.Status == SessionStatus.Held || s.Status == SessionStatus.Scheduled))
            .Select(s => new { s.MatchId, s.Status, s.StartsAtUtc }).ToListAsync(ct);
        var outlines = (await db.SessionOutlines.Where(o => planned.Contains(o.MatchId))
            .Select(o => new { o.MatchId, View = new OutlineView(o.Id, o.Version, o.AdditionalSessions, o.PeriodWeeks, o.Reason, o.SubmittedAtUtc,
                o.Decision, o.DecidedByName, o.DecidedAtUtc, o.DecidedThroughLink, o.Comment) })
            .ToListAsync(ct)).ToLookup(o => o.MatchId, o => o.View);
        var byMatch = sessions.ToLookup(s => s.MatchId);
        return matches.ToDictionary(m => m.Id, m =>
        {
            return EngagementPlan.From(m.MinimumSessions, byMatch[m.Id].Where(s => s.Status == SessionStatus.Held).Select(s => s.StartsAtUtc), m.TimeZoneId,
                outlines[m.Id].OrderByDescending(o => o.Version).ToList(), byMatch[m.Id].Count(s => s.Status == SessionStatus.Scheduled));
        });
    }
}
