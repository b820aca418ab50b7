using CoachingAcademy.Core.Email;
using CoachingAcademy.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CoachingAcademy.IntegrationTests.Email;

/// <summary>The migration that made the one outbox keeps every reminder a database already held.</summary>
public sealed class MovingRemindersIntoTheOutbox : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"coachingacademy-migration-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Reminders_recorded_before_the_outbox_keep_their_key_status_and_text()
    {
        var options = DbContextOptionsFactory.Configure(new DbContextOptionsBuilder<AppDbContext>(), DatabaseProvider.Sqlite, $"Data Source={_file}").Options;
        await using (var db = new AppDbContext((DbContextOptions<AppDbContext>)options))
        {
            var migrator = db.GetService<IMigrator>();
            var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_EmailOutbox", StringComparison.Ordinal)).Last();
            await migrator.MigrateAsync(before);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Cohorts (Name, TimeZoneId, GraduationDate, DebriefDate, AllowCrossAgency, IsArchived)
                VALUES ('Academy 2025', 'America/Chicago', '2025-06-01', '2025-09-01', 0, 0);
                INSERT INTO Reminders (Key, Kind, CohortId, Recipients, CopyTo, Subject, TextBody, HtmlBody, Status, Attempts, LastError,
                    CreatedAtUtc, ClaimedAtUtc, NextAttemptAtUtc, SentAtUtc)
                VALUES ('a@example.org|milestone:1:2|MilestoneFirst', 'MilestoneFirst', 1, 'a@example.org', 'c@example.org', 'Sent one', 't', '<p>h</p>',
                        'Sent', 1, NULL, '2025-03-01 10:00:00', '2025-03-01 10:00:00', '2025-03-01 10:00:00', '2025-03-01 10:00:01'),
                       ('b@example.org|session:7:202503021500|Session', 'Session', 1, 'b@example.org,c@example.org', '', 'Claimed one', 't', '<p>h</p>',
                        'Sending', 2, 'SocketException: refused', '2025-03-01 10:00:00', '2025-03-01 10:05:00', '2025-03-01 10:04:00', NULL);
                """);

            await migrator.MigrateAsync();
        }

        await using var after = new AppDbContext((DbContextOptions<AppDbContext>)options);
        var emails = await after.OutgoingEmails.OrderBy(e => e.Id).ToListAsync();
        Assert.Collection(emails,
            sent =>
            {
                Assert.Equal("a@example.org|milestone:1:2|MilestoneFirst", sent.Key);
                Assert.Equal(("MilestoneFirst", EmailStatus.Sent, 1, "c@example.org"), (sent.Kind, sent.Status, sent.Attempts, sent.CopyTo));
                Assert.Equal(new DateTime(2025, 3, 1, 10, 0, 1, DateTimeKind.Utc), sent.SentAtUtc);
            },
            claimed =>
            {
                // A claim of the old sender had no lease: the row waits to be sent again.
                Assert.Equal((EmailStatus.Pending, 2, "Claimed one", "b@example.org,c@example.org"), (claimed.Status, claimed.Attempts, claimed.Subject, claimed.Recipients));
                Assert.Equal(1, claimed.CohortId);
            });
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
