using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Infrastructure.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<ApplicationUser>(options), IAppDbContext
{
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
    public DbSet<CoachingSession> CoachingSessions => Set<CoachingSession>();
    public DbSet<SessionChange> SessionChanges => Set<SessionChange>();
    public DbSet<SessionNote> SessionNotes => Set<SessionNote>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<ReminderPolicy> ReminderPolicies => Set<ReminderPolicy>();

    public void ClearChanges() => ChangeTracker.Clear();

    public Task InTransactionAsync(Func<Task> work, CancellationToken ct = default) =>
        Database.CurrentTransaction is not null ? work() : Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            await work();
            await transaction.CommitAsync(ct);
        });

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
