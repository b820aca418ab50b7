using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Surveys;

public sealed record OpenSurvey(int RequestId, string SurveyName, string CohortName, DateTime ClosesAtUtc, string TimeZoneId);

public sealed record TemplateRow(int Id, string Name, bool Anonymous, TextReaders Readers, int Questions, bool InUse);

public sealed record MomentRow(int Id, int TemplateId, string SurveyName, MomentKind Kind, string? StepName, SurveyAudience Audience, int ClosesAfterDays,
    DateTime? SentAtUtc, DateTime? ClosedAtUtc, int Asked, int Answered);

/// <summary>A survey as its respondent sees it: open to answer, answered (with their answers when it is not anonymous) or closed.</summary>
public sealed record SurveyPage(int RequestId, string SurveyName, string Introduction, string CohortName, string TimeZoneId, string Privacy,
    DateTime? SessionStartsAtUtc, IReadOnlyList<SurveyQuestion> Questions, DateTime ClosesAtUtc, DateTime? AnsweredAtUtc, bool IsClosed,
    IReadOnlyDictionary<int, SurveyAnswer> GivenAnswers);

/// <summary>One question's results: shown only from <see cref="SurveyResults.MinimumAnswers"/> answers up.</summary>
public sealed record QuestionResult(SurveyQuestion Question, int Answers, bool Shown, double? Average, IReadOnlyList<(string Label, int Count)> Counts,
    IReadOnlyList<WrittenAnswer> Texts, string? TextsNote)
{
    /// <summary>A count's share of the question's answers, in whole percent.</summary>
    public int ShareOf(int count) => Answers == 0 ? 0 : (int)Math.Round(100.0 * count / Answers);
}

public sealed record WrittenAnswer(string By, string Text);

public sealed record SurveyResults(int MomentId, int CohortId, string CohortName, string SurveyName, bool Anonymous, MomentKind Kind, string? StepName,
    bool IsClosed, int Asked, int Answered, int Respondents, IReadOnlyList<QuestionResult> Questions)
{
    /// <summary>
    /// No figure is shown of fewer answers than this, nor of fewer different people (one participant answering after each of
    /// three sessions is still one person), so that no answer can be traced to a person.
    /// </summary>
    public const int MinimumAnswers = 3;

    public bool Shown => Shows(Answered, Respondents);

    public static bool Shows(int answers, int respondents) => answers >= MinimumAnswers && respondents >= MinimumAnswers;
}

/// <summary>The average rating given in one month, over every survey; <see cref="Average"/> is null below the minimum of answers.</summary>
public sealed record MonthlyScore(DateOnly Month, int Responses, double? Average);

/// <summary>One written answer the engagement's coach reads (seed 002: the client's input on a session).</summary>
public sealed record CoachFeedback(string SurveyName, string From, DateTime? SessionStartsAtUtc, DateTime AnsweredAtUtc, IReadOnlyList<(string Question, string Answer)> Answers);

public sealed class SurveyQueries(IAppDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The surveys waiting for a person's answers, soonest to close first.</summary>
    public async Task<IReadOnlyList<OpenSurvey>> OpenForPersonAsync(int personId, CancellationToken ct = default)
    {
        var now = Now;
        return await (
            from r in db.SurveyRequests
            where r.PersonId == personId && r.AnsweredAtUtc == null && r.ClosesAtUtc > now && r.Moment.ClosedAtUtc == null
            join c in db.Cohorts on r.Moment.CohortId equals c.Id
            orderby r.ClosesAtUtc, r.Id
            select new OpenSurvey(r.Id, r.Moment.Template.Name, c.Name, r.ClosesAtUtc, c.TimeZoneId))
            .Take(20).ToListAsync(ct);
    }

    /// <summary>The survey of one request, for its own person only (anyone else: null, answered as "no such survey").</summary>
    public async Task<SurveyPage?> PageAsync(int requestId, int personId, CancellationToken ct = default)
    {
        var r = await db.SurveyRequests.Where(x => x.Id == requestId && x.PersonId == personId)
            .Select(x => new
            {
                x.Id, x.Moment.TemplateId, x.ClosesAtUtc, x.AnsweredAtUtc, MomentClosed = x.Moment.ClosedAtUtc != null,
                Cohort = db.Cohorts.Where(c => c.Id == x.Moment.CohortId).Select(c => new { c.Name, c.TimeZoneId }).Single(),
                SessionStartsAtUtc = db.CoachingSessions.Where(s => s.Id == x.SessionId).Select(s => (DateTime?)s.StartsAtUtc).FirstOrDefault(),
                Answers = db.SurveyResponses.Where(p => p.RequestId == x.Id).SelectMany(p => p.Answers).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (r is null)
            return null;
        var template = await db.SurveyTemplates.AsNoTracking().Include(t => t.Questions).SingleAsync(t => t.Id == r.TemplateId, ct);
        return new SurveyPage(r.Id, template.Name, template.Introduction, r.Cohort.Name, r.Cohort.TimeZoneId,
            SurveyPrivacy.Describe(template.IsAnonymous, template.TextReaders), r.SessionStartsAtUtc, template.InOrder.ToList(), r.ClosesAtUtc, r.AnsweredAtUtc,
            r.MomentClosed || r.ClosesAtUtc <= Now, r.Answers.ToDictionary(a => a.QuestionId));
    }

    public async Task<PagedList<TemplateRow>> TemplatesAsync(int page, int pageSize = PagedList<TemplateRow>.DefaultPageSize, CancellationToken ct = default)
    {
        page = PagedList<TemplateRow>.Clamp(page);
        var total = await db.SurveyTemplates.CountAsync(ct);
        var items = await db.SurveyTemplates.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(t => new TemplateRow(t.Id, t.Name, t.IsAnonymous, t.TextReaders, t.Questions.Count, t.IsInUse))
            .ToListAsync(ct);
        return new PagedList<TemplateRow>(items, page, pageSize, total);
    }

    /// <summary>Every survey for pickers: id and name, ready ones (with questions) only.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ReadyTemplatesAsync(CancellationToken ct = default) =>
        (await db.SurveyTemplates.Where(t => t.Questions.Any()).OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
        .Select(t => (t.Id, t.Name)).ToList();

    public Task<SurveyTemplate?> TemplateAsync(int id, CancellationToken ct = default) =>
        db.SurveyTemplates.AsNoTracking().Include(t => t.Questions).SingleOrDefaultAsync(t => t.Id == id, ct);

    /// <summary>A cohort's surveys with how many were asked and answered, in one query.</summary>
    public async Task<IReadOnlyList<MomentRow>> ForCohortAsync(int cohortId, CancellationToken ct = default) =>
        await db.SurveyMoments.Where(m => m.CohortId == cohortId).OrderBy(m => m.Id)
            .Select(m => new MomentRow(m.Id, m.TemplateId, m.Template.Name, m.Kind, db.Milestones.Where(s => s.Id == m.StepId).Select(s => s.Name).FirstOrDefault(),
                m.Audience, m.ClosesAfterDays, m.SentAtUtc, m.ClosedAtUtc,
                db.SurveyRequests.Count(r => r.MomentId == m.Id), db.SurveyRequests.Count(r => r.MomentId == m.Id && r.AnsweredAtUtc != null)))
            .ToListAsync(ct);

    /// <summary>
    /// A moment's results for directors: counts always; figures only from three answers up (per survey and per question);
    /// written answers only of a survey that is not anonymous and whose answers the directors read. A fixed number of
    /// queries whatever the number of answers: ratings and choices are counted in the database.
    /// </summary>
    public async Task<SurveyResults?> ResultsAsync(int momentId, CancellationToken ct = default)
    {
        var info = await SurveyScanner.Moments(db, x => x.Id == momentId).SingleOrDefaultAsync(ct);
        if (info is null)
            return null;
        var m = await db.SurveyMoments.Where(x => x.Id == momentId)
            .Select(x => new
            {
                Closed = x.ClosedAtUtc != null, x.TemplateId,
                Asked = db.SurveyRequests.Count(r => r.MomentId == x.Id),
                Answered = db.SurveyResponses.Count(r => r.MomentId == x.Id),
                Respondents = db.SurveyRequests.Where(r => r.MomentId == x.Id && r.AnsweredAtUtc != null).Select(r => r.PersonId).Distinct().Count(),
            })
            .SingleAsync(ct);
        var template = await db.SurveyTemplates.AsNoTracking().Include(t => t.Questions).SingleAsync(t => t.Id == m.TemplateId, ct);
        var answers = db.SurveyResponses.Where(r => r.MomentId == momentId).SelectMany(r => r.Answers);
        var counts = await answers.GroupBy(a => new { a.QuestionId, a.Rating, a.Choices, Text = a.Text != null })
            .Select(g => new { g.Key.QuestionId, g.Key.Rating, g.Key.Choices, g.Key.Text, Count = g.Count() })
            .ToListAsync(ct);
        var readable = !template.IsAnonymous && template.TextReaders == TextReaders.Directors;
        var texts = readable && SurveyResults.Shows(m.Answered, m.Respondents)
            ? await (from r in db.SurveyResponses
                     where r.MomentId == momentId
                     from a in r.Answers
                     where a.Text != null
                     join q in db.SurveyRequests on r.RequestId equals q.Id
                     join p in db.People on q.PersonId equals p.Id
                     orderby r.Id descending
                     select new { a.QuestionId, p.FullName, a.Text }).Take(200).ToListAsync(ct)
            : [];

        var results = template.InOrder.Select(q =>
        {
            var mine = counts.Where(c => c.QuestionId == q.Id).ToList();
            var total = mine.Sum(c => c.Count);
            var shown = SurveyResults.Shows(m.Answered, m.Respondents) && total >= SurveyResults.MinimumAnswers;
            IReadOnlyList<(string, int)> bars = !shown ? [] : q.Kind switch
            {
                QuestionKind.Rating => Enumerable.Range(1, 5).Select(n => (n.ToString(), mine.Where(c => c.Rating == n).Sum(c => c.Count))).ToList(),
                QuestionKind.SingleChoice or QuestionKind.MultipleChoice => q.Options.Select((label, i) =>
                    (label, mine.Where(c => SurveyAnswer.IndexesOf(c.Choices).Contains(i)).Sum(c => c.Count))).ToList(),
                _ => [],
            };
            double? average = shown && q.Kind == QuestionKind.Rating ? mine.Sum(c => (c.Rating ?? 0) * c.Count) / (double)total : null;
            var written = shown && q.IsText && readable ? texts.Where(t => t.QuestionId == q.Id).Select(t => new WrittenAnswer(t.FullName, t.Text!)).ToList() : [];
            string? note = !q.IsText || !shown ? null
                : readable ? null
                : template.TextReaders == TextReaders.Coach ? "Read by each engagement's coach only." : "Not shown: the survey is anonymous.";
            return new QuestionResult(q, total, shown, average, bars, written, note);
        }).ToList();
        return new SurveyResults(momentId, info.CohortId, info.CohortName, info.SurveyName, info.Anonymous, info.Kind, info.StepName, m.Closed,
            m.Asked, m.Answered, m.Respondents, results);
    }

    /// <summary>
    /// The average rating per month over the last <paramref name="months"/> months, across cohorts, with the number of
    /// responses behind it; a month of fewer than three responses, or of fewer than three people, shows no average. Two queries, whatever the number of answers.
    /// </summary>
    public async Task<IReadOnlyList<MonthlyScore>> ScoresByMonthAsync(int months = 12, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(Now);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-(months - 1));
        var responses = await db.SurveyResponses.Where(r => r.Month >= first).GroupBy(r => r.Month)
            .Select(g => new { Month = g.Key, Count = g.Count() }).ToListAsync(ct);
        // The people behind them, by the month their requests were answered (UTC: near a month's edge, a day's difference).
        var since = first.ToDateTime(TimeOnly.MinValue).AddDays(-1);
        var people = await db.SurveyRequests.Where(r => r.AnsweredAtUtc >= since)
            .GroupBy(r => new { r.AnsweredAtUtc!.Value.Year, r.AnsweredAtUtc!.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, People = g.Select(r => r.PersonId).Distinct().Count() }).ToListAsync(ct);
        var ratings = await db.SurveyResponses.Where(r => r.Month >= first).SelectMany(r => r.Answers.Where(a => a.Rating != null), (r, a) => new { r.Month, a.Rating })
            .GroupBy(x => x.Month).Select(g => new { Month = g.Key, Average = g.Average(x => (double)x.Rating!.Value) }).ToListAsync(ct);
        return Enumerable.Range(0, months).Select(i => first.AddMonths(i)).Select(month =>
        {
            var count = responses.Where(r => r.Month == month).Sum(r => r.Count);
            var respondents = people.Where(p => p.Year == month.Year && p.Month == month.Month).Sum(p => p.People);
            var average = ratings.Where(r => r.Month == month).Select(r => (double?)r.Average).FirstOrDefault();
            return new MonthlyScore(month, count, SurveyResults.Shows(count, respondents) ? average : null);
        }).ToList();
    }

    /// <summary>
    /// The written answers of the engagement's coachees that its coach alone reads, newest first; null when
    /// <paramref name="personId"/> is not the engagement's coach.
    /// </summary>
    public async Task<IReadOnlyList<CoachFeedback>?> FeedbackForCoachAsync(int matchId, int personId, CancellationToken ct = default)
    {
        if (!await db.EngagementMembers.AnyAsync(x => x.MatchId == matchId && x.PersonId == personId && x.Role == MemberRole.Coach, ct))
            return null;
        var rows = await (
            from q in db.SurveyRequests
            where q.MatchId == matchId && q.Moment.Template.TextReaders == TextReaders.Coach && !q.Moment.Template.IsAnonymous && q.AnsweredAtUtc != null
            join r in db.SurveyResponses on q.Id equals r.RequestId
            join p in db.People on q.PersonId equals p.Id
            orderby q.AnsweredAtUtc descending
            select new
            {
                Survey = q.Moment.Template.Name, p.FullName, Answered = q.AnsweredAtUtc!.Value,
                Session = db.CoachingSessions.Where(s => s.Id == q.SessionId).Select(s => (DateTime?)s.StartsAtUtc).FirstOrDefault(),
                Answers = r.Answers.Join(db.SurveyQuestions, a => a.QuestionId, x => x.Id, (a, x) => new { Question = x, Answer = a })
                    .OrderBy(a => a.Question.Position).ToList(),
            })
            .Take(50).ToListAsync(ct);
        return rows.Select(r => new CoachFeedback(r.Survey, r.FullName, r.Session, r.Answered,
            r.Answers.Select(a => (a.Question.Text, a.Question.Describe(a.Answer))).ToList())).ToList();
    }
}
