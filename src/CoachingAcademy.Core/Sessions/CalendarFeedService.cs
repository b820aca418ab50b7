using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Sessions;

/// <summary>A personal calendar subscription: the person's sessions and the milestone deadlines of their cohorts.</summary>
public sealed class CalendarFeedService(IAppDbContext db, TimeProvider clock, IOptions<ProgramOptions> options)
{
    public Task<CalendarFeed?> ActiveAsync(int personId, CancellationToken ct = default) =>
        db.CalendarFeeds.Where(f => f.PersonId == personId && f.RevokedAtUtc == null).SingleOrDefaultAsync(ct);

    /// <summary>A new secret address; any earlier one stops working.</summary>
    public async Task<CalendarFeed> RenewAsync(int personId, CancellationToken ct = default)
    {
        await RevokeAsync(personId, save: false, ct);
        var feed = new CalendarFeed(personId, clock.GetUtcNow().UtcDateTime);
        db.CalendarFeeds.Add(feed);
        try
        {
            await db.SaveChangesAsync(ct);
            return feed;
        }
        catch (DbUpdateException)
        {
            // A renewal sent at the same moment made its address first (one live address per person, a unique index):
            // that new address is the answer to both.
            db.ClearChanges();
            return await ActiveAsync(personId, ct) ?? throw new ConcurrencyConflictException("Your calendar address changed at the same time; try again.");
        }
    }

    public Task RevokeAsync(int personId, CancellationToken ct = default) => RevokeAsync(personId, save: true, ct);

    /// <summary>The feed's .ics content, or null when the token is unknown or revoked.</summary>
    public async Task<string?> RenderAsync(string token, CancellationToken ct = default)
    {
        var personId = await db.CalendarFeeds.Where(f => f.Token == token && f.RevokedAtUtc == null).Select(f => (int?)f.PersonId).SingleOrDefaultAsync(ct);
        if (personId is null)
            return null;

        var sessions = await db.CoachingSessions
            .Join(db.Matches, s => s.MatchId, m => m.Id, (s, m) => new { s, m })
            .Where(x => x.m.Members.Any(member => member.PersonId == personId))
            .Select(x => new
            {
                x.s.CalendarUid, x.s.Sequence, x.s.StartsAtUtc, x.s.DurationMinutes, x.s.Location, x.s.Status, x.s.Form,
                Meeting = x.m.Members.Where(member => MemberRoles.Meeting.Contains(member.Role))
                    .OrderBy(member => member.Role).ThenBy(member => member.Id).Select(member => member.Person.FullName).ToList(),
                TimeZoneId = db.Cohorts.Where(c => c.Id == x.m.CohortId).Select(c => c.TimeZoneId).Single(),
            })
            .ToListAsync(ct);
        var fixedDeadlines = await db.Milestones
            .Where(m => m.DueDate != null && db.Enrollments.Any(e => e.CohortId == m.CohortId && e.PersonId == personId))
            .Select(m => new { m.Id, m.Name, m.DueDate, m.DaysAfterStart, m.AfterStepId, MatchId = (int?)null, StartedAtUtc = (DateTime?)null,
                AnchorHeldAtUtc = (DateTime?)null,
                Cohort = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => new { c.Name, c.TimeZoneId }).Single() })
            .ToListAsync(ct);
        // A step due some days after the start has a date in each engagement the person is a member of.
        var relativeDeadlines = await (
                from m in db.Milestones
                where m.DaysAfterStart != null
                from e in db.Matches
                where e.CohortId == m.CohortId && e.Status == MatchStatus.Active && e.Members.Any(member => member.PersonId == personId)
                select new { m.Id, m.Name, m.DueDate, m.DaysAfterStart, m.AfterStepId, MatchId = (int?)e.Id, e.StartedAtUtc,
                    AnchorHeldAtUtc = db.CoachingSessions.Where(s => s.MatchId == e.Id && s.MilestoneId == m.AfterStepId && s.Status == SessionStatus.Held)
                        .Min(s => (DateTime?)s.StartsAtUtc),
                    Cohort = db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => new { c.Name, c.TimeZoneId }).Single() })
            .ToListAsync(ct);
        var deadlines = fixedDeadlines.Concat(relativeDeadlines)
            .Select(d => new
            {
                Uid = d.MatchId is int matchId ? $"milestone-{d.Id}-{matchId}@coachingacademy" : $"milestone-{d.Id}@coachingacademy",
                d.Name, d.Cohort,
                DueDate = new Milestones.StepDue(d.DueDate, d.DaysAfterStart, d.AfterStepId)
                    .For(ProgramTime.DayOf(d.StartedAtUtc, d.Cohort.TimeZoneId), _ => ProgramTime.DayOf(d.AnchorHeldAtUtc, d.Cohort.TimeZoneId)),
            })
            .Where(d => d.DueDate is not null);

        var items = sessions.Select(s => new CalendarItem(s.CalendarUid, s.Sequence, $"Coaching: {Words.List(s.Meeting)}",
                $"{s.Form.DisplayName()} coaching session ({s.Status.DisplayName().ToLowerInvariant()})", s.Location, s.TimeZoneId,
                s.StartsAtUtc, s.StartsAtUtc.AddMinutes(s.DurationMinutes), Cancelled: s.Status == SessionStatus.Cancelled))
            .Concat(deadlines.Select(d => new CalendarItem(d.Uid, 0, $"Due: {d.Name}",
                $"{d.Cohort.Name}: the {d.Name.ToLowerInvariant()} is due by today.", "", d.Cohort.TimeZoneId, AllDay: d.DueDate!.Value)));
        return SessionCalendar.Feed(items.ToList(), options.Value.CalendarOrganizer);
    }

    private async Task RevokeAsync(int personId, bool save, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var feed in await db.CalendarFeeds.Where(f => f.PersonId == personId && f.RevokedAtUtc == null).ToListAsync(ct))
            feed.Revoke(now);
        if (save)
            await db.SaveChangesAsync(ct);
    }
}
