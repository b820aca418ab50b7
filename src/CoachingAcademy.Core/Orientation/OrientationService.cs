using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Orientation;

/// <summary>
/// Seed 000: a coach registers for one orientation session of their cohort, may switch or cancel, and attending one is
/// required to coach. A full session takes no one else, even when several coaches take the last seat at once. Participants
/// sign up for their own sessions the same way (not a gate). Directors move sessions, and the people registered are told.
/// </summary>
public sealed class OrientationService(IAppDbContext db, EmailOutbox emails, TimeProvider clock, IOptions<ProgramOptions> options)
{
    /// <summary>Takes a seat for the person (a coach in a coaches' session, a participant in a participants' one); returns its audience.</summary>
    public async Task<OrientationAudience> RegisterAsync(Actor person, int sessionId, CancellationToken ct = default)
    {
        // Optimistic concurrency on the session's token: a losing request reloads and sees the seat gone.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await TryRegisterAsync(person, sessionId, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                db.ClearChanges();
            }
        }
    }

    private async Task<OrientationAudience> TryRegisterAsync(Actor actor, int sessionId, CancellationToken ct)
    {
        var session = await db.OrientationSessions.Include(s => s.Registrations).SingleOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new NotFoundException();
        // A coach finds no participants' session, and a participant no coaches' one.
        var role = session.Audience.Role();
        if (!await db.Enrollments.AnyAsync(e => e.CohortId == session.CohortId && e.PersonId == actor.PersonId && e.Role == role, ct))
            throw new NotFoundException();
        if (session.HasStarted(Now))
            throw new DomainException("This session has already started; choose a later one.");
        var current = await db.OrientationSessions.Include(s => s.Registrations)
            .Where(s => s.CohortId == session.CohortId && s.Audience == session.Audience && s.Id != sessionId
                && s.Registrations.Any(r => r.CoachId == actor.PersonId))
            .SingleOrDefaultAsync(ct);
        var person = await db.People.SingleAsync(p => p.Id == actor.PersonId, ct);
        session.Register(person, Now);
        current?.Release(actor.PersonId);   // a switch frees the old seat in the same save

        var cohort = await db.Cohorts.Where(c => c.Id == session.CohortId).Select(c => new { c.Name, c.TimeZoneId }).SingleAsync(ct);
        emails.Add(new OrientationConfirmedEmail(person.Email, person.FullName, cohort.Name,
            ProgramTime.Format(session.StartsAtUtc, cohort.TimeZoneId), session.Location,
            Invitation(session, cohort.Name, cohort.TimeZoneId, person.Id, person.FullName, person.Email), session.Audience), session.CohortId);
        await db.SaveChangesAsync(ct);
        return session.Audience;
    }

    /// <summary>
    /// A director moves a session that has not started, or changes its place or seats (never below the people registered).
    /// A new time or place is emailed to everyone registered with an updated invitation (same UID, higher SEQUENCE), in the
    /// same save as the change; new seats alone, or no change, email no one.
    /// </summary>
    public async Task<OrientationChange> EditAsync(Actor director, int sessionId, DateTime localStart, DateTime localEnd, string location,
        int capacity, CancellationToken ct = default)
    {
        if (!director.IsDirector)
            throw new AccessDeniedException("Only the academy directors change orientation sessions.");
        // A coach taking a seat at the same moment changes the session's token: the edit reloads and checks the seats again.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await TryEditAsync(sessionId, localStart, localEnd, location, capacity, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                db.ClearChanges();
            }
        }
    }

    private async Task<OrientationChange> TryEditAsync(int sessionId, DateTime localStart, DateTime localEnd, string location, int capacity,
        CancellationToken ct)
    {
        var cohortId = await db.OrientationSessions.Where(s => s.Id == sessionId).Select(s => (int?)s.CohortId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        var cohort = await db.Cohorts.Include(c => c.OrientationSessions.Where(s => s.Id == sessionId))
            .ThenInclude(s => s.Registrations).ThenInclude(r => r.Coach)
            .SingleAsync(c => c.Id == cohortId, ct);
        var session = cohort.OrientationSessions.Single();
        var change = cohort.ChangeOrientationSession(session, ProgramTime.ToUtc(localStart, cohort.TimeZoneId, "StartTime"),
            ProgramTime.ToUtc(localEnd, cohort.TimeZoneId, "EndTime"), location, capacity, Now);
        if (change == OrientationChange.Nothing)
            return change;
        if (change == OrientationChange.TimeOrPlace)
        {
            var when = ProgramTime.Format(session.StartsAtUtc, cohort.TimeZoneId);
            foreach (var seat in session.Registrations.OrderBy(r => r.Id))
                emails.Add(new OrientationChangedEmail(seat.Coach.Email, seat.Coach.FullName, cohort.Name, when, session.Location,
                    Invitation(session, cohort.Name, cohort.TimeZoneId, seat.CoachId, seat.Coach.FullName, seat.Coach.Email), session.Audience), cohortId);
        }
        await db.SaveChangesAsync(ct);
        return change;
    }

    /// <summary>One person's invitation to a session: one UID per session and person, its SEQUENCE raised by every move.</summary>
    private string Invitation(OrientationSession session, string cohortName, string timeZoneId, int personId, string name, string email) =>
        SessionCalendar.Invitation(new CalendarItem($"orientation-{session.Id}-{personId}@coachingacademy", session.Sequence,
            $"{cohortName}: {session.Audience.Words()}", OrientationInvitation.Why(session.Audience), session.Location,
            timeZoneId, session.StartsAtUtc, session.EndsAtUtc, Attendees: [(name, email)]), options.Value.CalendarOrganizer);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Frees the person's seat; returns the session's audience.</summary>
    public async Task<OrientationAudience> CancelAsync(Actor person, int sessionId, CancellationToken ct = default)
    {
        var session = await db.OrientationSessions.Include(s => s.Registrations)
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.Registrations.Any(r => r.CoachId == person.PersonId), ct)
            ?? throw new NotFoundException();
        session.Release(person.PersonId);
        await db.SaveChangesAsync(ct);
        return session.Audience;
    }

    /// <summary>
    /// Reminds the cohort's coaches who hold no orientation seat (or only <paramref name="personId"/>, when given) to
    /// register; returns how many were reminded. The reminder goes through the outbox under the key the scan uses, so a
    /// coach reminded here is not reminded again by the scan for the same session, nor by a second press.
    /// </summary>
    public async Task<int> RemindUnregisteredAsync(int cohortId, int? personId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => new
        {
            c.Name, c.TimeZoneId, c.IsArchived,
            Next = c.OrientationSessions.Where(s => s.Audience == OrientationAudience.Coaches && s.StartsAtUtc > now && s.Registrations.Count < s.Capacity)
                .OrderBy(s => s.StartsAtUtc).Select(s => new { s.Id, s.StartsAtUtc, s.Location }).FirstOrDefault(),
        }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (cohort.IsArchived)
            throw new DomainException($"{cohort.Name} is archived; reopen it to remind its coaches.");
        if (cohort.Next is null)
            throw new DomainException("No upcoming orientation session has a seat left; add one before reminding coaches.");

        var coaches = await db.CoachesOf(cohortId, CoachOrientation.NotRegistered)
            .Where(e => personId == null || e.PersonId == personId)
            .Select(e => new { e.Person.Email, e.Person.FullName })
            .ToListAsync(ct);
        if (personId is not null && coaches.Count == 0)
            throw new DomainException("This coach already has an orientation seat.");
        // Under the scan's own key: a coach reminded here is not reminded again by the scan, nor twice by the button.
        var when = $"{ProgramTime.Format(cohort.Next.StartsAtUtc, cohort.TimeZoneId)}, {cohort.Next.Location}";
        await emails.AddOnceAsync(coaches.Select(coach => new KeyedEmail(ReminderKeys.Orientation(coach.Email, cohortId, cohort.Next.Id),
            nameof(ReminderKind.Orientation), cohortId,
            () => new OrientationReminderEmail(coach.Email, coach.FullName, cohort.Name, when, options.Value.Link("/")).Render())).ToList(), ct);
        return coaches.Count;
    }

    /// <summary>A director records who attended, once the session has started; attending a coaches' session clears a coach to coach.</summary>
    public async Task<OrientationAudience> MarkAttendanceAsync(Actor director, int registrationId, bool attended, CancellationToken ct = default)
    {
        if (!director.IsDirector)
            throw new AccessDeniedException("Only the academy directors record attendance.");
        var session = await db.OrientationSessions.Include(s => s.Registrations)
            .SingleOrDefaultAsync(s => s.Registrations.Any(r => r.Id == registrationId), ct) ?? throw new NotFoundException();
        session.MarkAttendance(session.Registrations.Single(r => r.Id == registrationId), attended, Now);
        await db.SaveChangesAsync(ct);
        return session.Audience;
    }
}
