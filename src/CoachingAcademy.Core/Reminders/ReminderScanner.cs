using System.Globalization;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Reminders;

public sealed record ScanResult(int Recorded);

/// <summary>
/// Finds every reminder that is due and records the new ones in the outbox under a unique key, so never twice, whoever
/// triggers them; the outbox sends them like every other email. A fixed number of queries, whatever the number of
/// cohorts, matches, milestones or sessions.
/// </summary>
public sealed class ReminderScanner(
    IAppDbContext db, EmailOutbox outbox, IDirectorDirectory directors, ProgressQueries progress, Engagements.PlanQueries plans,
    TimeProvider clock, IOptions<ProgramOptions> options)
{
    /// <summary>Milestones further past due than this get no first notice: a new program is not flooded with old news.</summary>
    private const int OverdueLookbackDays = 14;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ScanResult> ScanAsync(CancellationToken ct = default)
    {
        var cohorts = await db.Cohorts.Where(c => !c.IsArchived)
            .Select(c => new CohortInfo(c.Id, c.Name, c.TimeZoneId, c.Rules.NoticeHours, db.ReminderPolicies.FirstOrDefault(p => p.CohortId == c.Id)))
            .ToDictionaryAsync(c => c.Id, ct);

        // Keys first, emails later: a steady-state scan finds everything already recorded and renders nothing.
        var candidates = new List<KeyedEmail>();
        candidates.AddRange(await MilestoneRemindersAsync(cohorts, ct));
        candidates.AddRange(await SessionRemindersAsync(cohorts, ct));
        candidates.AddRange(await OrientationRemindersAsync(cohorts, ct));
        candidates.AddRange(await DigestsAsync(cohorts, ct));
        candidates.AddRange(await PaceRemindersAsync(cohorts, ct));
        candidates.AddRange(await ApprovalsWaitingAsync(cohorts, ct));
        candidates.AddRange(await OutlineRemindersAsync(cohorts, ct));
        candidates.AddRange(await TermRemindersAsync(cohorts, ct));
        candidates.AddRange(await HoursRemindersAsync(cohorts, ct));

        return new ScanResult(await outbox.AddOnceAsync(candidates, ct));
    }

    private static KeyedEmail Remind(string key, ReminderKind kind, int cohortId, Func<EmailMessage> render) =>
        new(key, kind.ToString(), cohortId, render);

    private sealed record CohortInfo(int Id, string Name, string TimeZoneId, int NoticeHours, ReminderPolicy? StoredPolicy)
    {
        public ReminderPolicy Policy => StoredPolicy ?? new ReminderPolicy(Id);
    }

    private async Task<IEnumerable<KeyedEmail>> MilestoneRemindersAsync(Dictionary<int, CohortInfo> cohorts, CancellationToken ct)
    {
        var now = Now;
        var today = DateOnly.FromDateTime(now);
        var (earliest, latest) = (today.AddDays(-(30 + OverdueLookbackDays)), today.AddDays(91));
        var rows = await (
                // From the milestones in the date window (index on DueDate) to their cohorts' active matches (index on
                // CohortId, Status), so the scan reads what is due, not every match. A step due some days after each
                // engagement starts has its date per match: those are read for every active match of their cohort.
                from ms in db.Milestones
                where (ms.DueDate >= earliest && ms.DueDate <= latest) || ms.DaysAfterStart != null
                from m in db.Matches
                where m.CohortId == ms.CohortId && m.Status == MatchStatus.Active
                      // Met in this engagement, or in an earlier one of the same participant in the cohort (a rematch); in a
                      // renewed executive cycle, met since the cycle began.
                      && !db.CoachingSessions.Any(s => s.MilestoneId == ms.Id && s.Status == SessionStatus.Held
                          && s.StartsAtUtc >= (db.EngagementSchedules.Where(x => x.MatchId == m.Id).Select(x => x.CycleStartedAtUtc).FirstOrDefault() ?? DateTime.MinValue)
                          && db.Matches.Any(o => o.Id == s.MatchId
                              && (o.Id == m.Id || (m.ParticipantId != null && o.ParticipantId == m.ParticipantId && o.CohortId == m.CohortId))))
                select new
                {
                    MatchId = m.Id, m.CohortId, MilestoneId = ms.Id, ms.Name, ms.DueDate, ms.AfterStepId, m.StartedAtUtc,
                    // An executive engagement's own calendar: its start and its own days for the step.
                    DaysAfterStart = ms.DaysAfterStart == null ? null
                        : db.EngagementSchedules.Where(x => x.MatchId == m.Id).SelectMany(x => x.Steps).Where(x => x.MilestoneId == ms.Id)
                            .Select(x => (int?)x.DaysAfterStart).FirstOrDefault() ?? ms.DaysAfterStart,
                    ScheduleStartsOn = db.EngagementSchedules.Where(x => x.MatchId == m.Id).Select(x => (DateOnly?)x.StartsOn).FirstOrDefault(),
                    // A step counted from another is dated from the first held session of that step.
                    AnchorHeldAtUtc = db.CoachingSessions.Where(s => s.MilestoneId == ms.AfterStepId && s.Status == SessionStatus.Held
                            && db.Matches.Any(o => o.Id == s.MatchId
                                && (o.Id == m.Id || (m.ParticipantId != null && o.ParticipantId == m.ParticipantId && o.CohortId == m.CohortId))))
                        .Min(s => (DateTime?)s.StartsAtUtc),
                    // The next session booked for this step, so the reminder says so rather than asking to book one.
                    BookedAtUtc = db.CoachingSessions.Where(s => s.MatchId == m.Id && s.MilestoneId == ms.Id && s.Status == SessionStatus.Scheduled && s.StartsAtUtc > now)
                        .Min(s => (DateTime?)s.StartsAtUtc),
                    // A pair's participant and coach; a peer team has neither, and its peers are reminded together.
                    ParticipantEmail = m.Participant!.Email, ParticipantName = m.Participant.FullName,
                    CoachEmail = m.Coach!.Email, CoachName = m.Coach.FullName,
                    Peers = m.Members.Where(x => x.Role == MemberRole.Peer).OrderBy(x => x.Id).Select(x => x.Person.Email).ToList(),
                })
            .ToListAsync(ct);

        var reminders = new List<KeyedEmail>();
        foreach (var row in rows.Where(r => cohorts.ContainsKey(r.CohortId)))
        {
            var cohort = cohorts[row.CohortId];
            var policy = cohort.Policy;
            var anchorMetOn = ProgramTime.DayOf(row.AnchorHeldAtUtc, cohort.TimeZoneId);
            if (new StepDue(row.DueDate, row.DaysAfterStart, row.AfterStepId).For(row.ScheduleStartsOn ?? ProgramTime.DayOf(row.StartedAtUtc, cohort.TimeZoneId), _ => anchorMetOn)
                is not DateOnly dueDate)
                continue;
            var daysLeft = dueDate.DayNumber - ProgramTime.Today(clock, cohort.TimeZoneId).DayNumber;
            var kind = MilestoneKind(daysLeft, policy);
            if (kind is null)
                continue;
            var due = dueDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
            var link = options.Value.Link($"/Sessions?matchId={row.MatchId}");
            var overdue = kind == ReminderKind.MilestoneOverdue;
            var booked = row.BookedAtUtc is DateTime bookedAt ? ProgramTime.Format(bookedAt, cohort.TimeZoneId) : null;
            if (row.ParticipantEmail is null)
            {
                if (row.Peers.Count > 0)
                    reminders.Add(Remind($"team:{row.MatchId}|milestone:{row.MatchId}:{row.MilestoneId}|{kind}", kind.Value, row.CohortId, () =>
                        new TeamStepReminderEmail(overdue, row.Peers, cohort.Name, row.Name, due, booked, link).Render()));
                continue;
            }
            var key = $"{row.ParticipantEmail}|milestone:{row.MatchId}:{row.MilestoneId}|{kind}";
            reminders.Add(Remind(key, kind.Value, row.CohortId, () =>
                new MilestoneReminderEmail(overdue, row.ParticipantEmail, row.CoachEmail!, row.ParticipantName!, row.CoachName!, cohort.Name,
                    row.Name, due, booked, link).Render()));
        }
        return reminders;
    }

    /// <summary>Which milestone reminder, if any, is due with <paramref name="daysLeft"/> days to go (negative: past due).</summary>
    internal static ReminderKind? MilestoneKind(int daysLeft, ReminderPolicy policy)
    {
        if (daysLeft > policy.SecondMilestoneReminderDays && daysLeft <= policy.FirstMilestoneReminderDays)
            return ReminderKind.MilestoneFirst;
        if (daysLeft >= 0 && daysLeft <= policy.SecondMilestoneReminderDays)
            return ReminderKind.MilestoneSecond;
        var daysLate = -daysLeft;
        if (daysLate >= policy.OverdueNoticeDays && daysLate <= policy.OverdueNoticeDays + OverdueLookbackDays)
            return ReminderKind.MilestoneOverdue;
        return null;
    }

    private async Task<IEnumerable<KeyedEmail>> SessionRemindersAsync(Dictionary<int, CohortInfo> cohorts, CancellationToken ct)
    {
        var now = Now;
        var horizon = now.AddHours(168);
        var rows = await db.CoachingSessions
            .Where(s => s.Status == SessionStatus.Scheduled && s.StartsAtUtc > now && s.StartsAtUtc <= horizon)
            .Join(db.Matches, s => s.MatchId, m => m.Id, (s, m) => new
            {
                s.Id, s.StartsAtUtc, s.DurationMinutes, s.Form, s.Location, m.CohortId, MatchId = m.Id,
                // Whoever meets is reminded: a pair's coach and participant, or a team's peers.
                Meeting = m.Members.Where(x => MemberRoles.Meeting.Contains(x.Role))
                    .OrderBy(x => x.Role).ThenBy(x => x.Id).Select(x => new { x.Person.Email, x.Person.FullName, x.Role }).ToList(),
            })
            .ToListAsync(ct);
        return rows
            .Where(r => cohorts.TryGetValue(r.CohortId, out var c) && r.StartsAtUtc <= now.AddHours(c.Policy.SessionReminderHours))
            .Select(r =>
            {
                var cohort = cohorts[r.CohortId];
                // A moved session is a new subject: its start is part of the key (a pair's, as ever, under its participant).
                var owner = r.Meeting.FirstOrDefault(x => x.Role == MemberRole.Coachee)?.Email ?? $"team:{r.MatchId}";
                var key = $"{owner}|session:{r.Id}:{r.StartsAtUtc:yyyyMMddHHmm}|{ReminderKind.Session}";
                return Remind(key, ReminderKind.Session, r.CohortId, () =>
                    new SessionReminderEmail(r.Meeting.OrderBy(x => x.Role == MemberRole.Coach).Select(x => x.Email).ToList(),
                        Words.List(r.Meeting.Select(x => x.FullName)), cohort.Name,
                        ProgramTime.Format(r.StartsAtUtc, cohort.TimeZoneId), ProgramTime.Relative(r.StartsAtUtc, now, cohort.TimeZoneId),
                        $"{r.Form.DisplayName()}, {r.Location}, {r.DurationMinutes} minutes",
                        cohort.NoticeHours, options.Value.Link($"/Sessions?matchId={r.MatchId}")).Render());
            });
    }

    private async Task<IEnumerable<KeyedEmail>> OrientationRemindersAsync(Dictionary<int, CohortInfo> cohorts, CancellationToken ct)
    {
        var now = Now;
        var horizon = now.AddDays(61);
        var rows = await db.Enrollments
            .Where(e => e.Role == EnrollmentRole.Coach && !e.Cohort.IsArchived
                && !db.OrientationSessions.Where(s => s.CohortId == e.CohortId && s.Audience == OrientationAudience.Coaches)
                    .SelectMany(s => s.Registrations).Any(r => r.CoachId == e.PersonId))
            .Select(e => new
            {
                e.CohortId, e.PersonId, e.Person.Email, e.Person.FullName,
                Next = db.OrientationSessions.Where(s => s.CohortId == e.CohortId && s.Audience == OrientationAudience.Coaches
                        && s.StartsAtUtc > now && s.StartsAtUtc <= horizon)
                    .OrderBy(s => s.StartsAtUtc).Select(s => new { s.Id, s.StartsAtUtc, s.Location }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows
            .Where(r => r.Next is not null && cohorts.TryGetValue(r.CohortId, out var c) && r.Next.StartsAtUtc <= now.AddDays(c.Policy.OrientationReminderDays))
            .Select(r =>
            {
                var cohort = cohorts[r.CohortId];
                var key = ReminderKeys.Orientation(r.Email, r.CohortId, r.Next!.Id);
                return Remind(key, ReminderKind.Orientation, r.CohortId, () =>
                    new OrientationReminderEmail(r.Email, r.FullName, cohort.Name,
                        $"{ProgramTime.Format(r.Next.StartsAtUtc, cohort.TimeZoneId)}, {r.Next.Location}", options.Value.Link("/")).Render());
            });
    }

    private async Task<IEnumerable<KeyedEmail>> DigestsAsync(Dictionary<int, CohortInfo> cohorts, CancellationToken ct)
    {
        var dueToday = cohorts.Values.Where(c => ProgramTime.Today(clock, c.TimeZoneId).DayOfWeek == c.Policy.DigestDay).ToList();
        if (dueToday.Count == 0)
            return [];
        var emails = await directors.DirectorEmailsAsync(ct);
        if (emails.Count == 0)
            return [];
        var ids = dueToday.Select(c => c.Id).ToList();
        var matches = await db.Matches.Where(m => ids.Contains(m.CohortId) && m.Status == MatchStatus.Active && m.ParticipantId != null)
            .Select(m => new { m.Id, m.CohortId, Participant = m.Participant!.FullName, Coach = m.Coach!.FullName }).ToListAsync(ct);
        var states = await progress.ForMatchesAsync(matches.Select(m => m.Id).ToList(), ct);

        return dueToday.Select(cohort =>
        {
            var mine = matches.Where(m => m.CohortId == cohort.Id).ToList();
            string Line(int matchId, string participant, string coach) =>
                $"{participant} (coach {coach}): {string.Join(", ", states[matchId].Milestones.Where(x => !x.Status.IsMet() && x.Status != MilestoneStatus.Upcoming).Select(x => $"{x.Name} {x.Status.DisplayName().ToLowerInvariant()}"))}";
            var overdue = mine.Where(m => states[m.Id].HasOverdue).Select(m => Line(m.Id, m.Participant, m.Coach)).ToList();
            var atRisk = mine.Where(m => states[m.Id].AtRisk).Select(m => Line(m.Id, m.Participant, m.Coach)).ToList();
            var week = ISOWeek.GetWeekOfYear(ProgramTime.Today(clock, cohort.TimeZoneId).ToDateTime(TimeOnly.MinValue));
            var key = $"directors|digest:{cohort.Id}:{ProgramTime.Today(clock, cohort.TimeZoneId).Year}-W{week:00}|{ReminderKind.DirectorDigest}";
            return Remind(key, ReminderKind.DirectorDigest, cohort.Id, () =>
                new DirectorDigestEmail(emails, cohort.Name, overdue, atRisk, options.Value.Link($"/Progress/Cohort/{cohort.Id}")).Render());
        });
    }

    /// <summary>
    /// A pair with no session held for longer than the cohort's rhythm is reminded once for each quiet stretch (the key
    /// holds the day of their last contact); a participant under the minimum of sessions with the end near, once.
    /// </summary>
    private async Task<IEnumerable<KeyedEmail>> PaceRemindersAsync(Dictionary<int, CohortInfo> cohorts, CancellationToken ct)
    {
        var ids = cohorts.Keys.ToList();
        var pairs = await db.Matches.Where(m => ids.Contains(m.CohortId) && m.Status == MatchStatus.Active && m.ParticipantId != null && m.CoachId != null)
            .Select(m => new { m.Id, m.CohortId, Participant = new { m.Participant!.Email, m.Participant.FullName }, Coach = new { m.Coach!.Email, m.Coach.FullName } })
            .ToListAsync(ct);
        if (pairs.Count == 0)
            return [];
        var states = await progress.ForMatchesAsync(pairs.Select(m => m.Id).ToList(), ct);
        var reminders = new List<KeyedEmail>();
        foreach (var pair in pairs)
        {
            var state = states[pair.Id];
            var cohort = cohorts[pair.CohortId];
            var link = options.Value.Link($"/Sessions?matchId={pair.Id}");
            if (state.Quiet)
            {
                var since = state.LastContactOn!.Value;
                reminders.Add(Remind($"{pair.Participant.Email}|rhythm:{pair.Id}:{since:yyyyMMdd}|{ReminderKind.Rhythm}", ReminderKind.Rhythm, pair.CohortId, () =>
                    new PaceReminderEmail([pair.Participant.Email, pair.Coach.Email], $"{pair.Participant.FullName} and {pair.Coach.FullName}", cohort.Name,
                        $"No coaching session has been held since {since:dddd d MMMM yyyy}. Meeting at least every {state.RhythmDays} days keeps the momentum (the rhythm your statement or the program sets): agree on your next session.",
                        link).Render()));
            }
            if (state.BelowMinimum && !state.Quiet)
                reminders.Add(Remind($"{pair.Participant.Email}|minimum:{pair.Id}|{ReminderKind.Minimum}", ReminderKind.Minimum, pair.CohortId, () =>
                    new PaceReminderEmail([pair.Participant.Email, pair.Coach.Email], $"{pair.Participant.FullName} and {pair.Coach.FullName}", cohort.Name,
                        $"{state.HeldSessions} of at least {state.MinimumSessions} sessions are held, and the program ends on {state.EndsOn:dddd d MMMM yyyy}: plan the rest now.",
                        link).Render()));
        }
        return reminders;
    }

    /// <summary>
    /// Once a day in each cohort's zone, the directors hear of the matches that came to wait for their approval the day
    /// before (proposed, or accepted by the coach), with how many wait in all: one note, not one per event.
    /// </summary>
    private async Task<IEnumerable<KeyedEmail>> ApprovalsWaitingAsync(Dictionary<int, CohortInfo> cohorts, CancellationToken ct)
    {
        var ids = cohorts.Keys.ToList();
        var waiting = await db.Matches.Where(m => ids.Contains(m.CohortId) && m.Status == MatchStatus.Proposed)
            .Select(m => new { m.CohortId, Since = m.CoachAnsweredAtUtc ?? m.ProposedAtUtc }).ToListAsync(ct);
        if (waiting.Count == 0)
            return [];
        var emails = await directors.DirectorEmailsAsync(ct);
        if (emails.Count == 0)
            return [];
        return waiting.GroupBy(w => w.CohortId).SelectMany(g =>
        {
            var cohort = cohorts[g.Key];
            var today = ProgramTime.Today(clock, cohort.TimeZoneId);
            // By local day, not by a local midnight converted to UTC: some zones skip midnight when their clocks change.
            var arrived = g.Count(w => ProgramTime.DayOf(w.Since, cohort.TimeZoneId) == today.AddDays(-1));
            if (arrived == 0)
                return [];
            var all = g.Count();
            return new[]
            {
                Remind($"directors|approvals:{cohort.Id}:{today:yyyyMMdd}|{ReminderKind.ApprovalsWaiting}", ReminderKind.ApprovalsWaiting, cohort.Id, () =>
                    new ApprovalsWaitingEmail(emails, cohort.Name, arrived, all, options.Value.Link($"/Matches?cohortId={cohort.Id}&status=Proposed")).Render()),
            };
        }).ToList();
    }

    /// <summary>Days before its due day from which the coach is reminded of an outline they owe.</summary>
    public const int OutlineNoticeDays = 3;

    /// <summary>
    /// Seed 002: the coach who owes an outline is reminded once when it is due within <see cref="OutlineNoticeDays"/> days and
    /// once the day after it was due (by the cohort's calendar days); the directors see it overdue on their to-do.
    /// </summary>
    private async Task<IEnumerable<KeyedEmail>> OutlineRemindersAsync(Dictionary<int, CohortInfo> cohorts, CancellationToken ct)
    {
        var ids = cohorts.Keys.ToList();
        var pairs = await db.Matches.Where(m => ids.Contains(m.CohortId) && m.Status == MatchStatus.Active && m.CoachId != null
                && db.Cohorts.Any(c => c.Id == m.CohortId && c.Rules.OrganisationApproves))
            .Select(m => new { m.Id, m.CohortId, Coach = new { m.Coach!.Email, m.Coach.FullName }, Client = m.Participant!.FullName })
            .ToListAsync(ct);
        if (pairs.Count == 0)
            return [];
        var owed = await plans.ForMatchesAsync(pairs.Select(p => p.Id).ToList(), ct);
        var reminders = new List<KeyedEmail>();
        foreach (var pair in pairs)
        {
            if (owed.GetValueOrDefault(pair.Id) is not { OutlineOwed: true, OutlineDueOn: DateOnly due })
                continue;
            var cohort = cohorts[pair.CohortId];
            var today = ProgramTime.Today(clock, cohort.TimeZoneId);
            var overdue = today > due;
            if (!overdue && today < due.AddDays(-OutlineNoticeDays))
                continue;
            var kind = overdue ? ReminderKind.OutlineOverdue : ReminderKind.OutlineDue;
            reminders.Add(Remind($"{pair.Coach.Email}|outline:{pair.Id}:{due:yyyyMMdd}|{kind}", kind, pair.CohortId, () =>
                new OutlineReminderEmail(pair.Coach.Email, pair.Coach.FullName, pair.Client, cohort.Name, due, overdue,
                    options.Value.Link($"/Engagements/{pair.Id}/Outline")).Render()));
        }
        return reminders;
    }

    /// <summary>
    /// Seed 001: when the term a pair agreed is within <see cref="MatchAgreement.TermNoticeDays"/> days of its end (in the
    /// cohort's days), both are asked once per term whether to renew or conclude. Kinds whose agreement is fixed text have no term.
    /// </summary>
    /// <summary>
    /// Seed 003, step 6: an executive engagement whose last whole month of meetings held fewer hours than planned; coach and
    /// leader are told once for that month. Two queries: the engagements with their recent held sessions, and their calendars.
    /// </summary>
    private async Task<IEnumerable<KeyedEmail>> HoursRemindersAsync(Dictionary<int, CohortInfo> cohorts, CancellationToken ct)
    {
        var ids = cohorts.Keys.ToList();
        var since = Now.AddDays(-70);   // the whole of last month, whatever today's day
        var engagements = await db.Matches
            .Where(m => ids.Contains(m.CohortId) && m.Status == MatchStatus.Active && db.Cohorts.Any(c => c.Id == m.CohortId && c.Rules.OutcomesAndPlan))
            .Select(m => new
            {
                m.Id, m.CohortId, m.StartedAtUtc,
                Coach = new { m.Coach!.Email, m.Coach.FullName }, Leader = new { m.Participant!.Email, m.Participant.FullName },
                Held = db.CoachingSessions.Where(s => s.MatchId == m.Id && s.Status == SessionStatus.Held && s.StartsAtUtc >= since)
                    .Select(s => new { s.StartsAtUtc, s.DurationMinutes }).ToList(),
            })
            .ToListAsync(ct);
        if (engagements.Count == 0)
            return [];
        var matchIds = engagements.Select(m => m.Id).ToList();
        var schedules = await db.EngagementSchedules.AsNoTracking().Where(s => matchIds.Contains(s.MatchId)).ToDictionaryAsync(s => s.MatchId, ct);
        var reminders = new List<KeyedEmail>();
        foreach (var m in engagements.Where(m => m.StartedAtUtc is not null && m.Leader.Email is not null))
        {
            var cohort = cohorts[m.CohortId];
            var schedule = schedules.GetValueOrDefault(m.Id) ?? new Engagements.EngagementSchedule(m.Id, ProgramTime.DayOf(m.StartedAtUtc!.Value, cohort.TimeZoneId));
            var lastMonth = Engagements.CoachingHours.FirstOfMonth(ProgramTime.Today(clock, cohort.TimeZoneId)).AddMonths(-1);
            var held = m.Held.Where(s => s.StartsAtUtc >= (schedule.CycleStartedAtUtc ?? DateTime.MinValue)).Select(s => (s.StartsAtUtc, s.DurationMinutes));
            var month = Engagements.CoachingHours.ByMonth(schedule.StartsOn, schedule.MeetingsFrom, schedule.HoursPerMonth, held, cohort.TimeZoneId,
                lastMonth.AddMonths(1).AddDays(-1)).LastOrDefault();
            if (month is null || month.Month != lastMonth || !month.Under)
                continue;
            reminders.Add(Remind($"hours:{m.Id}:{lastMonth:yyyy-MM}", ReminderKind.HoursUnderPlan, m.CohortId, () =>
                new Engagements.HoursUnderPlanEmail([m.Coach.Email!, m.Leader.Email!], m.Coach.FullName!, m.Leader.FullName!, month.Label,
                    Engagements.MonthHours.Hours(month.HeldMinutes), schedule.HoursPerMonth, options.Value.Link($"/Engagements/{m.Id}/Schedule")).Render()));
        }
        return reminders;
    }

    private async Task<IEnumerable<KeyedEmail>> TermRemindersAsync(Dictionary<int, CohortInfo> cohorts, CancellationToken ct)
    {
        var ids = cohorts.Keys.ToList();
        var pairs = await db.Matches.Where(m => ids.Contains(m.CohortId) && m.Status == MatchStatus.Active && m.Agreement!.TermStartedAtUtc != null)
            .Select(m => new
            {
                m.Id, m.CohortId, m.Agreement!.TermStartedAtUtc, m.Agreement.DurationMonths,
                Kind = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => c.Kind).Single(),
                Participant = new { m.Participant!.Email, m.Participant.FullName }, Coach = new { m.Coach!.Email, m.Coach.FullName },
            })
            .ToListAsync(ct);
        var reminders = new List<KeyedEmail>();
        foreach (var pair in pairs.Where(p => !Engagements.ManagementAgreement.IsFor(p.Kind)))
        {
            var cohort = cohorts[pair.CohortId];
            var ends = MatchAgreement.TermEndsOn(pair.TermStartedAtUtc, pair.DurationMonths, cohort.TimeZoneId)!.Value;
            var today = ProgramTime.Today(clock, cohort.TimeZoneId);
            if (today < ends.AddDays(-MatchAgreement.TermNoticeDays) || today > ends)
                continue;
            reminders.Add(Remind($"{pair.Participant.Email}|term:{pair.Id}:{ends:yyyyMMdd}|{ReminderKind.TermEnding}", ReminderKind.TermEnding, pair.CohortId, () =>
                new TermEndingEmail([pair.Participant.Email, pair.Coach.Email], $"{pair.Participant.FullName} and {pair.Coach.FullName}", cohort.Name, ends,
                    options.Value.Link($"/Matches/{pair.Id}/Agreement")).Render()));
        }
        return reminders;
    }
}
