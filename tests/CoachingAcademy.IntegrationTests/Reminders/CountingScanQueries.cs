using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.TestSupport;
using CoachingAcademy.TestSupport.Gates;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.IntegrationTests.Reminders;

public sealed class CountingScanQueries(MailingApp app) : IClassFixture<MailingApp>
{
    private async Task<int> CountScanAsync()
    {
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var scanner = new ReminderScanner(sp.GetRequiredService<IAppDbContext>(), sp.GetRequiredService<EmailOutbox>(), sp.GetRequiredService<IDirectorDirectory>(),
            sp.GetRequiredService<ProgressQueries>(), sp.GetRequiredService<Core.Engagements.PlanQueries>(), app.Clock, sp.GetRequiredService<IOptions<ProgramOptions>>());
        // The counter counts what is done for a request carrying its header; the scan runs as if inside one.
        var id = Guid.NewGuid().ToString("N");
        var context = new DefaultHttpContext();
        context.Request.Headers[QueryCounter.Header] = id;
        sp.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        await scanner.ScanAsync();
        return app.QueryCounter.CountFor(id);
    }

    [Fact]
    public async Task A_scan_sends_as_many_queries_with_fifty_more_matches_due_for_reminders()
    {
        // Recording new reminders costs one insert each; finding what is due must not grow. So each size is scanned
        // twice and the second scan, which records nothing new, is counted.
        await CountScanAsync();
        var small = await CountScanAsync();

        await app.QueryAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var cohort = await db.Cohorts.FirstAsync();
            var grace = await db.People.SingleAsync(p => p.Email == "grace.okafor@example.org");
            var agency = await db.Agencies.SingleAsync(a => a.Id == grace.AgencyId);
            for (var i = 0; i < 50; i++)
            {
                var person = new Person($"Scan Participant {i}", $"scan{i}@example.org", "Analyst", PositionLevel.Other, agency);
                db.People.Add(person);
                cohort.Enroll(person, EnrollmentRole.Participant, now);
                var match = new Match(cohort.Id, person, grace, MatchSource.Director, null, now);
                match.Approve(1, [], now);
                db.Matches.Add(match);
                await db.SaveChangesAsync();
                db.CoachingSessions.Add(new CoachingSession(match.Id, now.AddHours(3), 60, SessionForm.Phone, "555-0100", null, person.Id, now));
            }
            return await db.SaveChangesAsync();
        });

        await CountScanAsync();
        Assert.Equal(small, await CountScanAsync());
        Assert.True(await app.QueryAsync(db => db.OutgoingEmails.CountAsync()) > 100);
    }
}
