using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Events;

/// <summary>What saving an event's time and place did.</summary>
public enum EventSave
{
    Nothing = 0,
    Created = 1,
    Changed = 2,
}

/// <summary>
/// Seed 000: the coaches are invited to the graduation ceremony (where they are recognised) and to a debriefing session.
/// Directors set each event's time and place and send the invitations (graduation: coaches and participants; the debrief:
/// coaches), each an email with an .ics and a link to answer; a new time or place is emailed to everyone invited with an
/// updated .ics (same UID, higher SEQUENCE). Every email lands in the outbox with the change that causes it.
/// </summary>
public sealed class CohortEventService(IAppDbContext db, EmailOutbox emails, TimeProvider clock, IOptions<ProgramOptions> options)
{
    /// <summary>Sets the event's time (in the cohort's zone) and place, creating it the first time; a change of time or
    /// place emails everyone already invited.</summary>
    public async Task<EventSave> SaveAsync(Actor director, int cohortId, CohortEventKind kind, DateTime localStart, DateTime localEnd,
        string location, CancellationToken ct = default)
    {
        RequireDirector(director);
        var cohort = await CohortAsync(cohortId, kind, ct);
        var startsAtUtc = ProgramTime.ToUtc(localStart, cohort.TimeZoneId, "StartTime");
        var endsAtUtc = ProgramTime.ToUtc(localEnd, cohort.TimeZoneId, "EndTime");
        if (!cohort.IsInside(ProgramTime.DayOf(startsAtUtc, cohort.TimeZoneId)))
            throw new DomainException($"The {kind.Words()} falls inside the cohort, between {cohort.OpensOn:d MMM yyyy} and {cohort.DebriefDate:d MMM yyyy}.", "Date");
        var evt = await db.CohortEvents.Include(e => e.Invitations).ThenInclude(i => i.Person)
            .SingleOrDefaultAsync(e => e.CohortId == cohortId && e.Kind == kind, ct);
        if (evt is null)
        {
            if (startsAtUtc <= Now)
                throw new DomainException("Choose a start time in the future.", "StartTime");
            db.CohortEvents.Add(new CohortEvent(cohortId, kind, startsAtUtc, endsAtUtc, location));
            await SaveOnceAsync(ct);
            return EventSave.Created;
        }
        if (!evt.Change(startsAtUtc, endsAtUtc, location, Now))
            return EventSave.Nothing;
        var when = ProgramTime.Format(evt.StartsAtUtc, cohort.TimeZoneId);
        foreach (var invitation in evt.Invitations.OrderBy(i => i.Id))
            emails.Add(new EventChangedEmail(invitation.Person.Email, invitation.Person.FullName, cohort.Name, kind, when, evt.Location,
                ReplyLink(invitation.Id), Ics(evt, cohort, invitation.Person)), cohortId);
        await db.SaveChangesAsync(ct);
        return EventSave.Changed;
    }

    /// <summary>
    /// Invites the people of the cohort the event is for who are not invited yet (all of them the first time, someone
    /// enrolled since afterwards); returns how many were invited. Each invitation and its email land in one transaction;
    /// of two sends at once, the second loses on the unique (event, person) key and invites nobody.
    /// </summary>
    public async Task<int> SendInvitationsAsync(Actor director, int cohortId, CohortEventKind kind, CancellationToken ct = default)
    {
        RequireDirector(director);
        var cohort = await CohortAsync(cohortId, kind, ct);
        var evt = await db.CohortEvents.Include(e => e.Invitations)
            .SingleOrDefaultAsync(e => e.CohortId == cohortId && e.Kind == kind, ct)
            ?? throw new DomainException($"Set the time and place of the {kind.Words()} before sending its invitations.");
        var roles = Enum.GetValues<EnrollmentRole>().Where(role => kind.Invites(role)).ToList();
        var invitedIds = evt.Invitations.Select(i => i.PersonId).ToList();
        // A circle that asks for applications invites its accepted applicants only (seed 004).
        var acceptedOnly = kind == CohortEventKind.Opening && cohort.Rules.ApplicationRequired;
        var people = await db.Enrollments
            .Where(e => e.CohortId == cohortId && roles.Contains(e.Role) && !invitedIds.Contains(e.PersonId))
            .Where(e => !acceptedOnly || db.CircleApplications.Any(a => a.CohortId == cohortId && a.PersonId == e.PersonId && a.Stage == Applications.ApplicationStage.Accepted))
            .OrderBy(e => e.Person.FullName).ThenBy(e => e.PersonId)
            .Select(e => e.Person)
            .ToListAsync(ct);
        var invited = people.Select(p => (Person: p, Invitation: evt.Invite(p, Now))).Where(x => x.Invitation is not null).ToList();
        if (invited.Count == 0)
            return 0;
        try
        {
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(ct);   // the invitations' ids, for the links in their emails
                var when = ProgramTime.Format(evt.StartsAtUtc, cohort.TimeZoneId);
                foreach (var (person, invitation) in invited)
                    emails.Add(new EventInvitationEmail(person.Email, person.FullName, cohort.Name, kind, when, evt.Location,
                        ReplyLink(invitation!.Id), Ics(evt, cohort, person)), cohortId);
                await db.SaveChangesAsync(ct);
            }, ct);
        }
        catch (DbUpdateException)
        {
            // Another send of the same event invited them at the same moment: its emails are the ones that go.
            db.ClearChanges();
            return 0;
        }
        return invited.Count;
    }

    /// <summary>The invited person answers yes or no, until the event starts; anyone else finds no such invitation.</summary>
    public async Task<bool> ReplyAsync(Actor person, int invitationId, EventReply reply, CancellationToken ct = default)
    {
        var invitation = await db.EventInvitations
            // An archived cohort's invitations are closed, as its page is.
            .Where(i => i.Id == invitationId && i.PersonId == person.PersonId && db.Cohorts.Any(c => c.Id == i.Event.CohortId && !c.IsArchived))
            .Include(i => i.Event)
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        var changed = invitation.Answer(reply, invitation.Event.StartsAtUtc, Now);
        if (changed)
            await db.SaveChangesAsync(ct);
        return changed;
    }

    private async Task<Cohort> CohortAsync(int cohortId, CohortEventKind kind, CancellationToken ct)
    {
        var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId, ct);
        if (cohort is null || !CohortEventKinds.For(cohort.Rules).Contains(kind))
            throw new NotFoundException();
        cohort.RequireOpen();
        return cohort;
    }

    /// <summary>A double submit of a new event finds the first one saved: the unique (cohort, kind) key refuses the second.</summary>
    private async Task SaveOnceAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ClearChanges();
        }
    }

    private static void RequireDirector(Actor director)
    {
        if (!director.IsDirector)
            throw new AccessDeniedException("Only the directors set a cohort's events.");
    }

    private string ReplyLink(int invitationId) => options.Value.Link($"/Events/{invitationId}");

    /// <summary>One person's invitation: one UID per event, its SEQUENCE raised by every move.</summary>
    private string Ics(CohortEvent evt, Cohort cohort, Person person) =>
        SessionCalendar.Invitation(new CalendarItem(evt.CalendarUid, evt.Sequence, $"{cohort.Name}: {evt.Kind.Words()}",
            EventCalendar.Why(evt.Kind), evt.Location, cohort.TimeZoneId, evt.StartsAtUtc, evt.EndsAtUtc,
            Attendees: [(person.FullName, person.Email)]), options.Value.CalendarOrganizer);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
