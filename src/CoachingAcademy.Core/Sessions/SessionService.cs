using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Sessions;

/// <summary>What a session's time and place are, as the pair enter them (local time in the cohort's zone).</summary>
public sealed record SessionPlan(DateTime LocalStart, int DurationMinutes, SessionForm Form, string Location, int? MilestoneId);

/// <summary>The reader's own note on a session, and whether they may still change it (only while the match is active).</summary>
public sealed record SessionNoteView(string Text, bool CanWrite);

/// <summary>Scheduling, moving, cancelling and logging the sessions of an active match; private notes.</summary>
public sealed class SessionService(IAppDbContext db, EmailOutbox emails, PlanQueries plans, OutlineService outlines, TimeProvider clock,
    IOptions<ProgramOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CoachingSession> ScheduleAsync(Actor actor, int matchId, SessionPlan plan, CancellationToken ct = default)
    {
        var pair = await PairAsync(actor, matchId, ct);
        var startUtc = await CheckPlanAsync(pair, plan, ct);
        var session = new CoachingSession(matchId, startUtc, plan.DurationMinutes, plan.Form, plan.Location, plan.MilestoneId, actor.PersonId, Now);
        if (pair.Exploring)
            session.MarkExploratoryCall();
        if (await SessionAtAsync(matchId, startUtc, ct) is { } first)
            return SameSession(first, session);
        // Seed 001: while the pair explore the fit, their one session is the exploratory call.
        if (pair.Exploring && await db.CoachingSessions.AnyAsync(s => s.MatchId == matchId && s.Kind == SessionKind.ExploratoryCall
                && (s.Status == SessionStatus.Scheduled || s.Status == SessionStatus.Held), ct))
            throw new DomainException("Your exploratory call is already scheduled or held. Move it if needed; regular sessions begin once you both choose to go on.");
        // Seed 002: no session beyond those the organisation has agreed to in writing.
        if (pair.Rules.OrganisationApproves && await plans.ForMatchAsync(matchId, ct) is { MayBook: false } agreed)
            throw new DomainException(agreed.BookingRefusal);
        db.CoachingSessions.Add(session);
        await AnnounceAsync(pair, session, null, null, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: a unique index keeps one session per pair and start, and the first
            // stands (its invitation with it; this one's was never saved).
            db.ClearChanges();
            var winner = await SessionAtAsync(matchId, startUtc, ct);
            if (winner is null)
                throw;
            return SameSession(winner, session);
        }
        return session;
    }

    private Task<CoachingSession?> SessionAtAsync(int matchId, DateTime startUtc, CancellationToken ct) =>
        db.CoachingSessions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.MatchId == matchId && s.StartsAtUtc == startUtc && s.Status != SessionStatus.Cancelled, ct);

    /// <summary>A form submitted twice shows the first session (no second invitation); another session at that time is refused.</summary>
    private static CoachingSession SameSession(CoachingSession first, CoachingSession again) =>
        first.HasSamePlanAs(again) ? first : throw SlotTaken();

    private static DomainException SlotTaken() =>
        new("You already have a session at that time; choose another time, or move that session.");

    public async Task<SessionChange> RescheduleAsync(Actor actor, int sessionId, SessionPlan plan, string? reason, CancellationToken ct = default)
    {
        var (session, pair) = await SessionAsync(actor, sessionId, ct);
        var startUtc = await CheckPlanAsync(pair, plan, ct);
        if (await SessionAtAsync(session.MatchId, startUtc, ct) is { } other && other.Id != sessionId)
            throw SlotTaken();
        var change = session.Reschedule(startUtc, plan.DurationMinutes, plan.Form, plan.Location, plan.MilestoneId, actor.PersonId, reason, pair.Rules, Now);
        await AnnounceAsync(pair, session, change.Kind, change.WasLate ? change.Reason : null, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw SlotTaken();   // another session was put at that time at the same moment
        }
        return change;
    }

    public async Task<SessionChange> CancelAsync(Actor actor, int sessionId, string? reason, CancellationToken ct = default)
    {
        var (session, pair) = await SessionAsync(actor, sessionId, ct);
        var change = session.Cancel(actor.PersonId, reason, pair.Rules, Now);
        await AnnounceAsync(pair, session, change.Kind, change.WasLate ? change.Reason : null, ct);
        await db.SaveChangesAsync(ct);
        return change;
    }

    /// <summary>
    /// Seed 004: a member invites the cohort's guest (the Branch Deputy) to a meeting of their team ahead; the guest is
    /// emailed a calendar invitation, and afterwards every move or cancellation of that meeting. False when they were invited.
    /// </summary>
    public async Task<bool> InviteGuestAsync(Actor actor, int sessionId, CancellationToken ct = default)
    {
        var (session, pair) = await SessionAsync(actor, sessionId, ct);
        if (pair.Rules.Shape != EngagementShape.PeerTeam)
            throw new NotFoundException();
        if (pair.Guest is null)
            throw new DomainException("The program office has not named the meetings' guest yet.");
        if (!session.InviteGuest(Now))
            return false;
        AnnounceToGuest(pair, session, null, await TopicAsync(session, ct));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;   // a double submit: the first invitation stands
        }
        return true;
    }

    /// <summary>Logs a session as held (with who attended; none named: every member) or not held.</summary>
    public async Task LogAsync(Actor actor, int sessionId, SessionStatus outcome, IReadOnlyCollection<int>? attended = null, CancellationToken ct = default)
    {
        var (session, pair) = await SessionAsync(actor, sessionId, ct);
        await db.Entry(session).Collection(s => s.Attendance).LoadAsync(ct);
        session.Log(outcome, actor.PersonId, Now, pair.Members.Select(x => x.PersonId).ToList(), attended ?? []);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Logged by another request at the same moment (one attendance row per member, a unique index): the first
            // log stands, as if this one had come a moment later and found it.
            db.ClearChanges();
            if (!await db.SessionAttendance.AnyAsync(a => a.SessionId == sessionId, ct))
                throw;
            return;
        }
        if (outcome == SessionStatus.Held && pair.Rules.OrganisationApproves)
            await outlines.CompleteIfDoneAsync(session.MatchId, ct);
    }

    /// <summary>
    /// The actor's own note on a session of their pair, or empty; another person's note is never loaded. Authors keep
    /// reading their notes after the match ends; writing stops with it.
    /// </summary>
    public async Task<SessionNoteView> ReadNoteAsync(Actor actor, int sessionId, CancellationToken ct = default)
    {
        var status = await db.CoachingSessions.Where(s => s.Id == sessionId)
            .Join(db.Matches, s => s.MatchId, m => m.Id, (s, m) => m)
            .Where(m => m.Members.Any(x => x.PersonId == actor.PersonId && MemberRoles.Meeting.Contains(x.Role)))
            .Select(m => (MatchStatus?)m.Status).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        var text = await db.SessionNotes.Where(n => n.SessionId == sessionId && n.AuthorId == actor.PersonId)
            .Select(n => n.Text).SingleOrDefaultAsync(ct) ?? "";
        return new SessionNoteView(text, CanWrite: status == MatchStatus.Active);
    }

    public async Task WriteNoteAsync(Actor actor, int sessionId, string text, CancellationToken ct = default)
    {
        await SessionAsync(actor, sessionId, ct);
        Task<SessionNote?> OwnNoteAsync() => db.SessionNotes.SingleOrDefaultAsync(n => n.SessionId == sessionId && n.AuthorId == actor.PersonId, ct);
        if (await OwnNoteAsync() is { } note)
        {
            note.Write(text, Now);
            await db.SaveChangesAsync(ct);
            return;
        }
        db.SessionNotes.Add(new SessionNote(sessionId, actor.PersonId, text, Now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A request sent at the same moment saved the author's first note (one per author and session, a unique
            // index): this text is written over it, as any later save would be.
            db.ClearChanges();
            var first = await OwnNoteAsync();
            if (first is null)
                throw;
            first.Write(text, Now);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>An active match as its sessions need it: the cohort's zone and rules, and every member a session invites.</summary>
    private sealed record Pair(int MatchId, int CohortId, string CohortName, string TimeZoneId, CohortRules Rules,
        IReadOnlyList<(int PersonId, string Name, string Email, bool Meets)> Members, string WhoMeets, MeetingGuest? Guest)
    {
        /// <summary>Seed 001: the pair have not yet both chosen to go on after their exploratory call.</summary>
        public bool Exploring { get; init; }
    }

    /// <summary>A peer cohort's guest of the meetings (seed 004's Branch Deputy).</summary>
    private sealed record MeetingGuest(string Name, string Title, string Email);

    /// <summary>The active engagement, if the actor meets in it; otherwise it does not exist for them.</summary>
    private async Task<Pair> PairAsync(Actor actor, int matchId, CancellationToken ct)
    {
        var pair = await db.Matches
            .Where(m => m.Id == matchId && m.Members.Any(x => x.PersonId == actor.PersonId && MemberRoles.Meeting.Contains(x.Role)))
            .Select(m => new
            {
                m.Status,
                Exploring = m.StartsWithExploratoryCall && m.RelationshipBeganAtUtc == null,
                Cohort = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => new { c.Name, c.TimeZoneId, c.Rules, c.GuestName, c.GuestTitle, c.GuestEmail }).Single(),
                m.CohortId,
                Members = m.Members.OrderBy(x => x.Role).ThenBy(x => x.Id).Select(x => new { x.PersonId, x.Person.FullName, x.Person.Email, x.Role }).ToList(),
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (pair.Status != MatchStatus.Active)
            throw new DomainException("Sessions are scheduled and changed while the match is active.");
        return new Pair(matchId, pair.CohortId, pair.Cohort.Name, pair.Cohort.TimeZoneId, pair.Cohort.Rules,
            pair.Members.Select(x => (x.PersonId, x.FullName, x.Email, x.Role.Meets())).ToList(),
            Words.List(pair.Members.Where(x => x.Role.Meets()).Select(x => x.FullName)),
            pair.Cohort.GuestEmail is null ? null : new MeetingGuest(pair.Cohort.GuestName!, pair.Cohort.GuestTitle!, pair.Cohort.GuestEmail)) { Exploring = pair.Exploring };
    }

    private async Task<(CoachingSession, Pair)> SessionAsync(Actor actor, int sessionId, CancellationToken ct)
    {
        var session = await db.CoachingSessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException();
        return (session, await PairAsync(actor, session.MatchId, ct));
    }

    private async Task<DateTime> CheckPlanAsync(Pair pair, SessionPlan plan, CancellationToken ct)
    {
        var startUtc = ProgramTime.ToUtc(plan.LocalStart, pair.TimeZoneId);
        if (startUtc <= Now)
            throw new DomainException("Choose a start time in the future.");
        if (pair.Rules.StartsAfterClassSession is int n)
        {
            var classDates = await db.AcademySessions.Where(s => s.CohortId == pair.CohortId).OrderBy(s => s.Date).Select(s => s.Date).Take(n).ToListAsync(ct);
            if (Cohort.StartsAfter(pair.Rules, classDates) is DateOnly after && DateOnly.FromDateTime(plan.LocalStart) <= after)
                throw new DomainException($"Coaching starts after the {CohortRules.Ordinal(n)} academy session ({after:ddd d MMM yyyy}); choose a later day.");
        }
        if (plan.MilestoneId is int milestoneId && !await db.Milestones.AnyAsync(m => m.Id == milestoneId && m.CohortId == pair.CohortId, ct))
            throw new DomainException("Choose a milestone of this cohort.");
        return startUtc;
    }

    /// <summary>Adds the calendar email to the outbox; the caller's save stores it with the change.</summary>
    private async Task AnnounceAsync(Pair pair, CoachingSession session, SessionChangeKind? change, string? lateReason, CancellationToken ct)
    {
        var milestone = await TopicAsync(session, ct);
        var how = How(session);
        var ics = SessionCalendar.Invitation(new CalendarItem(
            session.CalendarUid, session.Sequence, $"Coaching: {pair.WhoMeets}",
            session.Kind == SessionKind.ExploratoryCall ? "Exploratory call" : milestone is null ? "Coaching session" : $"Coaching session: {milestone}", session.Location, pair.TimeZoneId,
            session.StartsAtUtc, session.EndsAtUtc, Cancelled: change == SessionChangeKind.Cancelled,
            Attendees: pair.Members.Select(x => (x.Name, x.Email)).ToList()), options.Value.CalendarOrganizer);
        void Tell(IEnumerable<(int PersonId, string Name, string Email, bool Meets)> members, string? reason)
        {
            if (members.Select(x => x.Email).ToList() is { Count: > 0 } recipients)
                emails.Add(new SessionEmail(change, recipients, pair.WhoMeets, ProgramTime.Format(session.StartsAtUtc, pair.TimeZoneId), how,
                    milestone, reason, options.Value.Link($"/Sessions?matchId={pair.MatchId}"), ics), pair.CohortId);
        }
        // A late change's reason is for whoever meets; a sponsor is told of the change, not why.
        if (lateReason is null)
            Tell(pair.Members, null);
        else
        {
            Tell(pair.Members.Where(x => !x.Meets), null);
            Tell(pair.Members.Where(x => x.Meets), lateReason);
        }
        if (session.GuestInvitedAtUtc is not null)
            AnnounceToGuest(pair, session, change, milestone);
    }

    /// <summary>The name of the step the session serves, if any.</summary>
    private async Task<string?> TopicAsync(CoachingSession session, CancellationToken ct) => session.MilestoneId is int id
        ? await db.Milestones.Where(m => m.Id == id).Select(m => m.Name).SingleOrDefaultAsync(ct)
        : null;

    /// <summary>How the session meets, in words: its form, place and length.</summary>
    private static string How(CoachingSession session) =>
        $"{session.Form.DisplayName()}{(session.Location.Length > 0 ? ", " + session.Location : "")}, {session.DurationMinutes} minutes";

    /// <summary>The guest's own email: the meeting, its topic and the team, with the calendar invitation; no link into the app.</summary>
    private void AnnounceToGuest(Pair pair, CoachingSession session, SessionChangeKind? change, string? topic)
    {
        if (pair.Guest is not { } guest)
            return;
        var ics = SessionCalendar.Invitation(new CalendarItem(
            session.CalendarUid, session.Sequence, $"Peer coaching meeting: {pair.WhoMeets}",
            topic is null ? "Peer coaching meeting" : $"Peer coaching meeting: {topic}", session.Location, pair.TimeZoneId,
            session.StartsAtUtc, session.EndsAtUtc, Cancelled: change == SessionChangeKind.Cancelled,
            Attendees: [.. pair.Members.Select(x => (x.Name, x.Email)), (guest.Name, guest.Email)]), options.Value.CalendarOrganizer);
        emails.Add(new GuestMeetingEmail(change, guest.Email, guest.Name, pair.CohortName, pair.WhoMeets,
            ProgramTime.Format(session.StartsAtUtc, pair.TimeZoneId), How(session), topic, ics), pair.CohortId);
    }
}
