using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Web.Infrastructure;
using CoachingAcademy.Web.Models.Exports;
using CoachingAcademy.Web.Models.Surveys;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Web.Controllers;

/// <summary>
/// Surveys as directors run them: build them, attach them to a cohort's moments, send the ones asked by hand, close them
/// and read their results (figures from three answers up; see <see cref="SurveyAnswersController"/> for the answering).
/// </summary>
[Authorize(Roles = Roles.Director)]
public sealed class SurveysController(
    SurveyService surveys, SurveyQueries queries, IAppDbContext db,
    IValidator<TemplateInput> templateValidator, IValidator<QuestionInput> questionValidator, IValidator<MomentInput> momentValidator)
    : Controller
{
    [HttpGet("/Surveys")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) => View(await queries.TemplatesAsync(page, ct: ct));

    [HttpGet("/Surveys/Create")]
    public IActionResult Create() => View(new TemplateInput());

    [HttpPost("/Surveys/Create")]
    public Task<IActionResult> Create(TemplateInput input, CancellationToken ct) =>
        this.SubmitAsync(templateValidator, input, async () =>
        {
            var id = await surveys.CreateTemplateAsync(input.Name!, input.Introduction ?? "", input.IsAnonymous, input.TextReaders, ct);
            TempData["Status"] = $"\"{input.Name!.Trim()}\" is created. Add its questions.";
            return Redirect($"/Surveys/{id}");
        }, () => View(input));

    [HttpGet("/Surveys/{id:int}")]
    public Task<IActionResult> Template(int id, CancellationToken ct) => ShowTemplateAsync(id, null, null, ct);

    [HttpPost("/Surveys/{id:int}")]
    public Task<IActionResult> Template(int id, TemplateInput input, CancellationToken ct) =>
        this.SubmitAsync(templateValidator, input, async () =>
        {
            await surveys.UpdateTemplateAsync(id, input.Name!, input.Introduction ?? "", input.IsAnonymous, input.TextReaders, ct);
            TempData["Status"] = "The survey is saved.";
            return Redirect($"/Surveys/{id}");
        }, () => ShowTemplateAsync(id, input, null, ct));

    [HttpPost("/Surveys/{id:int}/Questions")]
    public Task<IActionResult> AddQuestion(int id, QuestionInput input, CancellationToken ct) =>
        this.SubmitAsync(questionValidator, input, async () =>
        {
            await surveys.AddQuestionAsync(id, input.Text!, input.Kind, input.Required, input.Choices, ct);
            TempData["Status"] = "The question is added.";
            return Redirect($"/Surveys/{id}#questions");
        }, () => ShowTemplateAsync(id, null, input, ct));

    [HttpPost("/Surveys/{id:int}/Questions/{questionId:int}/Remove")]
    public async Task<IActionResult> RemoveQuestion(int id, int questionId, CancellationToken ct)
    {
        try
        {
            await surveys.RemoveQuestionAsync(id, questionId, ct);
            TempData["Status"] = "The question is removed.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return Redirect($"/Surveys/{id}#questions");
    }

    [HttpPost("/Surveys/{id:int}/Copy")]
    public async Task<IActionResult> Copy(int id, CancellationToken ct)
    {
        var copy = await surveys.CopyTemplateAsync(id, ct);
        TempData["Status"] = "This is a copy, not attached anywhere yet: change it as you need.";
        return Redirect($"/Surveys/{copy}");
    }

    private async Task<IActionResult> ShowTemplateAsync(int id, TemplateInput? details, QuestionInput? question, CancellationToken ct)
    {
        var template = await queries.TemplateAsync(id, ct);
        if (template is null)
            return NotFound();
        ViewData["Template"] = template;
        ViewData["Question"] = question ?? new QuestionInput();
        return View("Template", details ?? new TemplateInput
        {
            Name = template.Name, Introduction = template.Introduction, IsAnonymous = template.IsAnonymous, TextReaders = template.TextReaders,
        });
    }

    [HttpGet("/Cohorts/{cohortId:int}/Surveys")]
    public Task<IActionResult> Cohort(int cohortId, CancellationToken ct) => ShowCohortAsync(cohortId, new MomentInput(), ct);

    [HttpPost("/Cohorts/{cohortId:int}/Surveys")]
    public Task<IActionResult> Cohort(int cohortId, MomentInput input, CancellationToken ct) =>
        this.SubmitAsync(momentValidator, input, async () =>
        {
            await surveys.AttachAsync(cohortId, input.TemplateId!.Value, input.Kind, input.StepId, input.Audience, input.ClosesAfterDays, ct);
            TempData["Status"] = input.Kind == MomentKind.Once
                ? "The survey is attached. Send it when you are ready: nobody is asked before."
                : "The survey is attached. From now on it is asked at its moment.";
            return Redirect($"/Cohorts/{cohortId}/Surveys");
        }, () => ShowCohortAsync(cohortId, input, ct));

    private async Task<IActionResult> ShowCohortAsync(int cohortId, MomentInput input, CancellationToken ct)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => new { c.Id, c.Name, c.IsArchived }).SingleOrDefaultAsync(ct);
        if (cohort is null)
            return NotFound();
        ViewData["CohortId"] = cohort.Id;
        ViewData["CohortName"] = cohort.Name;
        ViewData["Archived"] = cohort.IsArchived;
        ViewData["Moments"] = await queries.ForCohortAsync(cohortId, ct);
        ViewData["Templates"] = await queries.ReadyTemplatesAsync(ct);
        ViewData["Steps"] = (await db.Milestones.Where(m => m.CohortId == cohortId).OrderBy(m => m.Order).Select(m => new { m.Id, m.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name)).ToList();
        return View("Cohort", input);
    }

    [HttpPost("/Surveys/Moments/{id:int}/Send")]
    public async Task<IActionResult> Send(int id, CancellationToken ct)
    {
        var cohortId = await CohortOfMomentAsync(id, ct);
        try
        {
            var asked = await surveys.SendAsync(id, ct);
            TempData["Status"] = asked is int count
                ? $"The survey is sent: {count} {(count == 1 ? "person is" : "people are")} asked by email."
                : "The survey was already sent; nobody is asked twice.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return Redirect($"/Cohorts/{cohortId}/Surveys");
    }

    [HttpPost("/Surveys/Moments/{id:int}/Close")]
    public async Task<IActionResult> Close(int id, CancellationToken ct)
    {
        var cohortId = await CohortOfMomentAsync(id, ct);
        await surveys.CloseAsync(id, ct);
        TempData["Status"] = "The survey is closed: nobody more is asked, and open requests close.";
        return Redirect($"/Cohorts/{cohortId}/Surveys");
    }

    private async Task<int> CohortOfMomentAsync(int id, CancellationToken ct) =>
        await db.SurveyMoments.Where(m => m.Id == id).Select(m => (int?)m.CohortId).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

    [HttpGet("/Surveys/Results/{id:int}")]
    public async Task<IActionResult> Results(int id, CancellationToken ct) =>
        await queries.ResultsAsync(id, ct) is { } results ? View(results) : NotFound();

    /// <summary>The results as a file: the same totals, from three answers up, never a written answer.</summary>
    [HttpGet("/Surveys/Results/{id:int}/{format}")]
    public async Task<IActionResult> ExportResults(int id, string format, CancellationToken ct)
    {
        if (!TableExport.TryParse(format, out var parsed))
            return ExportResult.UnknownFormat(format);
        return await queries.ResultsAsync(id, ct) is { } results ? new ExportResult(SurveyExports.Results(results), parsed) : NotFound();
    }
}
