using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Applications;

/// <summary>A cohort that takes applications, as its pages need it: the competencies are its steps 2 to 7 by order.</summary>
public sealed record ApplicationCohort(int Id, string Name, string TimeZoneId, IReadOnlyList<string> Competencies);

/// <summary>An application with its cohort and its applicant's name: everything an approver or the applicant reads.</summary>
public sealed record ApplicationView(ApplicationCohort Cohort, CircleApplication Application, string ApplicantName, string ApplicantEmail);

/// <summary>The applicant's page: their application once sent, or what the form starts from.</summary>
public sealed record ApplicantPage(ApplicationCohort Cohort, string ApplicantName, string ApplicantTitle, CircleApplication? Application,
    string? SupervisorName, string? SupervisorEmail);

/// <summary>What an approver's one-time link opens: the application and the stage they decide.</summary>
public sealed record LinkedApplication(ApplicationView View, ApplicationStage Stage, string ApproverName);

/// <summary>A cohort's applications for the program office, page by page.</summary>
public sealed record ApplicationList(ApplicationCohort Cohort, PagedList<ApplicationView> Applications);

/// <summary>
/// Seed 004's application to a peer coaching circle: the applicant, a participant of the cohort, fills in the form once; the
/// supervisor and then the division director approve through one-time emailed links; then the program office accepts. Each
/// approver is emailed when it is their turn and the applicant is told every outcome. No approver is skipped.
/// </summary>
public sealed class ApplicationService(IAppDbContext db, EmailOutbox emails, IDirectorDirectory directors, TimeProvider clock,
    IOptions<ProgramOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The applicant's own page; anyone not a participant of a cohort that takes applications finds nothing.</summary>
    public async Task<ApplicantPage> ForApplicantAsync(Actor applicant, int cohortId, CancellationToken ct = default)
    {
        var cohort = await CohortForApplicantAsync(applicant, cohortId, ct);
        var me = await db.People.Where(p => p.Id == applicant.PersonId)
            .Select(p => new { p.FullName, p.Title, Supervisor = p.Supervisor == null ? null : new { p.Supervisor.FullName, p.Supervisor.Email } })
            .SingleAsync(ct);
        var application = await db.CircleApplications.AsNoTracking().SingleOrDefaultAsync(a => a.CohortId == cohortId && a.PersonId == applicant.PersonId, ct);
        return new ApplicantPage(cohort, me.FullName, me.Title, application, me.Supervisor?.FullName, me.Supervisor?.Email);
    }

    /// <summary>
    /// Sends the application, and the supervisor a one-time link to approve it. One application per person per cohort: sent
    /// again (a double click, or a second tab), the first stands.
    /// </summary>
    public async Task<CircleApplication> SubmitAsync(Actor applicant, int cohortId, ApplicationForm form, CancellationToken ct = default)
    {
        var cohort = await CohortForApplicantAsync(applicant, cohortId, ct);
        if (await FirstAsync(cohortId, applicant.PersonId, ct) is { } first)
            return first;
        var application = new CircleApplication(cohortId, applicant.PersonId, form, cohort.Competencies.Count, Now);
        db.CircleApplications.Add(application);
        AskNextApprover(application, applicant.Name, cohort);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: one application per person and cohort (a unique index), and the first stands.
            db.ClearChanges();
            return await FirstAsync(cohortId, applicant.PersonId, ct) ?? throw new DomainException("The application could not be saved; send it again.");
        }
        return application;
    }

    /// <summary>What a one-time link opens; a used, expired or replaced link, or one whose turn has passed, is refused in
    /// words; an unknown one is not found.</summary>
    public async Task<LinkedApplication> OpenLinkAsync(string? token, CancellationToken ct = default)
    {
        var link = await LinkAsync(token, ct);
        if (link.Refusal(Now) is string refusal)
            throw new DomainException(refusal);
        var view = await ViewAsync(link.Application, ct);
        return new LinkedApplication(view, link.Stage, link.Application.ApproverName(link.Stage));
    }

    /// <summary>The supervisor or the division director decides through their one-time link, which is then spent. An approval
    /// asks the next approver; every outcome is told to the applicant.</summary>
    public async Task<CircleApplication> DecideByLinkAsync(string? token, bool approve, bool concurs, string? reason, CancellationToken ct = default)
    {
        var link = await LinkAsync(token, ct);
        link.Use(Now);
        var application = link.Application;
        var view = await ViewAsync(application, ct);
        var name = application.ApproverName(link.Stage);
        if (approve)
            application.Approve(link.Stage, name, concurs, Now);
        else
            application.Decline(link.Stage, name, reason, Now);
        await TellAndSaveAsync(view, link.Stage, approve, name, ct);
        return application;
    }

    /// <summary>The program office's list of a cohort's applications with their stage, page by page, in two queries.</summary>
    public async Task<ApplicationList?> ListAsync(int cohortId, int page, int pageSize = PagedList<ApplicationView>.DefaultPageSize, CancellationToken ct = default)
    {
        if (await CohortAsync(cohortId, ct) is not { } cohort)
            return null;
        page = PagedList<ApplicationView>.Clamp(page);
        var query = db.CircleApplications.AsNoTracking().Where(a => a.CohortId == cohortId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(a => a.Stage == ApplicationStage.ProgramOffice ? 0 : 1).ThenBy(a => a.Stage).ThenBy(a => a.SubmittedAtUtc).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Include(a => a.Person).ToListAsync(ct);
        return new ApplicationList(cohort, new PagedList<ApplicationView>(
            rows.Select(a => new ApplicationView(cohort, a, a.Person.FullName, a.Person.Email)).ToList(), page, pageSize, total));
    }

    /// <summary>A director accepts or declines, for the program office, an application both approvers have approved. The same
    /// decision sent twice shows the first.</summary>
    public async Task<CircleApplication> DecideAsProgramAsync(Actor director, int cohortId, int applicationId, bool accept, string? reason,
        CancellationToken ct = default)
    {
        if (!director.IsDirector)
            throw new NotFoundException();
        var application = await db.CircleApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.CohortId == cohortId, ct)
            ?? throw new NotFoundException();
        if ((accept && application.Stage == ApplicationStage.Accepted) || (!accept && application.DeclinedAt == ApplicationStage.ProgramOffice))
            return application;
        var view = await ViewAsync(application, ct);
        if (accept)
            application.Approve(ApplicationStage.ProgramOffice, director.Name, concurs: true, Now);
        else
            application.Decline(ApplicationStage.ProgramOffice, director.Name, reason, Now);
        await TellAndSaveAsync(view, ApplicationStage.ProgramOffice, accept, director.Name, ct);
        return application;
    }

    /// <summary>A director sends the approver whose turn it is a new link (the demo's, or one lost or expired); the earlier
    /// links of the application stop working.</summary>
    public async Task<string> ResendLinkAsync(Actor director, int cohortId, int applicationId, CancellationToken ct = default)
    {
        if (!director.IsDirector)
            throw new NotFoundException();
        var application = await db.CircleApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.CohortId == cohortId, ct)
            ?? throw new NotFoundException();
        foreach (var earlier in await db.ApplicationLinks.Where(l => l.ApplicationId == applicationId && l.UsedAtUtc == null && l.ReplacedAtUtc == null).ToListAsync(ct))
            earlier.Replace(Now);
        var view = await ViewAsync(application, ct);
        AskNextApprover(application, view.ApplicantName, view.Cohort);
        await db.SaveChangesAsync(ct);
        return application.ApproverName(application.Stage);
    }

    private void AskNextApprover(CircleApplication application, string applicantName, ApplicationCohort cohort)
    {
        var (link, token) = ApplicationLink.Issue(application, Now);
        db.ApplicationLinks.Add(link);
        emails.Add(new ApplicationApprovalAskedEmail(application.ApproverEmail(link.Stage), application.ApproverName(link.Stage), link.Stage.Approver(),
            applicantName, cohort.Name, options.Value.Link($"/Applications/Review?token={token}")), cohort.Id);
    }

    private async Task TellAndSaveAsync(ApplicationView view, ApplicationStage by, bool approved, string name, CancellationToken ct)
    {
        var application = view.Application;
        var (headline, what) = (approved, by) switch
        {
            (false, _) => ("declined", $"{name}, {(by == ApplicationStage.ProgramOffice ? "for the program office" : $"your {by.Approver()}")}, declined your application. It ends here; you may apply to a later circle."),
            (true, ApplicationStage.Supervisor) => ("approved by your supervisor", $"{name}, your supervisor, approved your application. It now goes to your division director, {application.DirectorName}."),
            (true, ApplicationStage.DivisionDirector) => ("approved by your division director", $"{name}, your division director, approved your application and concurs with your project. It now goes to the program office."),
            _ => ("accepted", $"The program office accepted your application: you are a member of {view.Cohort.Name}. The program office forms the teams and tells you by email."),
        };
        emails.Add(new ApplicationOutcomeEmail(view.ApplicantEmail, view.ApplicantName, view.Cohort.Name, headline, what, approved ? null : application.DeclineReason,
            options.Value.Link($"/Cohorts/{view.Cohort.Id}/Application")), view.Cohort.Id);
        if (approved && application.Stage == ApplicationStage.DivisionDirector)
            AskNextApprover(application, view.ApplicantName, view.Cohort);
        if (approved && application.Stage == ApplicationStage.ProgramOffice && await directors.DirectorEmailsAsync(ct) is { Count: > 0 } office)
            emails.Add(new ApplicationReadyEmail(office, view.ApplicantName, view.Cohort.Name, options.Value.Link($"/Cohorts/{view.Cohort.Id}/Applications")), view.Cohort.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another decision on the same application landed first: it stands.
            db.ClearChanges();
            var first = await db.CircleApplications.AsNoTracking().SingleAsync(a => a.Id == application.Id, ct);
            throw new DomainException($"This application was decided at the same moment by someone else; it is now: {first.Stage.Words().ToLowerInvariant()}.");
        }
    }

    private async Task<ApplicationCohort> CohortForApplicantAsync(Actor applicant, int cohortId, CancellationToken ct)
    {
        var enrolled = await db.Enrollments.AnyAsync(e => e.CohortId == cohortId && e.PersonId == applicant.PersonId && e.Role == EnrollmentRole.Participant, ct);
        return (enrolled ? await CohortAsync(cohortId, ct) : null) ?? throw new NotFoundException();
    }

    /// <summary>A cohort whose rules ask for applications, with its competencies; null for any other.</summary>
    private async Task<ApplicationCohort?> CohortAsync(int cohortId, CancellationToken ct)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId && c.Rules.ApplicationRequired)
            .Select(c => new { c.Id, c.Name, c.TimeZoneId, Steps = c.Milestones.OrderBy(m => m.Order).Select(m => m.Name).ToList() })
            .SingleOrDefaultAsync(ct);
        return cohort is null ? null : new ApplicationCohort(cohort.Id, cohort.Name, cohort.TimeZoneId, Competencies(cohort.Steps));
    }

    /// <summary>Seed 004's six competencies are the topics between the introduction and the final meeting: steps 2 to 7.</summary>
    public static IReadOnlyList<string> Competencies(IReadOnlyList<string> stepsInOrder) => stepsInOrder.Skip(1).Take(Math.Min(6, Math.Max(0, stepsInOrder.Count - 2))).ToList();

    private async Task<ApplicationView> ViewAsync(CircleApplication application, CancellationToken ct)
    {
        var cohort = await CohortAsync(application.CohortId, ct) ?? throw new NotFoundException();
        var person = await db.People.Where(p => p.Id == application.PersonId).Select(p => new { p.FullName, p.Email }).SingleAsync(ct);
        return new ApplicationView(cohort, application, person.FullName, person.Email);
    }

    private Task<CircleApplication?> FirstAsync(int cohortId, int personId, CancellationToken ct) =>
        db.CircleApplications.AsNoTracking().SingleOrDefaultAsync(a => a.CohortId == cohortId && a.PersonId == personId, ct);

    private async Task<ApplicationLink> LinkAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
            throw new NotFoundException();
        var hash = OneTimeToken.Hash(token.Trim());
        return await db.ApplicationLinks.Include(l => l.Application).SingleOrDefaultAsync(l => l.TokenHash == hash, ct) ?? throw new NotFoundException();
    }
}
