using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Sessions;

/// <summary>
/// One meeting of a matched pair. Its calendar identity (<see cref="CalendarUid"/>, <see cref="Sequence"/>) lets every
/// update and cancellation replace the same event in the pair's calendars.
/// </summary>
public class CoachingSession
{
    private readonly List<SessionChange> _changes = [];
    private readonly List<SessionAttendance> _attendance = [];

    private CoachingSession() { Location = CalendarUid = ""; }

    public CoachingSession(int matchId, DateTime startsAtUtc, int durationMinutes, SessionForm form, string location, int? milestoneId,
        int scheduledById, DateTime nowUtc)
    {
        MatchId = matchId;
        CalendarUid = $"{Guid.NewGuid():N}@coachingacademy";
        ScheduledById = scheduledById;
        CreatedAtUtc = nowUtc;
        Set(startsAtUtc, durationMinutes, form, location, milestoneId);
    }

    public int Id { get; private set; }
    public int MatchId { get; private set; }
    public DateTime StartsAtUtc { get; private set; }
    public int DurationMinutes { get; private set; }
    public SessionForm Form { get; private set; }
    /// <summary>A place, a video link or a phone number.</summary>
    public string Location { get; private set; } = "";
    public int? MilestoneId { get; private set; }
    public SessionKind Kind { get; private set; }
    /// <summary>A peer team's member who leads this meeting (seed 004); null for a coach's session.</summary>
    public int? FacilitatorId { get; private set; }
    public SessionStatus Status { get; private set; }
    public int ScheduledById { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public int? LoggedById { get; private set; }
    public DateTime? LoggedAtUtc { get; private set; }
    public string CalendarUid { get; private set; }
    public int Sequence { get; private set; }
    public int LateChanges { get; private set; }
    public IReadOnlyCollection<SessionChange> Changes => _changes;
    /// <summary>Who was there, per member of the engagement, once the session is logged as held.</summary>
    public IReadOnlyCollection<SessionAttendance> Attendance => _attendance;

    public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(DurationMinutes);

    /// <summary>Same time, length, form, place and milestone: the same session, as when one form is submitted twice.</summary>
    public bool HasSamePlanAs(CoachingSession other) =>
        MatchId == other.MatchId && StartsAtUtc == other.StartsAtUtc && DurationMinutes == other.DurationMinutes && Form == other.Form
        && Location == other.Location && MilestoneId == other.MilestoneId;

    /// <summary>Moves the session. When its old or its new start is inside the cohort's notice
    /// (<see cref="CohortRules.NoticeHours"/>), a reason is needed and the change is flagged late.</summary>
    public SessionChange Reschedule(DateTime startsAtUtc, int durationMinutes, SessionForm form, string location, int? milestoneId,
        int byId, string? reason, CohortRules rules, DateTime nowUtc)
    {
        RequireScheduled("rescheduled");
        var change = Record(SessionChangeKind.Rescheduled, byId, reason, rules, nowUtc, startsAtUtc);
        Set(startsAtUtc, durationMinutes, form, location, milestoneId);
        return change;
    }

    public SessionChange Cancel(int byId, string? reason, CohortRules rules, DateTime nowUtc)
    {
        RequireScheduled("cancelled");
        var change = Record(SessionChangeKind.Cancelled, byId, reason, rules, nowUtc);
        Status = SessionStatus.Cancelled;
        return change;
    }

    /// <summary>A peer team's meeting: when the cohort's guest (seed 004's Branch Deputy) was invited to it.</summary>
    public DateTime? GuestInvitedAtUtc { get; private set; }

    /// <summary>Invites the cohort's guest to this meeting, before it starts; false when they are invited already.</summary>
    public bool InviteGuest(DateTime nowUtc)
    {
        RequireScheduled("given a guest");
        if (StartsAtUtc <= nowUtc)
            throw new DomainException("The meeting has started: invite the guest to a meeting ahead.");
        if (GuestInvitedAtUtc is not null)
            return false;
        GuestInvitedAtUtc = nowUtc;
        return true;
    }

    /// <summary>Seed 001: this is the pair's exploratory call, set when it is scheduled.</summary>
    public void MarkExploratoryCall() => Kind = SessionKind.ExploratoryCall;

    /// <summary>Names the member who facilitates the meeting; the caller checks they are a member of the team.</summary>
    public void Facilitate(int? personId) => FacilitatorId = personId;

    /// <summary>After the start time, a member who meets records what happened and, for a held session, who of the
    /// engagement's <paramref name="members"/> attended (<paramref name="attended"/>; empty: everyone).</summary>
    public void Log(SessionStatus outcome, int byId, DateTime nowUtc, IReadOnlyCollection<int> members, IReadOnlyCollection<int> attended)
    {
        if (outcome is not (SessionStatus.Held or SessionStatus.NotHeld))
            throw new DomainException("A session is logged as held or as not held.");
        if (Status == SessionStatus.Cancelled)
            throw new DomainException("This session was cancelled; there is nothing to log.");
        if (nowUtc < StartsAtUtc)
            throw new DomainException("A session can be logged once it has started.");
        if (attended.Except(members).Any())
            throw new DomainException("Tick only members of this engagement as attending.");
        var present = attended.Count == 0 ? members : attended;
        if (outcome == SessionStatus.Held && present.Count < 2)
            throw new DomainException("A held session has at least two members attending; log it as not held otherwise.");
        Status = outcome;
        LoggedById = byId;
        LoggedAtUtc = nowUtc;
        _attendance.Clear();
        if (outcome == SessionStatus.Held)
            _attendance.AddRange(members.Select(id => new SessionAttendance(id, present.Contains(id))));
    }

    /// <summary>A change is late when the session starts inside the notice, or is moved to a start inside it.</summary>
    private SessionChange Record(SessionChangeKind kind, int byId, string? reason, CohortRules rules, DateTime nowUtc, DateTime? newStartUtc = null)
    {
        var lateNow = rules.IsLateChange(StartsAtUtc, nowUtc);
        var late = lateNow || (newStartUtc is DateTime moved && rules.IsLateChange(moved, nowUtc));
        if (late && string.IsNullOrWhiteSpace(reason))
            throw new DomainException(lateNow
                ? $"This session starts in less than {rules.NoticeHours} hours: give a reason for the change."
                : $"The new time is less than {rules.NoticeHours} hours away: give a reason for the change.", "Reason");
        var change = new SessionChange(kind, late, reason, byId, nowUtc);
        _changes.Add(change);
        if (late)
            LateChanges++;
        Sequence++;
        return change;
    }

    private void RequireScheduled(string verb)
    {
        if (Status != SessionStatus.Scheduled)
            throw new DomainException($"This session is {Status.DisplayName().ToLowerInvariant()}, so it cannot be {verb}.");
    }

    private void Set(DateTime startsAtUtc, int durationMinutes, SessionForm form, string location, int? milestoneId)
    {
        if (durationMinutes is < CohortRules.MinSessionMinutes or > CohortRules.MaxSessionMinutes)
            throw new DomainException($"A session lasts between {CohortRules.MinSessionMinutes} and {CohortRules.MaxSessionMinutes} minutes.");
        StartsAtUtc = startsAtUtc;
        DurationMinutes = durationMinutes;
        Form = form;
        Location = location.Trim();
        MilestoneId = milestoneId;
    }
}

/// <summary>Whether one member of the engagement attended a held session.</summary>
public class SessionAttendance
{
    private SessionAttendance() { }

    internal SessionAttendance(int personId, bool attended)
    {
        PersonId = personId;
        Attended = attended;
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public int PersonId { get; private set; }
    public bool Attended { get; private set; }
}

public enum SessionChangeKind
{
    Rescheduled = 0,
    Cancelled = 1,
}

/// <summary>A reschedule or cancellation; late ones (inside the cohort's notice) carry a reason the pair can read.</summary>
public class SessionChange
{
    private SessionChange() { }

    internal SessionChange(SessionChangeKind kind, bool late, string? reason, int byId, DateTime atUtc)
    {
        Kind = kind;
        WasLate = late;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        ById = byId;
        AtUtc = atUtc;
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public SessionChangeKind Kind { get; private set; }
    public bool WasLate { get; private set; }
    public string? Reason { get; private set; }
    public int ById { get; private set; }
    public DateTime AtUtc { get; private set; }
}

/// <summary>A private note on a session. It belongs to its author; nobody else reads it (rule 10).</summary>
public class SessionNote
{
    private SessionNote() { Text = ""; }

    public SessionNote(int sessionId, int authorId, string text, DateTime nowUtc)
    {
        SessionId = sessionId;
        AuthorId = authorId;
        Write(text, nowUtc);
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public int AuthorId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime UpdatedAtUtc { get; private set; }

    public void Write(string text, DateTime nowUtc)
    {
        Text = text.Trim();
        UpdatedAtUtc = nowUtc;
    }
}
