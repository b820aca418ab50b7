using CoachingAcademy.Core.Applications;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
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
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Infrastructure.Data;

/// <param name="options">The provider and connection.</param>
/// <param name="outbox">Woken when an email is committed (absent at design time).</param>
public class AppDbContext(DbContextOptions<AppDbContext> options, OutboxSignal? outbox = null)
    : IdentityDbContext<ApplicationUser>(options), IAppDbContext, IDataProtectionKeyContext
{
    private bool _emailsAwaitCommit;

    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<AcademySession> AcademySessions => Set<AcademySession>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<OrientationSession> OrientationSessions => Set<OrientationSession>();
    public DbSet<OrientationRegistration> OrientationRegistrations => Set<OrientationRegistration>();
    public DbSet<Match> Matches => Set<Match>();
    public DbSet<MatchAgreement> MatchAgreements => Set<MatchAgreement>();
    public DbSet<EngagementMember> EngagementMembers => Set<EngagementMember>();
    public DbSet<CoachingSession> CoachingSessions => Set<CoachingSession>();
    public DbSet<SessionChange> SessionChanges => Set<SessionChange>();
    public DbSet<SessionAttendance> SessionAttendance => Set<SessionAttendance>();
    public DbSet<SessionNote> SessionNotes => Set<SessionNote>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<OutgoingEmail> OutgoingEmails => Set<OutgoingEmail>();
    public DbSet<ReminderPolicy> ReminderPolicies => Set<ReminderPolicy>();
    public DbSet<SurveyTemplate> SurveyTemplates => Set<SurveyTemplate>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    public DbSet<SurveyMoment> SurveyMoments => Set<SurveyMoment>();
    public DbSet<SurveyRequest> SurveyRequests => Set<SurveyRequest>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<Resource> Resources => Set<Resource>();
    public DbSet<CohortEvent> CohortEvents => Set<CohortEvent>();
    public DbSet<EventInvitation> EventInvitations => Set<EventInvitation>();
    public DbSet<SessionOutline> SessionOutlines => Set<SessionOutline>();
    public DbSet<ApprovalLink> ApprovalLinks => Set<ApprovalLink>();
    public DbSet<EngagementChallenge> EngagementChallenges => Set<EngagementChallenge>();
    public DbSet<EngagementGoal> EngagementGoals => Set<EngagementGoal>();
    public DbSet<EngagementAssignment> EngagementAssignments => Set<EngagementAssignment>();
    public DbSet<ProgramOutcome> ProgramOutcomes => Set<ProgramOutcome>();
    public DbSet<Interview360> Interviews360 => Set<Interview360>();
    public DbSet<DevelopmentPlanVersion> DevelopmentPlanVersions => Set<DevelopmentPlanVersion>();
    public DbSet<EngagementSchedule> EngagementSchedules => Set<EngagementSchedule>();
    public DbSet<PlanCommitment> PlanCommitments => Set<PlanCommitment>();
    public DbSet<OutcomeReview> OutcomeReviews => Set<OutcomeReview>();
    public DbSet<NetworkSignUp> NetworkSignUps => Set<NetworkSignUp>();
    public DbSet<NetworkProfile> NetworkProfiles => Set<NetworkProfile>();
    public DbSet<ExperienceArea> ExperienceAreas => Set<ExperienceArea>();
    public DbSet<CircleApplication> CircleApplications => Set<CircleApplication>();
    public DbSet<ApplicationLink> ApplicationLinks => Set<ApplicationLink>();
    public DbSet<ProjectUpdate> ProjectUpdates => Set<ProjectUpdate>();

    /// <summary>The data-protection key ring every instance shares (see SharedDataProtection); never shown or logged.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public void ClearChanges() => ChangeTracker.Clear();

    public Task InTransactionAsync(Func<Task> work, CancellationToken ct = default) =>
        Database.CurrentTransaction is not null ? work() : Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            await work();
            await transaction.CommitAsync(ct);
            WakeOutboxIf(ref _emailsAwaitCommit);
        });

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var emails = ChangeTracker.Entries<OutgoingEmail>().Any(e => e.State == EntityState.Added);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (emails && Database.CurrentTransaction is not null)
            _emailsAwaitCommit = true;
        else
            WakeOutboxIf(ref emails);
        return saved;
    }

    /// <summary>Emails are sent after they are committed: the worker is woken then, not before.</summary>
    private void WakeOutboxIf(ref bool emails)
    {
        if (!emails)
            return;
        emails = false;
        outbox?.Pulse();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // SQL Server refuses a second cascading path from Cohorts to CoachingSessions (one through Matches, one through
        // Milestones with SET NULL): there EF clears the link of the loaded sessions instead (docs/decisions/0007).
        if (Database.IsSqlServer())
            builder.Entity<CoachingSession>().HasOne<Milestone>().WithMany().HasForeignKey(s => s.MilestoneId).OnDelete(DeleteBehavior.ClientSetNull);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime in the model is UTC; say so when it is read back (SQLite and SQL Server both drop the kind).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
