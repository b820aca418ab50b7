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
    /// <summary>A peer team's meeting: the member who facilitates it.</summary>
    public int? FacilitatorId { get; init; }
    /// <summary>A peer team's meeting: the cohort's guest is invited to it.</summary>
    public bool GuestInvited { get; init; }

    /// <summary>Seed 001: the pair's exploratory call, or a regular session.</summary>
    public SessionKind Kind { get; init; }
}

/// <summary>
/// Where an engagement stands: each step's status, sessions held against the cohort's minimum, late changes. Steps,
/// sessions held and late changes count the participant's earlier engagements in the cohort too (a rematch keeps
/// what was met); <see cref="Sessions"/> are this engagement's own.
/// </summary>
public sealed record MatchProgress(
    string TimeZoneId, IReadOnlyList<MilestoneCell> Milestones, int HeldSessions, int MinimumSessions, int LateChanges,
    IReadOnlyList<SessionSummary> Sessions, DateTime NowUtc)
{
    /// <summary>The engagement is active: the rhythm applies to it.</summary>
    public bool Ongoing { get; init; }
    /// <summary>The day of the last session held, or the day coaching started when none was held yet.</summary>
    public DateOnly? LastContactOn { get; init; }
    public DateOnly Today { get; init; }
    /// <summary>The pair's agreed rhythm (<see cref="Matching.MatchAgreement.ContactEveryDays"/>), else the cohort's (<see cref="Cohorts.CohortRules.RhythmDays"/>).</summary>
    public int? RhythmDays { get; init; }
    /// <summary>The day the program ends for this cohort (graduation).</summary>
    public DateOnly EndsOn { get; init; }

    /// <summary>Days before the end from which a participant under the minimum is flagged.</summary>
    public const int NearEndDays = 30;

    public bool HasOverdue => Milestones.Any(m => m.Status == MilestoneStatus.Overdue);
    /// <summary>Something is due soon and not met yet, while nothing is overdue.</summary>
    public bool AtRisk => !HasOverdue && Milestones.Any(m => m.Status == MilestoneStatus.DueSoon);
    /// <summary>An active engagement with no session held for longer than the cohort's rhythm, and none booked.</summary>
    public bool Quiet => Ongoing && RhythmDays is int days && LastContactOn is DateOnly last && Today.DayNumber - last.DayNumber > days
        && NextSession is null;
    /// <summary>Fewer sessions held than the minimum, with the end of the program near or past.</summary>
    public bool BelowMinimum => HeldSessions < MinimumSessions && Today.AddDays(NearEndDays) >= EndsOn;
    public MilestoneCell? NextMilestone => Milestones.Where(m => !m.Status.IsMet()).OrderBy(m => m.DueDate ?? DateOnly.MaxValue).FirstOrDefault();
    public SessionSummary? NextSession => Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAtUtc > NowUtc).MinBy(s => s.StartsAtUtc);
    /// <summary>Scheduled sessions whose start has passed: waiting to be logged as held or not.</summary>
    public IEnumerable<SessionSummary> ToLog => Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAtUtc <= NowUtc);
}

/// <summary>Where a participant stands in the cohort's matching.</summary>
public enum Standing
{
    /// <summary>No engagement and none asked for.</summary>
    Unmatched = 0,
    /// <summary>A request or a proposal waits for the coach or a director.</summary>
    Waiting = 1,
    Active = 2,
    /// <summary>Their engagement ended and no other has started.</summary>
    Ended = 3,
}

/// <summary>One participant of the cohort (or a peer team) over all their engagements in it. <see cref="MatchId"/> is the
/// engagement whose page the row links to: the active one, else the last that ended; null when none started.</summary>
public sealed record ProgressRow(int? MatchId, string ParticipantName, string CoachName, Standing Standing, MatchProgress Progress)
{
    /// <summary>A peer team (seed 004): its row names its members and has no match page.</summary>
    public bool IsTeam { get; init; }
}

public enum ProgressFilter
{
    All,
    Overdue,
    AtRisk,
    Unmatched,
    /// <summary>No session for longer than the cohort's rhythm.</summary>
    Quiet,
    /// <summary>Under the minimum of sessions, the end near.</summary>
    BelowMinimum,
}

public static class ProgressFilters
{
    public static string DisplayName(this Standing standing) => standing switch
    {
        Standing.Waiting => "Match waiting",
        Standing.Active => "Coaching",
        Standing.Ended => "Ended, not rematched",
        _ => "Without a coach",
    };

    public static bool Keeps(this ProgressFilter filter, ProgressRow row) => filter switch
    {
        ProgressFilter.Overdue => row.Progress.HasOverdue,
        ProgressFilter.AtRisk => row.Progress.AtRisk,
        ProgressFilter.Unmatched => row.Standing is Standing.Unmatched or Standing.Ended,
        ProgressFilter.Quiet => row.Progress.Quiet,
        ProgressFilter.BelowMinimum => row.Progress.BelowMinimum,
        _ => true,
    };
}

/// <summary>How many rows of a cohort each filter keeps (the director's to-do and the progress page's cards).</summary>
public sealed record ProgressCounts(int Rows, int Active, int Unmatched, int Overdue, int AtRisk, int Quiet, int BelowMinimum, int MetAll, int LateChanges)
{
    public static ProgressCounts Of(IReadOnlyCollection<ProgressRow> rows)
    {
        int Kept(ProgressFilter filter) => rows.Count(r => filter.Keeps(r));
        return new(rows.Count, rows.Count(r => r.Standing == Standing.Active), Kept(ProgressFilter.Unmatched), Kept(ProgressFilter.Overdue),
            Kept(ProgressFilter.AtRisk), Kept(ProgressFilter.Quiet), Kept(ProgressFilter.BelowMinimum),
            rows.Count(r => r.Progress.Milestones.Count > 0 && r.Progress.Milestones.All(c => c.Status.IsMet())), rows.Sum(r => r.Progress.LateChanges));
    }
}

public sealed record CohortProgress(
    int CohortId, string CohortName, IReadOnlyList<(int Id, string Name, StepDue Due)> Milestones,
    PagedList<ProgressRow> Rows, ProgressCounts Counts, int? RhythmDays);

/// <summary>One session of a cohort, for the directors' export: when, how, what came of it. Never a note, never a change's reason.</summary>
/// <remarks><see cref="Coach"/> is null for a peer team, whose <see cref="Participant"/> names its members.</remarks>
public sealed record CohortSessionRow(
    string Participant, string? Coach, MatchStatus Engagement, DateTime StartsAtUtc, int DurationMinutes, SessionForm Form,
    SessionStatus Status, string? Step, int LateChanges);

/// <summary>A cohort's sessions, streamed in the order they start.</summary>
public sealed record CohortSessions(string CohortName, string TimeZoneId, IAsyncEnumerable<CohortSessionRow> Rows);

/// <summary>
/// Progress of engagements and of a cohort's participants, derived from steps and sessions in a fixed number of queries
/// whatever the number of engagements or sessions. Nothing here reads a note.
/// </summary>
public sealed class ProgressQueries(IAppDbContext db, TimeProvider clock, IOptions<ProgramOptions> options)
{
    private sealed record CohortFacts(int Id, string Name, string TimeZoneId, Cohorts.CohortRules Rules, DateOnly GraduationDate, List<DateOnly> ClassSessions)
    {
        /// <summary>The day coaching may start after (seed 000: the second class session); the rhythm counts from it.</summary>
        public DateOnly? CoachingStartsAfter => Cohorts.Cohort.StartsAfter(Rules, ClassSessions);
    }

    private sealed record StepFacts(int Id, int CohortId, string Name, StepKind Kind, DateOnly? DueDate, int? DaysAfterStart, int? AfterStepId)
    {
        public StepDue Due => new(DueDate, DaysAfterStart, AfterStepId);
    }

    /// <summary>An executive engagement's own calendar (<see cref="Engagements.EngagementSchedule"/>): where its steps count from,
    /// its own day counts, and since when its sessions serve the current cycle's steps.</summary>
    private sealed record ScheduleFacts(DateOnly StartsOn, DateTime? CycleStartedAtUtc, IReadOnlyDictionary<int, int> StepDays);

    /// <summary>A session with the engagement it belongs to, to count a participant's earlier engagements too.</summary>
    private sealed record SessionFacts(SessionSummary Summary, int? ParticipantId, int CohortId);

    /// <summary>Each engagement's progress, keyed by its id, over the participant's engagements in its cohort.</summary>
    public async Task<IReadOnlyDictionary<int, MatchProgress>> ForMatchesAsync(IReadOnlyCollection<int> matchIds, CancellationToken ct = default)
    {
        if (matchIds.Count == 0)
            return new Dictionary<int, MatchProgress>();
        var matches = await db.Matches.Where(m => matchIds.Contains(m.Id))
            .Select(m => new { m.Id, m.CohortId, m.ParticipantId, m.StartedAtUtc, m.Status, Every = m.Agreement == null ? null : m.Agreement.ContactEveryDays })
            .ToListAsync(ct);
        var cohortIds = matches.Select(m => m.CohortId).Distinct().ToList();
        var participantIds = matches.Where(m => m.ParticipantId != null).Select(m => m.ParticipantId!.Value).Distinct().ToList();
        var cohorts = await CohortsAsync(cohortIds, ct);
        var steps = await StepsAsync(cohortIds, ct);
        var sessions = await SessionsAsync(matchIds, participantIds, cohortIds, ct);
        var schedules = await SchedulesAsync(cohorts.Values, matchIds, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return matches.ToDictionary(m => m.Id, m =>
            Build(cohorts[m.CohortId], steps[m.CohortId], m.Id, m.ParticipantId, m.StartedAtUtc, m.Status == MatchStatus.Active, sessions, now,
                schedules.GetValueOrDefault(m.Id), m.Every));
    }

    private Task<Dictionary<int, CohortFacts>> CohortsAsync(IReadOnlyCollection<int> cohortIds, CancellationToken ct) =>
        db.Cohorts.Where(c => cohortIds.Contains(c.Id))
            .Select(c => new CohortFacts(c.Id, c.Name, c.TimeZoneId, c.Rules, c.GraduationDate,
                db.AcademySessions.Where(s => s.CohortId == c.Id).Select(s => s.Date).ToList()))
            .ToDictionaryAsync(c => c.Id, ct);

    private async Task<ILookup<int, StepFacts>> StepsAsync(IReadOnlyCollection<int> cohortIds, CancellationToken ct) =>
        (await db.Milestones.Where(m => cohortIds.Contains(m.CohortId)).OrderBy(m => m.Order)
            .Select(m => new StepFacts(m.Id, m.CohortId, m.Name, m.Kind, m.DueDate, m.DaysAfterStart, m.AfterStepId)).ToListAsync(ct))
        .ToLookup(m => m.CohortId);

    /// <summary>The calendars of these engagements, read only where a cohort keeps the executive record (no query otherwise).</summary>
    private async Task<Dictionary<int, ScheduleFacts>> SchedulesAsync(IEnumerable<CohortFacts> cohorts, IReadOnlyCollection<int> matchIds, CancellationToken ct)
    {
        if (matchIds.Count == 0 || !cohorts.Any(c => c.Rules.OutcomesAndPlan))
            return [];
        return (await db.EngagementSchedules.AsNoTracking().Where(s => matchIds.Contains(s.MatchId)).ToListAsync(ct))
            .ToDictionary(s => s.MatchId, s => new ScheduleFacts(s.StartsOn, s.CycleStartedAtUtc, s.Steps.ToDictionary(x => x.MilestoneId, x => x.DaysAfterStart)));
    }

    /// <summary>The sessions of these engagements and of every engagement of these participants in these cohorts.</summary>
    private async Task<IReadOnlyList<SessionFacts>> SessionsAsync(
        IReadOnlyCollection<int> matchIds, IReadOnlyCollection<int> participantIds, IReadOnlyCollection<int> cohortIds, CancellationToken ct) =>
        await (from s in db.CoachingSessions
               join m in db.Matches on s.MatchId equals m.Id
               where matchIds.Contains(m.Id) || (m.ParticipantId != null && participantIds.Contains(m.ParticipantId.Value) && cohortIds.Contains(m.CohortId))
               orderby s.StartsAtUtc
               select new SessionFacts(
                   new SessionSummary(s.Id, s.MatchId, s.StartsAtUtc, s.DurationMinutes, s.Form, s.Location, s.Status, s.MilestoneId, s.LateChanges)
                   {
                       FacilitatorId = s.FacilitatorId, GuestInvited = s.GuestInvitedAtUtc != null, Kind = s.Kind,
                   },
                   m.ParticipantId, m.CohortId))
            .ToListAsync(ct);

    /// <summary>
    /// One engagement's progress, or an unmatched participant's (<paramref name="matchId"/> null: no start, no session).
    /// Steps, held sessions and late changes count every session of the participant in the cohort.
    /// </summary>
    private MatchProgress Build(
        CohortFacts cohort, IEnumerable<StepFacts> steps, int? matchId, int? participantId, DateTime? startedAtUtc, bool ongoing,
        IReadOnlyList<SessionFacts> sessions, DateTime now, ScheduleFacts? schedule = null, int? agreedRhythmDays = null)
    {
        var own = sessions.Where(s => s.Summary.MatchId == matchId).Select(s => s.Summary).ToList();
        var history = participantId is int person
            ? sessions.Where(s => s.ParticipantId == person && s.CohortId == cohort.Id).Select(s => s.Summary).ToList()
            : own;
        var zone = cohort.TimeZoneId;
        var today = ProgramTime.Today(clock, zone);
        DateOnly? startedOn = startedAtUtc is DateTime started ? ProgramTime.DayOf(started, zone) : null;
        var held = history.Where(s => s.Status == SessionStatus.Held).ToList();
        // An engagement with its own calendar counts its steps from its own start, by its own days; a renewed cycle's steps
        // are served by the sessions held since it began.
        var heldOn = held.Where(s => s.MilestoneId != null && (schedule?.CycleStartedAtUtc is not DateTime cycle || s.StartsAtUtc >= cycle))
            .ToLookup(s => s.MilestoneId!.Value, s => ProgramTime.DayOf(s.StartsAtUtc, zone));
        var stepsFrom = schedule?.StartsOn ?? startedOn;
        var cells = steps.Select(x =>
            {
                var due = x.Due.IsRelative && schedule is not null && schedule.StepDays.TryGetValue(x.Id, out var days)
                    ? x.Due with { DaysAfterStart = days } : x.Due;
                var date = due.For(stepsFrom, step => heldOn[step].Order().Cast<DateOnly?>().FirstOrDefault());
                return new MilestoneCell(x.Id, x.Name, x.Kind, due, date, MilestoneProgress.StatusOf(date, heldOn[x.Id], today, options.Value.DueSoonDays));
            })
            .ToList();
        // The rhythm counts from the latest of: the last session held (in any of the participant's engagements), this
        // engagement's start (a rematch starts afresh), and the day coaching may start.
        DateOnly? lastHeldOn = held.Where(s => s.StartsAtUtc <= now).Select(s => (DateTime?)s.StartsAtUtc).Max() is DateTime last ? ProgramTime.DayOf(last, zone) : null;
        DateOnly?[] contacts = [lastHeldOn, startedOn, startedOn is null ? null : cohort.CoachingStartsAfter];
        return new MatchProgress(zone, cells, held.Count, cohort.Rules.MinimumSessions, history.Sum(s => s.LateChanges), own, now)
        {
            Ongoing = ongoing,
            LastContactOn = contacts.Max(),
            Today = today,
            // Seed 001: the pair's own agreed rhythm, where their statement names one; else the cohort's.
            RhythmDays = agreedRhythmDays ?? cohort.Rules.RhythmDays,
            EndsOn = cohort.GraduationDate,
        };
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

    /// <summary>
    /// The director's matrix: every participant of the cohort (and every active peer team, whose members are not listed
    /// again) over all their engagements, unmatched ones too, filtered, then paged.
    /// </summary>
    public async Task<CohortProgress?> ForCohortAsync(int cohortId, ProgressFilter filter, int page, int pageSize = 25, CancellationToken ct = default)
    {
        var (cohorts, steps, rows) = await RowsAsync([cohortId], ct);
        if (!cohorts.TryGetValue(cohortId, out var cohort))
            return null;
        var mine = rows[cohortId].ToList();
        var shown = mine.Where(r => filter.Keeps(r)).ToList();
        page = PagedList<ProgressRow>.Clamp(page);
        return new CohortProgress(cohortId, cohort.Name, steps[cohortId].Select(m => (m.Id, m.Name, m.Due)).ToList(),
            new PagedList<ProgressRow>(shown.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, shown.Count),
            ProgressCounts.Of(mine), cohort.Rules.RhythmDays);
    }

    /// <summary>Each cohort's counts (the director's to-do), in the same queries whatever the number of cohorts.</summary>
    public async Task<IReadOnlyDictionary<int, ProgressCounts>> CountsAsync(IReadOnlyCollection<int> cohortIds, CancellationToken ct = default)
    {
        if (cohortIds.Count == 0)
            return new Dictionary<int, ProgressCounts>();
        var (_, _, rows) = await RowsAsync(cohortIds, ct);
        return cohortIds.ToDictionary(id => id, id => ProgressCounts.Of(rows[id].ToList()));
    }

    /// <summary>Every row of these cohorts, ordered by name, with the cohorts' steps: five queries whatever the number of cohorts, people or sessions.</summary>
    private async Task<(Dictionary<int, CohortFacts> Cohorts, ILookup<int, StepFacts> Steps, ILookup<int, ProgressRow> Rows)> RowsAsync(IReadOnlyCollection<int> cohortIds, CancellationToken ct)
    {
        var cohorts = await CohortsAsync(cohortIds, ct);
        var participants = await db.Enrollments.Where(e => cohortIds.Contains(e.CohortId) && e.Role == Cohorts.EnrollmentRole.Participant)
            .Select(e => new { e.CohortId, e.PersonId, e.Person.FullName }).ToListAsync(ct);
        var engagements = await db.Matches.Where(m => cohortIds.Contains(m.CohortId))
            .Select(m => new
            {
                m.Id, m.CohortId, m.ParticipantId, m.Status, m.StartedAtUtc, m.EndedAtUtc, Coach = m.Coach!.FullName,
                Every = m.Agreement == null ? null : m.Agreement.ContactEveryDays,
                // A peer team has neither participant nor coach: its row names its members.
                Team = m.ParticipantId == null && m.Status == MatchStatus.Active
                    ? m.Members.OrderBy(x => x.Person.FullName).Select(x => new { x.PersonId, x.Person.FullName }).ToList() : null,
            })
            .ToListAsync(ct);
        var steps = await StepsAsync(cohortIds, ct);
        var participantIds = participants.Select(p => p.PersonId).Distinct().ToList();
        var sessions = await SessionsAsync(engagements.Where(m => m.Team is not null).Select(m => m.Id).ToList(), participantIds, cohortIds, ct);
        var schedules = await SchedulesAsync(cohorts.Values, engagements.Where(m => m.Status == MatchStatus.Active).Select(m => m.Id).ToList(), ct);
        var now = clock.GetUtcNow().UtcDateTime;

        var byParticipant = engagements.Where(m => m.ParticipantId != null).ToLookup(m => (m.CohortId, m.ParticipantId!.Value));
        var teams = engagements.Where(m => m.Team is not null).ToList();
        var inTeam = teams.SelectMany(t => t.Team!.Select(x => (t.CohortId, x.PersonId))).ToHashSet();
        var rows = new List<(int CohortId, ProgressRow Row)>();
        foreach (var p in participants.Where(p => !inTeam.Contains((p.CohortId, p.PersonId))))
        {
            var mine = byParticipant[(p.CohortId, p.PersonId)].ToList();
            // The row follows the active engagement, else the last that ended; a waiting request or proposal is its standing.
            var current = mine.FirstOrDefault(m => m.Status == MatchStatus.Active)
                ?? mine.Where(m => m.Status == MatchStatus.Ended).MaxBy(m => m.EndedAtUtc);
            var standing = current?.Status == MatchStatus.Active ? Standing.Active
                : mine.Any(m => m.Status is MatchStatus.AwaitingCoach or MatchStatus.Proposed) ? Standing.Waiting
                : current is not null ? Standing.Ended
                : Standing.Unmatched;
            var progress = Build(cohorts[p.CohortId], steps[p.CohortId], current?.Id, p.PersonId, current?.StartedAtUtc,
                standing == Standing.Active, sessions, now, current is null ? null : schedules.GetValueOrDefault(current.Id), current?.Every);
            rows.Add((p.CohortId, new ProgressRow(current?.Id, p.FullName, standing == Standing.Active ? current!.Coach ?? "—" : "—", standing, progress)));
        }
        foreach (var t in teams)
        {
            var progress = Build(cohorts[t.CohortId], steps[t.CohortId], t.Id, null, t.StartedAtUtc, ongoing: true, sessions, now);
            rows.Add((t.CohortId, new ProgressRow(t.Id, EngagementName("", t.Team!.Select(x => x.FullName).ToList()), "—", Standing.Active, progress) { IsTeam = true }));
        }
        return (cohorts, steps, rows.OrderBy(r => r.Row.ParticipantName, StringComparer.CurrentCultureIgnoreCase).ToLookup(r => r.CohortId, r => r.Row));
    }
}
