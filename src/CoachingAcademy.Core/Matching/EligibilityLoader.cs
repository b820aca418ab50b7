using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Orientation;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Matching;

/// <summary>Loads an <see cref="EligibilityContext"/> in three queries, whatever the number of people.</summary>
public sealed class EligibilityLoader(IAppDbContext db)
{
    /// <summary>Loads the given people (null: everyone enrolled in the cohort); null when the cohort does not exist.</summary>
    public async Task<EligibilityContext?> LoadAsync(int cohortId, IReadOnlyCollection<int>? personIds = null, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => new { c.Rules }).SingleOrDefaultAsync(ct);
        if (cohort is null)
            return null;

        var enrollments = db.Enrollments.Where(e => e.CohortId == cohortId);
        var registrations = db.CoachSeatsOf(cohortId);   // the participants' orientation is not a gate
        var active = db.Matches.Where(m => m.CohortId == cohortId && m.Status == MatchStatus.Active);
        var proposed = db.Matches.Where(m => m.CohortId == cohortId && (m.Status == MatchStatus.AwaitingCoach || m.Status == MatchStatus.Proposed));
        var people = personIds is null
            ? db.People.Where(p => enrollments.Any(e => e.PersonId == p.Id))
            : db.People.Where(p => personIds.Contains(p.Id));

        var rows = await people.Select(p => new
        {
            p.Id, p.FullName, p.Title, p.PositionLevel, p.AgencyId,
            CoachCapacity = enrollments.Where(e => e.PersonId == p.Id && e.Role == EnrollmentRole.Coach).Select(e => (int?)e.CoachCapacity).FirstOrDefault(),
            IsParticipant = enrollments.Any(e => e.PersonId == p.Id && e.Role == EnrollmentRole.Participant),
            Registered = registrations.Any(r => r.CoachId == p.Id),
            Attended = registrations.Any(r => r.CoachId == p.Id && r.Attended),
            ActiveAsCoach = active.Count(m => m.CoachId == p.Id),
            ProposedAsCoach = proposed.Count(m => m.CoachId == p.Id),
            ActiveAsParticipant = active.Count(m => m.ParticipantId == p.Id),
        }).ToListAsync(ct);

        var agencyIds = rows.Where(r => r.AgencyId != null).Select(r => r.AgencyId!.Value).Distinct().ToList();
        var supervisorOf = await db.People.Where(p => p.AgencyId != null && agencyIds.Contains(p.AgencyId.Value))
            .Select(p => new { p.Id, p.SupervisorId })
            .ToDictionaryAsync(p => p.Id, p => p.SupervisorId, ct);

        return new EligibilityContext(cohortId, cohort.Rules,
            rows.ToDictionary(r => r.Id, r => new CoachFacts(r.Id, r.FullName, r.Title, r.PositionLevel, r.AgencyId,
                r.CoachCapacity is not null, r.Registered, r.Attended, r.CoachCapacity ?? 0, r.ActiveAsCoach, r.ProposedAsCoach)),
            rows.ToDictionary(r => r.Id, r => new ParticipantFacts(r.Id, r.FullName, r.AgencyId, r.IsParticipant, r.ActiveAsParticipant)),
            supervisorOf);
    }
}
