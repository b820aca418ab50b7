using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Events;

/// <summary>One event of a cohort with its replies counted.</summary>
public sealed record EventSummary(int Id, CohortEventKind Kind, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location, int Sequence,
    int Invited, int Yes, int No)
{
    public int NoAnswer => Invited - Yes - No;
}

/// <summary>One invited person and their answer, as the directors' page lists them.</summary>
public sealed record ReplyRow(string FullName, string Email, EnrollmentRole? Role, EventReply Reply, DateTime? RepliedAtUtc);

/// <summary>A coach to recognise at graduation: their engagements that reached the minimum, and their graduation reply
/// (null when not invited).</summary>
public sealed record CoachToRecognise(int PersonId, string FullName, string Email, string? Agency, int EngagementsMet, int HeldSessions,
    EventReply? GraduationReply);

/// <summary>The directors' page of a cohort's graduation and debrief: the events, who is still to invite, the replies, the coaches to recognise.</summary>
public sealed record CohortEventsPage(
    CohortHeader Cohort, int MinimumSessions, IReadOnlyDictionary<CohortEventKind, EventSummary> Events,
    IReadOnlyDictionary<CohortEventKind, int> NotYetInvited, IReadOnlyDictionary<CohortEventKind, PagedList<ReplyRow>> Replies,
    PagedList<CoachToRecognise> ToRecognise)
{
    /// <summary>The events the cohort's rules hold, in order.</summary>
    public IReadOnlyList<CohortEventKind> Kinds { get; init; } = [];
    /// <summary>The cohort recognises its coaches at graduation (seed 000).</summary>
    public bool Recognises => Kinds.Contains(CohortEventKind.Graduation);
}

/// <summary>The coaches to recognise as a file: every row, streamed.</summary>
public sealed record CoachesToRecognise(string CohortName, int MinimumSessions, IAsyncEnumerable<CoachToRecognise> Rows);

/// <summary>An invitation as its person sees it: on their home page while the event has not started, and on its own page.</summary>
public sealed record MyInvitation(int Id, int CohortId, string CohortName, string TimeZoneId, CohortEventKind Kind, DateTime StartsAtUtc,
    DateTime EndsAtUtc, string Location, EventReply Reply, DateTime? RepliedAtUtc);

/// <summary>
/// Reads of the cohort events in a fixed number of queries whatever the number of people: replies and coaches are paged,
/// and each coach's engagements are counted in SQL.
/// </summary>
public sealed class CohortEventQueries(IAppDbContext db, TimeProvider clock)
{
    /// <summary>The most open invitations a home page lists.</summary>
    public const int HomeLimit = 20;

    private sealed record Facts(CohortHeader Header, int MinimumSessions, CohortRules Rules, int GraduationToInvite, int DebriefToInvite, int OpeningToInvite);

    /// <summary>The directors' page, or null for a cohort that does not exist or whose rules have no graduation and debrief.
    /// The page number applies to one list: <paramref name="list"/>'s replies, or the coaches to recognise when it is null.</summary>
    public async Task<CohortEventsPage?> ForCohortAsync(int cohortId, CohortEventKind? list, int page,
        int pageSize = PagedList<ReplyRow>.DefaultPageSize, CancellationToken ct = default)
    {
        var facts = await FactsAsync(cohortId, ct);
        if (facts is null)
            return null;
        var events = await db.CohortEvents.Where(e => e.CohortId == cohortId)
            .Select(e => new EventSummary(e.Id, e.Kind, e.StartsAtUtc, e.EndsAtUtc, e.Location, e.Sequence, e.Invitations.Count,
                e.Invitations.Count(i => i.Reply == EventReply.Yes), e.Invitations.Count(i => i.Reply == EventReply.No)))
            .ToListAsync(ct);
        var replies = new Dictionary<CohortEventKind, PagedList<ReplyRow>>();
        foreach (var evt in events.OrderBy(e => e.Kind))
        {
            var own = PagedList<ReplyRow>.Clamp(list == evt.Kind ? page : 1);
            var rows = await db.EventInvitations.Where(i => i.CohortEventId == evt.Id)
                .OrderBy(i => i.Reply == EventReply.Yes ? 0 : i.Reply == EventReply.No ? 1 : 2).ThenBy(i => i.Person.FullName).ThenBy(i => i.Id)
                .Skip((own - 1) * pageSize).Take(pageSize)
                .Select(i => new ReplyRow(i.Person.FullName, i.Person.Email,
                    db.Enrollments.Where(e => e.CohortId == cohortId && e.PersonId == i.PersonId).Select(e => (EnrollmentRole?)e.Role).FirstOrDefault(),
                    i.Reply, i.RepliedAtUtc))
                .ToListAsync(ct);
            replies[evt.Kind] = new PagedList<ReplyRow>(rows, own, pageSize, evt.Invited);
        }
        var kinds = CohortEventKinds.For(facts.Rules);
        var coachesPage = PagedList<CoachToRecognise>.Clamp(list is null ? page : 1);
        var coaches = ToRecognise(cohortId, facts.MinimumSessions);
        var total = 0;
        List<CoachToRecognise> coachRows = [];
        if (kinds.Contains(CohortEventKind.Graduation))
        {
            total = await coaches.CountAsync(ct);
            coachRows = await Rows(coaches.OrderBy(e => e.Person.FullName).ThenBy(e => e.PersonId)
                .Skip((coachesPage - 1) * pageSize).Take(pageSize), cohortId, facts.MinimumSessions).ToListAsync(ct);
        }
        return new CohortEventsPage(facts.Header, facts.MinimumSessions, events.ToDictionary(e => e.Kind),
            new Dictionary<CohortEventKind, int>
            {
                [CohortEventKind.Graduation] = facts.GraduationToInvite, [CohortEventKind.Debrief] = facts.DebriefToInvite,
                [CohortEventKind.Opening] = facts.OpeningToInvite,
            },
            replies, new PagedList<CoachToRecognise>(coachRows, coachesPage, pageSize, total)) { Kinds = kinds };
    }

    /// <summary>Every coach to recognise, for the download; null as <see cref="ForCohortAsync"/>.</summary>
    public async Task<CoachesToRecognise?> AllToRecogniseAsync(int cohortId, CancellationToken ct = default)
    {
        var facts = await FactsAsync(cohortId, ct);
        if (facts is null || !facts.Rules.GraduationAndDebrief)
            return null;
        var rows = Rows(ToRecognise(cohortId, facts.MinimumSessions).OrderBy(e => e.Person.FullName).ThenBy(e => e.PersonId), cohortId,
            facts.MinimumSessions).AsAsyncEnumerable();
        return new CoachesToRecognise(facts.Header.Name, facts.MinimumSessions, rows);
    }

    /// <summary>The invitations of a person to events that have not started, in open cohorts, soonest first (as <see cref="Mine"/> orders them).</summary>
    public async Task<IReadOnlyList<MyInvitation>> OpenForPersonAsync(int personId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await Mine(db.EventInvitations.Where(i => i.PersonId == personId && i.Event.StartsAtUtc > now))
            .Take(HomeLimit).ToListAsync(ct);
    }

    /// <summary>The person's own invitation; null for anyone else's (or none).</summary>
    public Task<MyInvitation?> InvitationAsync(int personId, int invitationId, CancellationToken ct = default) =>
        Mine(db.EventInvitations.Where(i => i.Id == invitationId && i.PersonId == personId)).SingleOrDefaultAsync(ct);

    private IQueryable<MyInvitation> Mine(IQueryable<EventInvitation> invitations) =>
        from i in invitations
        join c in db.Cohorts on i.Event.CohortId equals c.Id
        where !c.IsArchived
        orderby i.Event.StartsAtUtc, i.Id
        select new MyInvitation(i.Id, c.Id, c.Name, c.TimeZoneId, i.Event.Kind, i.Event.StartsAtUtc, i.Event.EndsAtUtc, i.Event.Location,
            i.Reply, i.RepliedAtUtc);

    private Task<Facts?> FactsAsync(int cohortId, CancellationToken ct) =>
        db.Cohorts.Where(c => c.Id == cohortId && (c.Rules.GraduationAndDebrief || c.Rules.Shape == EngagementShape.PeerTeam))
            .Select(c => new Facts(new CohortHeader(c.Id, c.Name, c.TimeZoneId, c.GraduationDate, c.DebriefDate, c.IsArchived),
                c.Rules.MinimumSessions, c.Rules,
                db.Enrollments.Count(e => e.CohortId == c.Id && !db.EventInvitations.Any(i => i.PersonId == e.PersonId
                    && i.Event.CohortId == c.Id && i.Event.Kind == CohortEventKind.Graduation)),
                db.Enrollments.Count(e => e.CohortId == c.Id && e.Role == EnrollmentRole.Coach && !db.EventInvitations.Any(i => i.PersonId == e.PersonId
                    && i.Event.CohortId == c.Id && i.Event.Kind == CohortEventKind.Debrief)),
                db.Enrollments.Count(e => e.CohortId == c.Id && e.Role == EnrollmentRole.Participant && !db.EventInvitations.Any(i => i.PersonId == e.PersonId
                    && i.Event.CohortId == c.Id && i.Event.Kind == CohortEventKind.Opening)
                    && (!c.Rules.ApplicationRequired || db.CircleApplications.Any(a => a.CohortId == c.Id && a.PersonId == e.PersonId
                        && a.Stage == Applications.ApplicationStage.Accepted)))))
            .SingleOrDefaultAsync(ct);

    /// <summary>Seed 000's recognition: the cohort's coaches with at least one engagement whose held sessions reached the minimum.</summary>
    private IQueryable<Enrollment> ToRecognise(int cohortId, int minimum) =>
        db.Enrollments.Where(e => e.CohortId == cohortId && e.Role == EnrollmentRole.Coach
            && db.Matches.Any(m => m.CohortId == cohortId && m.CoachId == e.PersonId
                && db.CoachingSessions.Count(s => s.MatchId == m.Id && s.Status == SessionStatus.Held) >= minimum));

    private IQueryable<CoachToRecognise> Rows(IQueryable<Enrollment> coaches, int cohortId, int minimum) =>
        coaches.Select(e => new CoachToRecognise(e.PersonId, e.Person.FullName, e.Person.Email,
            e.Person.Agency == null ? null : e.Person.Agency.Name,
            db.Matches.Count(m => m.CohortId == cohortId && m.CoachId == e.PersonId
                && db.CoachingSessions.Count(s => s.MatchId == m.Id && s.Status == SessionStatus.Held) >= minimum),
            db.CoachingSessions.Count(s => s.Status == SessionStatus.Held
                && db.Matches.Any(m => m.Id == s.MatchId && m.CohortId == cohortId && m.CoachId == e.PersonId)),
            db.EventInvitations.Where(i => i.PersonId == e.PersonId && i.Event.CohortId == cohortId && i.Event.Kind == CohortEventKind.Graduation)
                .Select(i => (EventReply?)i.Reply).FirstOrDefault()));
}
