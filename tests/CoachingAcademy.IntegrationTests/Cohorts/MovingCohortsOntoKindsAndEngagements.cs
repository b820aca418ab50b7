using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CoachingAcademy.IntegrationTests.Cohorts;

/// <summary>
/// A database as it was before program kinds (the last migration before <c>ProgramKindsAndRules</c>), holding a cohort,
/// its people, an active match with a signed-up session, a note and a late change, is migrated to today's schema: the
/// cohort is an academy cohort with the academy's rules and the cross-agency setting it had, the match has its coach and
/// its coachee as members, and every session, note and change is still there as it was.
/// </summary>
public sealed class MovingCohortsOntoKindsAndEngagements : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"coachingacademy-migration-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task An_existing_academy_keeps_its_behaviour_and_every_record()
    {
        var options = (DbContextOptions<AppDbContext>)DbContextOptionsFactory.Configure(new DbContextOptionsBuilder<AppDbContext>(),
            DatabaseProvider.Sqlite, $"Data Source={_file}").Options;
        await using (var db = new AppDbContext(options))
        {
            var migrator = db.GetService<IMigrator>();
            var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_ProgramKindsAndRules", StringComparison.Ordinal)).Last();
            await migrator.MigrateAsync(before);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Agencies (Id, Name, ContactEmail) VALUES (1, 'City of Riverbend', 'coaching@riverbend.example.org');
                INSERT INTO People (Id, FullName, Email, Title, PositionLevel, AgencyId, SupervisorId)
                VALUES (1, 'Casey Coach', 'casey@example.org', 'Department Head', 'DepartmentHead', 1, NULL),
                       (2, 'Pat Participant', 'pat@example.org', 'Analyst', 'Other', 1, NULL);
                INSERT INTO Cohorts (Id, Name, TimeZoneId, GraduationDate, DebriefDate, AllowCrossAgency, IsArchived)
                VALUES (1, 'Academy 2025', 'America/Chicago', '2025-06-01', '2025-09-01', 1, 0),
                       (2, 'Academy 2024', 'America/Chicago', '2024-06-01', '2024-09-01', 0, 1);
                INSERT INTO Matches (Id, CohortId, ParticipantId, CoachId, Status, Source, ProposedById, ProposedAtUtc, DecidedById, DecidedAtUtc, ConcurrencyToken)
                VALUES (1, 1, 2, 1, 'Active', 'Coordinator', 1, '2025-01-10 09:00:00', 1, '2025-01-11 09:00:00', '8b0d4a8e-3f4c-4c53-9a8e-2f1c1d1e1f10');
                INSERT INTO CoachingSessions (Id, MatchId, StartsAtUtc, DurationMinutes, Form, Location, Status, ScheduledById, CreatedAtUtc,
                    CalendarUid, Sequence, LateChanges)
                VALUES (1, 1, '2025-02-03 16:00:00', 60, 'Video', 'https://meet.example.org/x', 'Held', 2, '2025-01-20 10:00:00', 'abc@coachingacademy', 1, 1);
                INSERT INTO SessionChanges (SessionId, Kind, WasLate, Reason, ById, AtUtc)
                VALUES (1, 'Rescheduled', 1, 'Budget hearing', 2, '2025-02-02 10:00:00');
                INSERT INTO SessionNotes (SessionId, AuthorId, Text, UpdatedAtUtc) VALUES (1, 1, 'Private to Casey', '2025-02-03 18:00:00');
                INSERT INTO Milestones (Id, CohortId, Name, Description, DueDate, "Order")
                VALUES (1, 1, 'Informational interview', 'The first conversation.', '2025-03-11', 1);
                INSERT INTO MatchAgreements (MatchId, Confidentiality, DurationMonths, ContactFrequency, ContactForm, CoachTime, CoachRoles,
                    AdditionalPoints, CoachAcknowledgedAtUtc, ParticipantAcknowledgedAtUtc)
                VALUES (1, 'What we say stays between us.', 6, 'Monthly', 'Video', 'One hour', 3, '', '2025-01-12 09:00:00', '2025-01-13 09:00:00');
                INSERT INTO CalendarFeeds (PersonId, Token, CreatedAtUtc, RevokedAtUtc) VALUES (2, 'feed-token-of-pat', '2025-01-14 09:00:00', NULL);
                INSERT INTO OutgoingEmails (Key, Kind, CohortId, Recipients, CopyTo, Subject, TextBody, HtmlBody, Status, Attempts, CreatedAtUtc, NextAttemptAtUtc, SentAtUtc)
                VALUES ('pat@example.org|milestone:1:1|MilestoneFirst', 'MilestoneFirst', 1, 'pat@example.org', '', 'Reminder', 'Text', '<p>Text</p>',
                    'Sent', 1, '2025-03-01 09:00:00', '2025-03-01 09:00:00', '2025-03-01 09:00:05');
                """);

            await migrator.MigrateAsync();
        }

        await using var after = new AppDbContext(options);
        var cohorts = await after.Cohorts.OrderBy(c => c.Id).ToListAsync();
        Assert.All(cohorts, c => Assert.Equal(ProgramKind.Academy, c.Kind));
        Assert.Equal(CohortRules.For(ProgramKind.Academy) with { CrossAgency = true }, cohorts[0].Rules);
        Assert.Equal(CohortRules.For(ProgramKind.Academy), cohorts[1].Rules);

        var match = await after.Matches.Include(m => m.Members).SingleAsync();
        Assert.Equal(MatchStatus.Active, match.Status);
        Assert.Equal([(1, MemberRole.Coach), (2, MemberRole.Coachee)], match.Members.OrderBy(m => m.Role).Select(m => (m.PersonId, m.Role)));
        Assert.All(match.Members, m => Assert.Equal(new DateTime(2025, 1, 10, 9, 0, 0, DateTimeKind.Utc), m.AddedAtUtc));
        // An engagement started when it was approved: steps dated from the start count from that day.
        Assert.Equal(new DateTime(2025, 1, 11, 9, 0, 0, DateTimeKind.Utc), match.StartedAtUtc);

        // The signed statement, the calendar feed and the reminder already sent (its key stops a second one) are kept.
        var agreement = await after.MatchAgreements.SingleAsync();
        Assert.Equal(("What we say stays between us.", true), (agreement.Confidentiality, agreement.IsSigned));
        Assert.Equal("feed-token-of-pat", (await after.CalendarFeeds.SingleAsync()).Token);
        Assert.Equal("pat@example.org|milestone:1:1|MilestoneFirst", (await after.OutgoingEmails.SingleAsync()).Key);

        // A milestone becomes a step: a conversation on its fixed date.
        var step = await after.Milestones.SingleAsync();
        Assert.Equal((StepKind.Conversation, new DateOnly(2025, 3, 11), (int?)null), (step.Kind, step.DueDate!.Value, step.DaysAfterStart));

        var session = await after.CoachingSessions.Include(s => s.Changes).SingleAsync();
        Assert.Equal((SessionStatus.Held, "abc@coachingacademy", 1, 1), (session.Status, session.CalendarUid, session.Sequence, session.LateChanges));
        Assert.Equal("Budget hearing", Assert.Single(session.Changes).Reason);
        Assert.Equal("Private to Casey", (await after.SessionNotes.SingleAsync()).Text);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
