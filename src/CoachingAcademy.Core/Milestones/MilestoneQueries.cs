using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Milestones;

public sealed record MilestoneRow(int Id, int Order, string Name, string Description, StepKind Kind, StepDue Due);

public sealed record ParticipantSchedule(
    int CohortId, string CohortName, string TimeZoneId, DateOnly? CoachingStartsAfter,
    IReadOnlyList<DateOnly> ClassSessionDates, IReadOnlyList<MilestoneRow> Milestones, bool ApplicationRequired = false);

public sealed class MilestoneQueries(IAppDbContext db)
{
    /// <summary>The cohorts a person takes part in, each with its class sessions and milestone schedule.</summary>
    public async Task<IReadOnlyList<ParticipantSchedule>> ForParticipantAsync(int personId, CancellationToken ct = default)
    {
        var cohorts = await db.Enrollments
            .Where(e => e.PersonId == personId && e.Role == EnrollmentRole.Participant)
            .OrderBy(e => e.CohortId)
            .Select(e => new { e.CohortId, e.Cohort.Name, e.Cohort.TimeZoneId, e.Cohort.Rules.ApplicationRequired })
            .ToListAsync(ct);
        var ids = cohorts.Select(c => c.CohortId).ToList();

        var milestones = await db.Milestones.Where(m => ids.Contains(m.CohortId))
            .OrderBy(m => m.Order)
            .Select(m => new { m.CohortId, Row = new MilestoneRow(m.Id, m.Order, m.Name, m.Description, m.Kind, new StepDue(m.DueDate, m.DaysAfterStart, m.AfterStepId)) })
            .ToListAsync(ct);
        var classDates = await db.AcademySessions.Where(s => ids.Contains(s.CohortId))
            .OrderBy(s => s.Date)
            .Select(s => new { s.CohortId, s.Date })
            .ToListAsync(ct);

        return cohorts.Select(c =>
        {
            var dates = classDates.Where(d => d.CohortId == c.CohortId).Select(d => d.Date).ToList();
            return new ParticipantSchedule(c.CohortId, c.Name, c.TimeZoneId,
                dates.Count >= 2 ? dates[1] : null, dates,
                milestones.Where(m => m.CohortId == c.CohortId).Select(m => m.Row).ToList(), c.ApplicationRequired);
        }).ToList();
    }
}
