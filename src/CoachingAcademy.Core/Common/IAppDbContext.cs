using CoachingAcademy.Core.Applications;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Events;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Network;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Core.Resources;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CoachingAcademy.Core.Common;

/// <summary>What Core services need of the database: the program's tables and a save.</summary>
public interface IAppDbContext
{
    DbSet<Agency> Agencies { get; }
    DbSet<Person> People { get; }
    DbSet<Cohort> Cohorts { get; }
    DbSet<AcademySession> AcademySessions { get; }
    DbSet<Milestone> Milestones { get; }
    DbSet<Enrollment> Enrollments { get; }
    DbSet<OrientationSession> OrientationSessions { get; }
    DbSet<OrientationRegistration> OrientationRegistrations { get; }
    DbSet<Match> Matches { get; }
    DbSet<MatchAgreement> MatchAgreements { get; }
    DbSet<EngagementMember> EngagementMembers { get; }
    DbSet<CoachingSession> CoachingSessions { get; }
    DbSet<SessionChange> SessionChanges { get; }
    DbSet<SessionAttendance> SessionAttendance { get; }
    DbSet<SessionNote> SessionNotes { get; }
    DbSet<CalendarFeed> CalendarFeeds { get; }
    DbSet<OutgoingEmail> OutgoingEmails { get; }
    DbSet<ReminderPolicy> ReminderPolicies { get; }
    DbSet<SurveyTemplate> SurveyTemplates { get; }
    DbSet<SurveyQuestion> SurveyQuestions { get; }
    DbSet<SurveyMoment> SurveyMoments { get; }
    DbSet<SurveyRequest> SurveyRequests { get; }
    DbSet<SurveyResponse> SurveyResponses { get; }
    DbSet<Resource> Resources { get; }
    DbSet<CohortEvent> CohortEvents { get; }
    DbSet<EventInvitation> EventInvitations { get; }
    DbSet<SessionOutline> SessionOutlines { get; }
    DbSet<ApprovalLink> ApprovalLinks { get; }
    DbSet<EngagementChallenge> EngagementChallenges { get; }
    DbSet<EngagementGoal> EngagementGoals { get; }
    DbSet<EngagementAssignment> EngagementAssignments { get; }
    DbSet<ProgramOutcome> ProgramOutcomes { get; }
    DbSet<Interview360> Interviews360 { get; }
    DbSet<DevelopmentPlanVersion> DevelopmentPlanVersions { get; }
    DbSet<EngagementSchedule> EngagementSchedules { get; }
    DbSet<PlanCommitment> PlanCommitments { get; }
    DbSet<OutcomeReview> OutcomeReviews { get; }
    DbSet<NetworkSignUp> NetworkSignUps { get; }
    DbSet<NetworkProfile> NetworkProfiles { get; }
    DbSet<ExperienceArea> ExperienceAreas { get; }
    DbSet<CircleApplication> CircleApplications { get; }
    DbSet<ApplicationLink> ApplicationLinks { get; }
    DbSet<ProjectUpdate> ProjectUpdates { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;

    /// <summary>Forgets every loaded entity, so that a retry after a concurrency conflict reads fresh rows.</summary>
    void ClearChanges();

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in one transaction: every save inside it lands, or none does.</summary>
    Task InTransactionAsync(Func<Task> work, CancellationToken ct = default);
}
