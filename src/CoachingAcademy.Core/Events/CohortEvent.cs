using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.Core.Events;

/// <summary>The gatherings of a whole cohort: the graduation and the coaches' debrief where its rules have
/// <see cref="Cohorts.CohortRules.GraduationAndDebrief"/> (seed 000), the opening meeting of a peer coaching circle (seed 004).</summary>
public enum CohortEventKind
{
    /// <summary>The academy's graduation: its coaches and participants are invited, and the coaches are recognised there.</summary>
    Graduation = 0,
    /// <summary>The coaches' debriefing session in August: its coaches are invited.</summary>
    Debrief = 1,
    /// <summary>Seed 004: the initial meeting with the program organizers for all accepted participants, to orient them to the
    /// leadership competencies, introduce the team members and their projects, and explain the process.</summary>
    Opening = 2,
}

/// <summary>An invited person's answer.</summary>
public enum EventReply
{
    None = 0,
    Yes = 1,
    No = 2,
}

public static class CohortEventKinds
{
    /// <summary>"graduation", "coaches' debrief" or "opening meeting", as emails and pages name it.</summary>
    public static string Words(this CohortEventKind kind) => kind switch
    {
        CohortEventKind.Debrief => "coaches' debrief",
        CohortEventKind.Opening => "opening meeting",
        _ => "graduation",
    };

    /// <summary>The event's name as a heading.</summary>
    public static string Title(this CohortEventKind kind) => kind switch
    {
        CohortEventKind.Debrief => "Coaches' debrief",
        CohortEventKind.Opening => "Opening meeting",
        _ => "Graduation",
    };

    /// <summary>Who is invited, in words.</summary>
    public static string Audience(this CohortEventKind kind) => kind switch
    {
        CohortEventKind.Debrief => "coaches",
        CohortEventKind.Opening => "participants",
        _ => "coaches and participants",
    };

    /// <summary>Who is invited: graduation, the cohort's coaches and participants; the debrief, its coaches; the opening
    /// meeting, its participants (a peer circle enrolls its accepted applicants).</summary>
    public static bool Invites(this CohortEventKind kind, Cohorts.EnrollmentRole role) => kind switch
    {
        CohortEventKind.Graduation => true,
        CohortEventKind.Debrief => role == Cohorts.EnrollmentRole.Coach,
        _ => role == Cohorts.EnrollmentRole.Participant,
    };

    /// <summary>The events a cohort with these rules holds.</summary>
    public static IReadOnlyList<CohortEventKind> For(Cohorts.CohortRules rules) =>
        [.. rules.GraduationAndDebrief ? [CohortEventKind.Graduation, CohortEventKind.Debrief] : Array.Empty<CohortEventKind>(),
         .. rules.Shape == Cohorts.EngagementShape.PeerTeam ? [CohortEventKind.Opening] : Array.Empty<CohortEventKind>()];

    public static string Words(this EventReply reply) => reply switch
    {
        EventReply.Yes => "Yes, attending",
        EventReply.No => "No, not attending",
        _ => "No answer yet",
    };
}

/// <summary>
/// A cohort's graduation or coaches' debrief: when and where, and the people invited to it, each with their reply. A new
/// time or place raises <see cref="Sequence"/>, so the invited people's calendars take the update.
/// </summary>
public class CohortEvent
{
    public const int LocationLength = 500;

    private readonly List<EventInvitation> _invitations = [];

    private CohortEvent() { Location = ""; }

    public CohortEvent(int cohortId, CohortEventKind kind, DateTime startsAtUtc, DateTime endsAtUtc, string location)
    {
        Check(startsAtUtc, endsAtUtc, location);
        CohortId = cohortId;
        Kind = kind;
        StartsAtUtc = startsAtUtc;
        EndsAtUtc = endsAtUtc;
        Location = location.Trim();
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public CohortEventKind Kind { get; private set; }
    public DateTime StartsAtUtc { get; private set; }
    public DateTime EndsAtUtc { get; private set; }
    /// <summary>A room and address, or a video link.</summary>
    public string Location { get; private set; }
    /// <summary>The invitations' SEQUENCE: raised with every change of time or place.</summary>
    public int Sequence { get; private set; }
    public IReadOnlyCollection<EventInvitation> Invitations => _invitations;

    public bool HasStarted(DateTime nowUtc) => StartsAtUtc <= nowUtc;

    /// <summary>One calendar event per cohort event, the same in every invitation and update.</summary>
    public string CalendarUid => $"cohort-event-{Id}@coachingacademy";

    private static void Check(DateTime startsAtUtc, DateTime endsAtUtc, string location)
    {
        if (endsAtUtc <= startsAtUtc)
            throw new DomainException("The event ends after it starts.", "EndTime");
        if (string.IsNullOrWhiteSpace(location))
            throw new DomainException("Enter the room and address, or the video link.", nameof(Location));
    }

    /// <summary>Moves the event or changes its place, until it starts; returns whether the time or place changed (then
    /// <see cref="Sequence"/> is raised and the invited people are to be told).</summary>
    public bool Change(DateTime startsAtUtc, DateTime endsAtUtc, string location, DateTime nowUtc)
    {
        if (HasStarted(nowUtc))
            throw new DomainException("This event has started: it can no longer be changed.");
        Check(startsAtUtc, endsAtUtc, location);
        if (startsAtUtc <= nowUtc)
            throw new DomainException("Choose a start time in the future.", "StartTime");
        location = location.Trim();
        if (startsAtUtc == StartsAtUtc && endsAtUtc == EndsAtUtc && location == Location)
            return false;
        StartsAtUtc = startsAtUtc;
        EndsAtUtc = endsAtUtc;
        Location = location;
        Sequence++;
        return true;
    }

    /// <summary>Invites the person unless they already are; returns the new invitation, or null.</summary>
    public EventInvitation? Invite(Person person, DateTime nowUtc)
    {
        if (HasStarted(nowUtc))
            throw new DomainException("This event has started: invitations are no longer sent.");
        if (_invitations.Any(i => ReferenceEquals(i.Person, person) || (person.Id != 0 && i.PersonId == person.Id)))
            return null;
        var invitation = new EventInvitation(person, nowUtc);
        _invitations.Add(invitation);
        return invitation;
    }
}

/// <summary>One person's invitation to a cohort event, and their answer: they may change it until the event starts.</summary>
public class EventInvitation
{
    private EventInvitation() { }

    internal EventInvitation(Person person, DateTime invitedAtUtc)
    {
        Person = person;
        PersonId = person.Id;
        InvitedAtUtc = invitedAtUtc;
    }

    public int Id { get; private set; }
    public int CohortEventId { get; private set; }
    public CohortEvent Event { get; private set; } = null!;
    public int PersonId { get; private set; }
    public Person Person { get; private set; } = null!;
    public DateTime InvitedAtUtc { get; private set; }
    public EventReply Reply { get; private set; }
    public DateTime? RepliedAtUtc { get; private set; }

    /// <summary>Records yes or no; refused once the event has started (<paramref name="startsAtUtc"/>). The same answer
    /// again changes nothing (a double submit); returns whether the answer changed.</summary>
    public bool Answer(EventReply reply, DateTime startsAtUtc, DateTime nowUtc)
    {
        if (reply is not (EventReply.Yes or EventReply.No))
            throw new DomainException("Answer yes or no.", nameof(Reply));
        if (startsAtUtc <= nowUtc)
            throw new DomainException("This event has started: answers can no longer be changed.");
        if (reply == Reply)
            return false;
        Reply = reply;
        RepliedAtUtc = nowUtc;
        return true;
    }
}
