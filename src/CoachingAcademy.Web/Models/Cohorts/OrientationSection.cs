using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Orientation;

namespace CoachingAcademy.Web.Models.Cohorts;

/// <summary>One audience's orientation sessions on a cohort's page.</summary>
public sealed record OrientationSection(CohortDetails Cohort, OrientationAudience Audience)
{
    public IReadOnlyList<OrientationSummary> Sessions => Cohort.OrientationSessions.Where(s => s.Audience == Audience).ToList();
}
