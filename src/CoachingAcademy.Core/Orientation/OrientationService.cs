using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Orientation;

/// <summary>
/// Seed 000: a coach registers for one orientation session of their cohort, may switch or cancel, and attending one is
/// required to coach. A full session takes no one else, even when several coaches take the last seat at once.
/// </summary>
public sealed class OrientationService(IAppDbContext db, EmailOutbox emails, TimeProvider clock, IOptions<ProgramOptions> options)
{
    public async Task RegisterAsync(Actor coach, int sessionId, CancellationToken ct = default)
    {
        // Optimistic concurrency on the session's token: a losing request reloads and sees the seat gone.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await TryRegisterAsync(coach, sessionId, ct);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                db.ClearChanges();
            }
        }
    }

    private async Task TryRegisterAsync(Actor coach, int sessionId, CancellationToken ct)
    {
        var session = await db.OrientationSessions.Include(s => s.Registrations).SingleOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new NotFoundException();
        if (!await db.Enrollments.AnyAsync(e => e.CohortId == session.CohortId && e.PersonId == coach.PersonId && e.Role == EnrollmentRole.Coach, ct))
            throw new NotFoundException();
        if (session.StartsAtUtc <= clock.GetUtcNow().UtcDateTime)
            throw new DomainException("This session has already started; choose a later one.");
        var current = await db.OrientationSessions.Include(s => s.Registrations)
            .Where(s => s.CohortId == session.CohortId && s.Id != sessionId && s.Registrations.Any(r => r.CoachId == coach.PersonId))
            .SingleOrDefaultAsync(ct);
        var person = await db.People.SingleAsync(p => p.Id == coach.PersonId, ct);
        session.Register(person, clock.GetUtcNow().UtcDateTime);
        current?.Release(coach.PersonId);   // a switch frees the old seat in the same save

        var cohort = await db.Cohorts.Where(c => c.Id == session.CohortId).Select(c => new { c.Name, c.TimeZoneId }).SingleAsync(ct);
        var ics = SessionCalendar.Invitation(new CalendarItem($"orientation-{session.Id}-{coach.PersonId}@coachingacademy", 0,
            $"{cohort.Name}: coach orientation", "Attending one orientation session is required to serve as a coach.", session.Location,
            cohort.TimeZoneId, session.StartsAtUtc, session.EndsAtUtc, Attendees: [(person.FullName, person.Email)]), options.Value.CalendarOrganizer);
        emails.Add(new OrientationConfirmedEmail(person.Email, person.FullName, cohort.Name,
            ProgramTime.Format(session.StartsAtUtc, cohort.TimeZoneId), session.Location, ics), session.CohortId);
        await db.SaveChangesAsync(ct);
    }

    public async Task CancelAsync(Actor coach, int sessionId, CancellationToken ct = default)
    {
        var session = await db.OrientationSessions.Include(s => s.Registrations)
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.Registrations.Any(r => r.CoachId == coach.PersonId), ct)
            ?? throw new NotFoundException();
        session.Release(coach.PersonId);
        await db.SaveChangesAsync(ct);
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
            Next = c.OrientationSessions.Where(s => s.StartsAtUtc > now && s.Registrations.Count < s.Capacity)
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

    /// <summary>A director records who attended, once the session has started; attending clears a coach to coach.</summary>
    public async Task MarkAttendanceAsync(Actor director, int registrationId, bool attended, CancellationToken ct = default)
    {
        if (!director.IsDirector)
            throw new AccessDeniedException("Only the academy directors record attendance.");
        var session = await db.OrientationSessions.Include(s => s.Registrations)
            .SingleOrDefaultAsync(s => s.Registrations.Any(r => r.Id == registrationId), ct) ?? throw new NotFoundException();
        session.MarkAttendance(session.Registrations.Single(r => r.Id == registrationId), attended, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
