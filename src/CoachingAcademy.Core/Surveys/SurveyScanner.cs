using System.Globalization;
using System.Linq.Expressions;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Surveys;

/// <summary>One person to ask for one moment's survey about one thing, with what the email needs.</summary>
internal sealed record SurveyAsk(MomentInfo Moment, int PersonId, string Email, string Name, string About, int? MatchId, int? SessionId, string AboutWords);

internal sealed record MomentInfo(int Id, int CohortId, MomentKind Kind, int? StepId, SurveyAudience Audience, int ClosesAfterDays, DateTime CreatedAtUtc,
    string CohortName, string TimeZoneId, DateOnly GraduationDate, string SurveyName, bool Anonymous, TextReaders Readers, string? StepName)
{
    public bool Asks(MemberRole role) => Audience switch
    {
        SurveyAudience.Coaches => role == MemberRole.Coach,
        SurveyAudience.Participants => role is MemberRole.Coachee or MemberRole.Peer,
        _ => role.Meets(),
    };

    public bool Asks(EnrollmentRole role) => Audience == SurveyAudience.Everyone || (role == EnrollmentRole.Coach) == (Audience == SurveyAudience.Coaches);
}

/// <summary>
/// Asks each survey at its moment and reminds those who have not answered, like the reminder scan: a fixed number of
/// queries whatever the number of cohorts, sessions or people, and never the same request twice (a unique key per moment,
/// person and subject; a second instance scanning at the same moment loses on it and scans again).
/// </summary>
public sealed class SurveyScanner(IAppDbContext db, EmailOutbox outbox, TimeProvider clock, IOptions<ProgramOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<int> ScanAsync(CancellationToken ct = default)
    {
        var asked = 0;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var asks = await DueAsksAsync(ct);
                if (asks.Count > 0)
                    await db.InTransactionAsync(() => AskAsync(asks, ct), ct);
                asked = asks.Count;
                break;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.ClearChanges();
            }
        }
        return asked + await RemindAsync(ct);
    }

    internal static IQueryable<MomentInfo> Moments(IAppDbContext db, Expression<Func<SurveyMoment, bool>> which) =>
        from m in db.SurveyMoments.Where(which)
        join c in db.Cohorts on m.CohortId equals c.Id
        select new MomentInfo(m.Id, m.CohortId, m.Kind, m.StepId, m.Audience, m.ClosesAfterDays, m.CreatedAtUtc, c.Name, c.TimeZoneId, c.GraduationDate,
            m.Template.Name, m.Template.IsAnonymous, m.Template.TextReaders, db.Milestones.Where(s => s.Id == m.StepId).Select(s => s.Name).FirstOrDefault());

    private async Task<List<SurveyAsk>> DueAsksAsync(CancellationToken ct)
    {
        var now = Now;
        // A request closes some days after its event; an event older than that is not asked about.
        var since = now.AddDays(-60);
        var moments = await Moments(db, m => m.Kind != MomentKind.Once && m.ClosedAtUtc == null && !db.Cohorts.Any(c => c.Id == m.CohortId && c.IsArchived))
            .ToDictionaryAsync(m => m.Id, ct);
        if (moments.Count == 0)
            return [];
        var ids = moments.Keys.ToList();
        var asks = new List<SurveyAsk>();

        if (moments.Values.Any(m => m.Kind == MomentKind.AfterEachSession))
        {
            var rows = await (
                from m in db.SurveyMoments
                where ids.Contains(m.Id) && m.Kind == MomentKind.AfterEachSession
                from s in db.CoachingSessions
                where s.Status == SessionStatus.Held && s.LoggedAtUtc > m.CreatedAtUtc && s.LoggedAtUtc >= since
                join match in db.Matches on s.MatchId equals match.Id
                where match.CohortId == m.CohortId
                from x in match.Members
                where !s.Attendance.Any(a => a.PersonId == x.PersonId && !a.Attended)
                      && !db.SurveyRequests.Any(r => r.MomentId == m.Id && r.PersonId == x.PersonId && r.SessionId == s.Id)
                select new { MomentId = m.Id, x.PersonId, x.Role, x.Person.Email, x.Person.FullName, MatchId = match.Id, SessionId = s.Id, s.StartsAtUtc, Event = s.LoggedAtUtc!.Value })
                .ToListAsync(ct);
            asks.AddRange(rows.Where(r => moments[r.MomentId].Asks(r.Role) && Open(moments[r.MomentId], r.Event)).Select(r =>
            {
                var moment = moments[r.MomentId];
                var when = ProgramTime.ToLocal(r.StartsAtUtc, moment.TimeZoneId).ToString("dddd d MMMM", CultureInfo.InvariantCulture);
                return new SurveyAsk(moment, r.PersonId, r.Email, r.FullName, $"session:{r.SessionId}", r.MatchId, r.SessionId, $" on the session of {when}");
            }));
        }

        if (moments.Values.Any(m => m.Kind == MomentKind.AfterStep))
        {
            var rows = await (
                from m in db.SurveyMoments
                where ids.Contains(m.Id) && m.Kind == MomentKind.AfterStep
                from s in db.CoachingSessions
                where s.MilestoneId == m.StepId && s.Status == SessionStatus.Held && s.LoggedAtUtc > m.CreatedAtUtc && s.LoggedAtUtc >= since
                      // The step is met by its first held session; a later one for the same step asks nothing more.
                      && !db.CoachingSessions.Any(o => o.MatchId == s.MatchId && o.MilestoneId == s.MilestoneId && o.Status == SessionStatus.Held && o.LoggedAtUtc < s.LoggedAtUtc)
                join match in db.Matches on s.MatchId equals match.Id
                where match.CohortId == m.CohortId
                from x in match.Members
                where !db.SurveyRequests.Any(r => r.MomentId == m.Id && r.PersonId == x.PersonId && r.MatchId == match.Id)
                select new { MomentId = m.Id, x.PersonId, x.Role, x.Person.Email, x.Person.FullName, MatchId = match.Id, Event = s.LoggedAtUtc!.Value })
                .ToListAsync(ct);
            asks.AddRange(rows.Where(r => moments[r.MomentId].Asks(r.Role) && Open(moments[r.MomentId], r.Event)).Select(r =>
                new SurveyAsk(moments[r.MomentId], r.PersonId, r.Email, r.FullName, $"step:{r.MatchId}", r.MatchId, null,
                    $" now that \"{moments[r.MomentId].StepName}\" is met")));
        }

        if (moments.Values.Any(m => m.Kind == MomentKind.EngagementEnd))
        {
            var rows = await (
                from m in db.SurveyMoments
                where ids.Contains(m.Id) && m.Kind == MomentKind.EngagementEnd
                from match in db.Matches
                where match.CohortId == m.CohortId && match.Status == MatchStatus.Ended && match.EndedAtUtc > m.CreatedAtUtc && match.EndedAtUtc >= since
                from x in match.Members
                where !db.SurveyRequests.Any(r => r.MomentId == m.Id && r.PersonId == x.PersonId && r.MatchId == match.Id)
                select new { MomentId = m.Id, x.PersonId, x.Role, x.Person.Email, x.Person.FullName, MatchId = match.Id, Event = match.EndedAtUtc!.Value })
                .ToListAsync(ct);
            asks.AddRange(rows.Where(r => moments[r.MomentId].Asks(r.Role) && Open(moments[r.MomentId], r.Event)).Select(r =>
                new SurveyAsk(moments[r.MomentId], r.PersonId, r.Email, r.FullName, $"match:{r.MatchId}", r.MatchId, null, " on the coaching that has ended")));
        }

        // The cohort's end is its graduation day, in its own zone, once that day has come (and came after the survey was attached).
        var ending = moments.Values.Where(m => m.Kind == MomentKind.CohortEnd && ProgramTime.Today(clock, m.TimeZoneId) >= m.GraduationDate
            && m.GraduationDate >= ProgramTime.DayOf(m.CreatedAtUtc, m.TimeZoneId)
            && Open(m, ProgramTime.ToUtc(m.GraduationDate.ToDateTime(TimeOnly.MinValue), m.TimeZoneId))).Select(m => m.Id).ToList();
        if (ending.Count > 0)
            asks.AddRange(await EnrolledAsks(ending, moments, " now that the program has ended", "cohort", ct));
        return asks;
    }

    /// <summary>Whether a request for an event at <paramref name="eventUtc"/> would still be open.</summary>
    private bool Open(MomentInfo moment, DateTime eventUtc) => eventUtc.AddDays(moment.ClosesAfterDays) > Now;

    private async Task<IEnumerable<SurveyAsk>> EnrolledAsks(List<int> momentIds, IReadOnlyDictionary<int, MomentInfo> moments, string aboutWords, string about,
        CancellationToken ct)
    {
        var rows = await (
            from m in db.SurveyMoments
            where momentIds.Contains(m.Id)
            from e in db.Enrollments
            where e.CohortId == m.CohortId && !db.SurveyRequests.Any(r => r.MomentId == m.Id && r.PersonId == e.PersonId)
            select new { MomentId = m.Id, e.PersonId, e.Role, e.Person.Email, e.Person.FullName })
            .ToListAsync(ct);
        return rows.Where(r => moments[r.MomentId].Asks(r.Role))
            .Select(r => new SurveyAsk(moments[r.MomentId], r.PersonId, r.Email, r.FullName, about, null, null, aboutWords));
    }

    /// <summary>Asks a <see cref="MomentKind.Once"/> survey of its audience now; the caller holds the transaction.</summary>
    internal async Task<int> SendOnceAsync(int momentId, CancellationToken ct)
    {
        var moment = await Moments(db, m => m.Id == momentId).SingleAsync(ct);
        var asks = (await EnrolledAsks([momentId], new Dictionary<int, MomentInfo> { [momentId] = moment }, "", "once", ct)).ToList();
        await AskAsync(asks, ct);
        return asks.Count;
    }

    /// <summary>Records each request, then its email with the request's own link, in the caller's transaction.</summary>
    private async Task AskAsync(IReadOnlyList<SurveyAsk> asks, CancellationToken ct)
    {
        if (asks.Count == 0)
            return;
        var now = Now;
        var requests = asks.Select(a => (Ask: a, Request: new SurveyRequest(a.Moment.Id, a.Moment.ClosesAfterDays, a.PersonId, a.About, a.MatchId, a.SessionId, now)))
            .ToList();
        db.SurveyRequests.AddRange(requests.Select(r => r.Request));
        await db.SaveChangesAsync(ct);
        foreach (var (ask, request) in requests)
        {
            var m = ask.Moment;
            outbox.Add(new SurveyRequestedEmail(ask.Email, ask.Name, m.CohortName, m.SurveyName, ask.AboutWords, ProgramTime.Format(request.ClosesAtUtc, m.TimeZoneId),
                SurveyPrivacy.Describe(m.Anonymous, m.Readers), options.Value.Link($"/Surveys/Answer/{request.Id}")), m.CohortId);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An open request is reminded once, when it closes within the cohort's second deadline reminder (3 days by default).</summary>
    private async Task<int> RemindAsync(CancellationToken ct)
    {
        var now = Now;
        var rows = await (
            from r in db.SurveyRequests
            where r.AnsweredAtUtc == null && r.ClosesAtUtc > now && r.ClosesAtUtc <= now.AddDays(30) && r.AskedAtUtc <= now.AddDays(-1)
                  && r.Moment.ClosedAtUtc == null
            join c in db.Cohorts on r.Moment.CohortId equals c.Id
            join p in db.People on r.PersonId equals p.Id
            where !c.IsArchived
            select new
            {
                r.Id, r.ClosesAtUtc, c.TimeZoneId, CohortId = c.Id, CohortName = c.Name, Survey = r.Moment.Template.Name, p.Email, p.FullName,
                Days = db.ReminderPolicies.Where(x => x.CohortId == c.Id).Select(x => (int?)x.SecondMilestoneReminderDays).FirstOrDefault() ?? 3,
            })
            .ToListAsync(ct);
        var emails = rows.Where(r => r.ClosesAtUtc <= now.AddDays(Math.Max(r.Days, 1)))
            .Select(r => new KeyedEmail($"{r.Email}|survey:{r.Id}|{ReminderKind.Survey}", ReminderKind.Survey.ToString(), r.CohortId, () =>
                new SurveyReminderEmail(r.Email, r.FullName, r.CohortName, r.Survey, ProgramTime.Format(r.ClosesAtUtc, r.TimeZoneId),
                    options.Value.Link($"/Surveys/Answer/{r.Id}")).Render()))
            .ToList();
        return emails.Count == 0 ? 0 : await outbox.AddOnceAsync(emails, ct);
    }
}
