using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Surveys;

public enum AnswerOutcome
{
    Saved,
    /// <summary>The request was answered before (a second submit): nothing changes, the first answer stands.</summary>
    AlreadyAnswered,
    Closed,
    Problems,
}

public sealed record AnswerResult(AnswerOutcome Outcome, IReadOnlyList<(int QuestionId, string Message)> Problems)
{
    public static AnswerResult Of(AnswerOutcome outcome) => new(outcome, []);
}

/// <summary>Directors' survey work (templates, moments, sending, closing) and a respondent's answers.</summary>
public sealed class SurveyService(IAppDbContext db, SurveyScanner scanner, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<int> CreateTemplateAsync(string name, string introduction, bool anonymous, TextReaders readers, CancellationToken ct = default)
    {
        var template = new SurveyTemplate(name, introduction, anonymous, readers, Now);
        db.SurveyTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        return template.Id;
    }

    public async Task UpdateTemplateAsync(int id, string name, string introduction, bool anonymous, TextReaders readers, CancellationToken ct = default)
    {
        (await TemplateAsync(id, ct)).Update(name, introduction, anonymous, readers);
        await db.SaveChangesAsync(ct);
    }

    public async Task AddQuestionAsync(int templateId, string text, QuestionKind kind, bool required, string? choices, CancellationToken ct = default)
    {
        (await TemplateAsync(templateId, ct)).AddQuestion(text, kind, required, (choices ?? "").Split('\n'));
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveQuestionAsync(int templateId, int questionId, CancellationToken ct = default)
    {
        var template = await TemplateAsync(templateId, ct);
        var question = template.Questions.SingleOrDefault(q => q.Id == questionId) ?? throw new NotFoundException();
        template.RemoveQuestion(question);
        await db.SaveChangesAsync(ct);
    }

    public async Task<int> CopyTemplateAsync(int id, CancellationToken ct = default)
    {
        var copy = (await TemplateAsync(id, ct)).Copy(Now);
        db.SurveyTemplates.Add(copy);
        await db.SaveChangesAsync(ct);
        return copy.Id;
    }

    private async Task<SurveyTemplate> TemplateAsync(int id, CancellationToken ct) =>
        await db.SurveyTemplates.Include(t => t.Questions).SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException();

    /// <summary>Attaches a survey to one of the cohort's moments; its questions are fixed from now on.</summary>
    public async Task<int> AttachAsync(int cohortId, int templateId, MomentKind kind, int? stepId, SurveyAudience audience, int closesAfterDays,
        CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId, ct) ?? throw new NotFoundException();
        cohort.RequireOpen();
        var template = await db.SurveyTemplates.Include(t => t.Questions).SingleOrDefaultAsync(t => t.Id == templateId, ct)
            ?? throw new DomainException("Choose one of the surveys.", "TemplateId");
        if (kind == MomentKind.AfterStep && !await db.Milestones.AnyAsync(m => m.Id == stepId && m.CohortId == cohortId, ct))
            throw new DomainException("Choose one of this cohort's steps.", "StepId");
        var moment = new SurveyMoment(cohortId, template, kind, stepId, audience, closesAfterDays, Now);
        db.SurveyMoments.Add(moment);
        await db.SaveChangesAsync(ct);
        return moment.Id;
    }

    /// <summary>Sends a survey of the once kind to its audience; returns how many were asked, or null when it had been sent
    /// already (two sends at once ask once: the second loses on the requests' unique key).</summary>
    public async Task<int?> SendAsync(int momentId, CancellationToken ct = default)
    {
        var moment = await MomentAsync(momentId, ct);
        if (moment.SentAtUtc is not null)
            return null;
        moment.MarkSent(Now);
        try
        {
            var asked = 0;
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(ct);
                asked = await scanner.SendOnceAsync(momentId, ct);
            }, ct);
            return asked;
        }
        catch (DbUpdateException)
        {
            db.ClearChanges();
            if (await db.SurveyMoments.AnyAsync(m => m.Id == momentId && m.SentAtUtc != null, ct))
                return null;
            throw;
        }
    }

    public async Task CloseAsync(int momentId, CancellationToken ct = default)
    {
        (await MomentAsync(momentId, ct)).Close(Now);
        await db.SaveChangesAsync(ct);
    }

    private async Task<SurveyMoment> MomentAsync(int id, CancellationToken ct) =>
        await db.SurveyMoments.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException();

    /// <summary>
    /// Saves one person's answers to their request, once: the request is marked answered under a condition (not answered
    /// yet), so of two submits at once one saves and the other finds the first answer. Only the request's own person may
    /// answer; anyone else is told there is no such survey.
    /// </summary>
    public async Task<AnswerResult> AnswerAsync(int requestId, int personId, IReadOnlyDictionary<int, GivenAnswer> answers, CancellationToken ct = default)
    {
        var now = Now;
        var request = await db.SurveyRequests.Where(r => r.Id == requestId && r.PersonId == personId)
            .Select(r => new { r.Id, r.MomentId, r.AnsweredAtUtc, r.ClosesAtUtc, r.Moment.ClosedAtUtc, r.Moment.TemplateId, r.Moment.CohortId })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (request.AnsweredAtUtc is not null)
            return AnswerResult.Of(AnswerOutcome.AlreadyAnswered);
        if (request.ClosedAtUtc is not null || request.ClosesAtUtc <= now)
            return AnswerResult.Of(AnswerOutcome.Closed);
        var template = await db.SurveyTemplates.AsNoTracking().Include(t => t.Questions).SingleAsync(t => t.Id == request.TemplateId, ct);
        var problems = template.Check(answers);
        if (problems.Count > 0)
            return new AnswerResult(AnswerOutcome.Problems, problems);

        var zone = await db.Cohorts.Where(c => c.Id == request.CohortId).Select(c => c.TimeZoneId).SingleAsync(ct);
        var outcome = AnswerOutcome.Saved;
        await db.InTransactionAsync(async () =>
        {
            // An anonymous answer is marked with its day only, so the request's time cannot single out its response.
            var answeredAt = template.IsAnonymous ? now.Date : now;
            var marked = await db.SurveyRequests.Where(r => r.Id == requestId && r.AnsweredAtUtc == null)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.AnsweredAtUtc, answeredAt), ct);
            if (marked == 0)
            {
                outcome = AnswerOutcome.AlreadyAnswered;
                return;
            }
            var response = new SurveyResponse(request.MomentId, template.IsAnonymous, requestId, ProgramTime.DayOf(now, zone));
            foreach (var question in template.InOrder)
                if (answers.TryGetValue(question.Id, out var answer))
                    response.Add(question, answer);
            db.SurveyResponses.Add(response);
            await db.SaveChangesAsync(ct);
        }, ct);
        return AnswerResult.Of(outcome);
    }
}
