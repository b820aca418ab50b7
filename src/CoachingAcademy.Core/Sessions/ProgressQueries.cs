using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Sessions;

/// <summary>One step of one engagement: its rule (<see cref="Due"/>), its date for this engagement, and where it stands.</summary>
public sealed record MilestoneCell(int MilestoneId, string Name, StepKind Kind, StepDue Due, DateOnly? DueDate, MilestoneStatus Status);

public sealed record SessionSummary(
    int Id, int MatchId, DateTime StartsAtUtc, int DurationMinutes, SessionForm Form, string Location, SessionStatus Status,
    int? MilestoneId, int LateChanges)
{
    public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(DurationMinutes);
}

/// <summary>Where a match stands: each milestone's status, sessions held against the cohort's minimum, late changes.</summary>
public sealed record MatchProgress(
    int MatchId, string TimeZoneId, IReadOnlyList<MilestoneCell> Milestones, int HeldSessions, int MinimumSessions, int LateChanges,
    IReadOnlyList<SessionSummary> Sessions, DateTime NowUtc)
{
    public bool HasOverdue => Milestones.Any(m => m.Status == MilestoneStatus.Overdue);
    /// <summary>Something is due soon and not met yet, while nothing is overdue.</summary>
    public bool AtRisk => !HasOverdue && Milestones.Any(m => m.Status == MilestoneStatus.DueSoon);
    public MilestoneCell? NextMilestone => Milestones.Where(m => !m.Status.IsMet()).OrderBy(m => m.DueDate ?? DateOnly.MaxValue).FirstOrDefault();
    public SessionSummary? NextSession => Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAtUtc > NowUtc).MinBy(s => s.StartsAtUtc);
    /// <summary>Scheduled sessions whose start has passed: waiting to be logged as held or not.</summary>
    public IEnumerable<SessionSummary> ToLog => Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAtUtc <= NowUtc);
}

public sealed record ProgressRow(int MatchId, string ParticipantName, string CoachName, MatchProgress Progress)
{
    /// <summary>A peer team (seed 004): its row names its members and has no match page.</summary>
    public bool IsTeam { get; init; }
}

public enum ProgressFilter
{
    All,
    Overdue,
    AtRisk,
}

public sealed record CohortProgress(
    int CohortId, string CohortName, IReadOnlyList<(int Id, string Name, StepDue Due)> Milestones,
    PagedList<ProgressRow> Rows, int Matches, int Overdue, int AtRisk, int MetAll, int LateChanges);

/// <summary>One session of a cohort, for the directors' export: when, how, what came of it. Never a note, never a change's reason.</summary>
/// <remarks><see cref="Coach"/> is null for a peer team, whose <see cref="Participant"/> names its members.</remarks>
public sealed record CohortSessionRow(
    string Participant, string? Coach, MatchStatus Engagement, DateTime StartsAtUtc, int DurationMinutes, SessionForm Form,
    SessionStatus Status, string? Step, int LateChanges);

/// <summary>A cohort's sessions, streamed in the order they start.</summary>
public sealed record CohortSessions(string CohortName, string TimeZoneId, IAsyncEnumerable<CohortSessionRow> Rows);

/// <summary>
/// Progress of matches, derived from milestones and sessions in three queries whatever the number of matches or
/// sessions. Nothing here reads a note.
/// </summary>
public sealed class ProgressQueries(IAppDbContext db, TimeProvider clock, IOptions<ProgramOptions> options)
{
    public async Task<IReadOnlyDictionary<int, MatchProgress>> ForMatchesAsync(IReadOnlyCollection<int> matchIds, CancellationToken ct = default)
    {
        if (matchIds.Count == 0)
            return new Dictionary<int, MatchProgress>();
        var matches = await db.Matches.Where(m => matchIds.Contains(m.Id))
            .Select(m => new { m.Id, m.CohortId, m.StartedAtUtc, Cohort = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => new { c.TimeZoneId, c.Rules.MinimumSessions }).Single() })
            .ToListAsync(ct);
        var cohortIds = matches.Select(m => m.CohortId).Distinct().ToList();
        var milestones = await db.Milestones.Where(m => cohortIds.Contains(m.CohortId)).OrderBy(m => m.Order)
            .Select(m => new { m.Id, m.CohortId, m.Name, m.Kind, m.DueDate, m.DaysAfterStart, m.AfterStepId }).ToListAsync(ct);
        var sessions = await db.CoachingSessions.Where(s => matchIds.Contains(s.MatchId)).OrderBy(s => s.StartsAtUtc)
            .Select(s => new SessionSummary(s.Id, s.MatchId, s.StartsAtUtc, s.DurationMinutes, s.Form, s.Location, s.Status, s.MilestoneId, s.LateChanges))
            .ToListAsync(ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var sessionsByMatch = sessions.ToLookup(s => s.MatchId);
        var milestonesByCohort = milestones.ToLookup(m => m.CohortId);
        return matches.ToDictionary(m => m.Id, m =>
        {
            var mine = sessionsByMatch[m.Id].ToList();
            var today = ProgramTime.Today(clock, m.Cohort.TimeZoneId);
            var startedOn = ProgramTime.DayOf(m.StartedAtUtc, m.Cohort.TimeZoneId);
            var heldOn = mine.Where(s => s.Status == SessionStatus.Held && s.MilestoneId != null)
                .ToLookup(s => s.MilestoneId!.Value, s => ProgramTime.DayOf(s.StartsAtUtc, m.Cohort.TimeZoneId));
            var cells = milestonesByCohort[m.CohortId]
                .Select(x =>
                {
                    var due = new StepDue(x.DueDate, x.DaysAfterStart, x.AfterStepId);
                    var date = due.For(startedOn, step => heldOn[step].Order().Cast<DateOnly?>().FirstOrDefault());
                    return new MilestoneCell(x.Id, x.Name, x.Kind, due, date, MilestoneProgress.StatusOf(date, heldOn[x.Id], today, options.Value.DueSoonDays));
                })
                .ToList();
            return new MatchProgress(m.Id, m.Cohort.TimeZoneId, cells, mine.Count(s => s.Status == SessionStatus.Held), m.Cohort.MinimumSessions,
                mine.Sum(s => s.LateChanges), mine, now);
        });
    }

    /// <summary>How a director's lists name an engagement: its participant, or a peer team by its members.</summary>
    private static string EngagementName(string participant, IReadOnlyList<string>? team) =>
        team is null ? participant : "Team: " + string.Join(", ", team);

    /// <summary>Every row of the director's matrix, unfiltered and on one page, for the export.</summary>
    public Task<CohortProgress?> AllForCohortAsync(int cohortId, CancellationToken ct = default) =>
        ForCohortAsync(cohortId, ProgressFilter.All, 1, int.MaxValue, ct);

    /// <summary>
    /// Every session of every engagement of the cohort (ended ones too), in two queries before the rows and one that streams
    /// them, whatever their number.
    /// </summary>
    public async Task<CohortSessions?> SessionsOfCohortAsync(int cohortId, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => new { c.Name, c.TimeZoneId }).SingleOrDefaultAsync(ct);
        if (cohort is null)
            return null;
        var engagements = (await db.Matches.Where(m => m.CohortId == cohortId && db.CoachingSessions.Any(s => s.MatchId == m.Id))
            .Select(m => new
            {
                m.Id, m.Status, Participant = m.Participant!.FullName, Coach = m.Coach!.FullName,
                Team = m.ParticipantId == null ? m.Members.OrderBy(x => x.Person.FullName).Select(x => x.Person.FullName).ToList() : null,
            })
            .ToListAsync(ct)).ToDictionary(m => m.Id);
        var sessions = db.CoachingSessions.Where(s => db.Matches.Any(m => m.Id == s.MatchId && m.CohortId == cohortId))
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.MatchId, s.StartsAtUtc, s.DurationMinutes, s.Form, s.Status, s.LateChanges,
                Step = db.Milestones.Where(x => x.Id == s.MilestoneId).Select(x => x.Name).FirstOrDefault(),
            })
            .AsAsyncEnumerable()
            .Select(s =>
            {
                var m = engagements[s.MatchId];
                return new CohortSessionRow(EngagementName(m.Participant, m.Team), m.Coach, m.Status,
                    s.StartsAtUtc, s.DurationMinutes, s.Form, s.Status, s.Step, s.LateChanges);
            });
        return new CohortSessions(cohort.Name, cohort.TimeZoneId, sessions);
    }

    /// <summary>The director's matrix: every active match of the cohort against its milestones, filtered, then paged.</summary>
    public async Task<CohortProgress?> ForCohortAsync(int cohortId, ProgressFilter filter, int page, int pageSize = 25, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => new { c.Name }).SingleOrDefaultAsync(ct);
        if (cohort is null)
            return null;
        var matches = await db.Matches.Where(m => m.CohortId == cohortId && m.Status == MatchStatus.Active)
            .OrderBy(m => m.Participant!.FullName).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id, Participant = m.Participant!.FullName, Coach = m.Coach!.FullName,
                // A peer team has neither: its row names its members.
                Team = m.ParticipantId == null ? m.Members.OrderBy(x => x.Person.FullName).Select(x => x.Person.FullName).ToList() : null,
            })
            .ToListAsync(ct);
        var progress = await ForMatchesAsync(matches.Select(m => m.Id).ToList(), ct);
        var milestones = await db.Milestones.Where(m => m.CohortId == cohortId).OrderBy(m => m.Order)
            .Select(m => new { m.Id, m.Name, m.DueDate, m.DaysAfterStart, m.AfterStepId }).ToListAsync(ct);

        var rows = matches.Select(m => new ProgressRow(m.Id, EngagementName(m.Participant, m.Team), m.Coach ?? "—", progress[m.Id])
        {
            IsTeam = m.Team is not null,
        }).ToList();
        var shown = rows.Where(r => filter switch
        {
            ProgressFilter.Overdue => r.Progress.HasOverdue,
            ProgressFilter.AtRisk => r.Progress.AtRisk,
            _ => true,
        }).ToList();
        page = PagedList<ProgressRow>.Clamp(page);
        return new CohortProgress(cohortId, cohort.Name, milestones.Select(m => (m.Id, m.Name, new StepDue(m.DueDate, m.DaysAfterStart, m.AfterStepId))).ToList(),
            new PagedList<ProgressRow>(shown.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, shown.Count),
            rows.Count, rows.Count(r => r.Progress.HasOverdue), rows.Count(r => r.Progress.AtRisk),
            rows.Count(r => r.Progress.Milestones.Count > 0 && r.Progress.Milestones.All(c => c.Status.IsMet())),
            rows.Sum(r => r.Progress.LateChanges));
    }
}
