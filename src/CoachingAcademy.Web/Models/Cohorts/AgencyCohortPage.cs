using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.Web.Models.Cohorts;

/// <summary>A coordinator's page of one cohort: their agency's people in it (none when it is archived), and whom they may name as coaches.</summary>
public sealed record AgencyCohortPage(CohortHeader Cohort, AgencyCohort? Agency, IReadOnlyList<PersonRow> Choices, NameCoachInput Input);
