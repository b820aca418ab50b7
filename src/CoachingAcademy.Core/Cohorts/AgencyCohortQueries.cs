using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Cohorts;

/// <summary>Where a participant of the agency stands in a cohort.</summary>
public enum ParticipantStanding
{
    /// <summary>No open match or team: someone has to propose a coach.</summary>
    WithoutCoach = 0,
    /// <summary>A proposal or a request waits for a director or for the coach.</summary>
    Waiting = 1,
    /// <summary>An active match with a coach.</summary>
    Coaching = 2,
    /// <summary>Seed 004: a member of a peer team.</summary>
    InTeam = 3,
}

/// <summary>
/// One person of the agency in one cohort. A participant's <see cref="MatchStatus"/> and <see cref="CoachName"/> are those of
/// their open match (none: without a coach); a coach's <see cref="Orientation"/> (null where the cohort requires none) and
/// the seats their open matches take of their capacity.
/// </summary>
public sealed record AgencyMember(
    int PersonId, string FullName, string Title, EnrollmentRole Role,
    MatchStatus? MatchStatus, string? CoachName, bool InTeam,
    CoachOrientation? Orientation, int SeatsUsed, int Capacity)
{
    public ParticipantStanding Standing => InTeam ? ParticipantStanding.InTeam
        : MatchStatus switch
        {
            Matching.MatchStatus.Active => ParticipantStanding.Coaching,
            Matching.MatchStatus.Proposed or Matching.MatchStatus.AwaitingCoach => ParticipantStanding.Waiting,
            _ => ParticipantStanding.WithoutCoach,
        };
}

/// <summary>
/// An open cohort as an agency coordinator sees it: the agency's people in it (a page of them) and what waits, counted over
/// all of them. <see cref="CoachesNotRegistered"/> is null where the cohort requires no orientation.
/// </summary>
public sealed record AgencyCohort(
    int CohortId, string Name, EngagementShape Shape, bool CoordinatorsMayPropose, bool OrientationRequired,
    int Participants, int Coaches, int WithoutCoach, int WaitingForDirector, int WaitingForCoach, int? CoachesNotRegistered,
    PagedList<AgencyMember> People)
{
    /// <summary>The agency's coordinator may name coaches here: a cohort whose engagements have a coach.</summary>
    public bool HasCoaches => Shape != EngagementShape.PeerTeam;

    /// <summary>The coordinator may propose matches for the agency's participants here.</summary>
    public bool MayPropose => CoordinatorsMayPropose && Shape != EngagementShape.PeerTeam;

    public bool HasPeople => Participants + Coaches > 0;
}

/// <summary>The agency coordinator's view of the open cohorts: their agency's people with their standing, in a fixed number of queries.</summary>
public sealed class AgencyCohortQueries(IAppDbContext db)
{
    /// <summary>Open cohorts shown on the coordinator's home at most (the ones with the agency's people first).</summary>
    public const int MaxCohorts = 12;

    /// <summary>People of the agency shown per cohort on the home page; the rest are one link away.</summary>
    public const int HomeRows = 10;

    /// <summary>
    /// The open cohorts (or the one <paramref name="cohortId"/>) with the agency's people in each: a page of
    /// <paramref name="pageSize"/> rows per cohort, those without a coach first. Three queries whatever the number of cohorts
    /// or people (one when there is no open cohort).
    /// </summary>
    public async Task<IReadOnlyList<AgencyCohort>> ForAgencyAsync(int agencyId, int? cohortId = null, int page = 1, int pageSize = HomeRows,
        CancellationToken ct = default)
    {
        page = PagedList<AgencyMember>.Clamp(page);
        var open = MatchStatuses.Open;
        var coachees = new[] { MemberRole.Coachee, MemberRole.Peer };
        var cohorts = await db.Cohorts
            .Where(c => !c.IsArchived && (cohortId == null || c.Id == cohortId))
            .OrderByDescending(c => c.Enrollments.Any(e => e.Person.AgencyId == agencyId)).ThenBy(c => c.GraduationDate).ThenBy(c => c.Id)
            .Take(MaxCohorts)
            .Select(c => new
            {
                c.Id, c.Name, c.Rules.Shape, c.Rules.CoordinatorsMayPropose, c.Rules.OrientationRequired,
                Participants = c.Enrollments.Count(e => e.Person.AgencyId == agencyId && e.Role == EnrollmentRole.Participant),
                Coaches = c.Enrollments.Count(e => e.Person.AgencyId == agencyId && e.Role == EnrollmentRole.Coach),
                WithoutCoach = c.Enrollments.Count(e => e.Person.AgencyId == agencyId && e.Role == EnrollmentRole.Participant
                    && !db.Matches.Any(m => m.CohortId == c.Id && open.Contains(m.Status)
                        && m.Members.Any(x => x.PersonId == e.PersonId && coachees.Contains(x.Role)))),
                WaitingForDirector = db.Matches.Count(m => m.CohortId == c.Id && m.Status == MatchStatus.Proposed && m.Participant!.AgencyId == agencyId),
                WaitingForCoach = db.Matches.Count(m => m.CohortId == c.Id && m.Status == MatchStatus.AwaitingCoach && m.Participant!.AgencyId == agencyId),
                NotRegistered = c.Enrollments.Count(e => e.Person.AgencyId == agencyId && e.Role == EnrollmentRole.Coach
                    && !db.OrientationSessions.Any(s => s.CohortId == c.Id && s.Audience == OrientationAudience.Coaches
                        && s.Registrations.Any(r => r.CoachId == e.PersonId))),
            })
            .ToListAsync(ct);
        if (cohorts.Count == 0)
            return [];

        // The page of each cohort is chosen from a light list of the agency's enrollments (those without a coach first),
        // then only the chosen rows are read whole: SQLite cannot page a collection inside a projection (no APPLY).
        var ids = cohorts.Select(c => c.Id).ToList();
        var skip = (page - 1) * pageSize;
        var chosen = (await db.Enrollments.Where(e => ids.Contains(e.CohortId) && e.Person.AgencyId == agencyId)
                .Select(e => new
                {
                    e.Id, e.CohortId, e.Role, e.PersonId, e.Person.FullName,
                    Placed = db.Matches.Any(m => m.CohortId == e.CohortId && open.Contains(m.Status)
                        && m.Members.Any(x => x.PersonId == e.PersonId && coachees.Contains(x.Role))),
                })
                .ToListAsync(ct))
            .GroupBy(e => e.CohortId)
            .SelectMany(g => g.OrderBy(e => e.Role).ThenBy(e => e.Placed).ThenBy(e => e.FullName, StringComparer.Ordinal).ThenBy(e => e.PersonId)
                .Skip(skip).Take(pageSize).Select((e, order) => (e.Id, Order: order)))
            .ToDictionary(e => e.Id, e => e.Order);
        var chosenIds = chosen.Keys.ToList();
        var people = (await db.Enrollments.Where(e => chosenIds.Contains(e.Id))
                .Select(e => new
                {
                    e.Id, e.CohortId,
                    Member = new AgencyMember(
                        e.PersonId, e.Person.FullName, e.Person.Title, e.Role,
                        db.Matches.Where(m => m.CohortId == e.CohortId && open.Contains(m.Status) && m.ParticipantId == e.PersonId)
                            .OrderBy(m => m.Status == MatchStatus.Active ? 0 : 1).ThenBy(m => m.Id).Select(m => (MatchStatus?)m.Status).FirstOrDefault(),
                        db.Matches.Where(m => m.CohortId == e.CohortId && open.Contains(m.Status) && m.ParticipantId == e.PersonId)
                            .OrderBy(m => m.Status == MatchStatus.Active ? 0 : 1).ThenBy(m => m.Id).Select(m => m.Coach!.FullName).FirstOrDefault(),
                        db.Matches.Any(m => m.CohortId == e.CohortId && open.Contains(m.Status) && m.ParticipantId == null
                            && m.Members.Any(x => x.PersonId == e.PersonId && x.Role == MemberRole.Peer)),
                        !e.Cohort.Rules.OrientationRequired || e.Role != EnrollmentRole.Coach ? null
                            : db.OrientationSessions.Any(s => s.CohortId == e.CohortId && s.Audience == OrientationAudience.Coaches
                                && s.Registrations.Any(r => r.CoachId == e.PersonId && r.Attended)) ? CoachOrientation.Cleared
                            : db.OrientationSessions.Any(s => s.CohortId == e.CohortId && s.Audience == OrientationAudience.Coaches
                                && s.Registrations.Any(r => r.CoachId == e.PersonId)) ? CoachOrientation.Registered
                            : CoachOrientation.NotRegistered,
                        db.Matches.Count(m => m.CohortId == e.CohortId && open.Contains(m.Status) && m.CoachId == e.PersonId),
                        e.CoachCapacity),
                })
                .ToListAsync(ct))
            .OrderBy(e => chosen[e.Id])
            .ToLookup(e => e.CohortId, e => e.Member);

        return cohorts.Select(c => new AgencyCohort(c.Id, c.Name, c.Shape, c.CoordinatorsMayPropose, c.OrientationRequired,
            c.Participants, c.Coaches, c.WithoutCoach, c.WaitingForDirector, c.WaitingForCoach, c.OrientationRequired ? c.NotRegistered : null,
            new PagedList<AgencyMember>(people[c.Id].ToList(), page, pageSize, c.Participants + c.Coaches))).ToList();
    }

    /// <summary>The agency's people not enrolled in the cohort, senior levels first: whom its coordinator may name as coaches.</summary>
    public async Task<IReadOnlyList<PersonRow>> CoachChoicesAsync(int agencyId, int cohortId, CancellationToken ct = default) =>
        await db.People
            .Where(p => p.AgencyId == agencyId && !db.Enrollments.Any(e => e.CohortId == cohortId && e.PersonId == p.Id))
            .OrderByDescending(p => p.PositionLevel).ThenBy(p => p.FullName).ThenBy(p => p.Id)
            .Take(MaxChoices)
            .Select(p => new PersonRow(p.Id, p.FullName, p.Email, p.Title, p.PositionLevel, null))
            .ToListAsync(ct);

    /// <summary>People offered in the coordinator's list at most; an agency larger than this is enrolled by a director's file.</summary>
    public const int MaxChoices = 500;
}
