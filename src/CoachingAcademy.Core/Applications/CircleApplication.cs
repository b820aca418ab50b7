using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.Core.Applications;

/// <summary>Where an application to a peer coaching circle stands. The approvals come in this order, none skipped.</summary>
public enum ApplicationStage
{
    /// <summary>Waiting for the supervisor's approval.</summary>
    Supervisor = 0,
    /// <summary>The supervisor approved; waiting for the division director's approval and concurrence with the project.</summary>
    DivisionDirector = 1,
    /// <summary>Both approved; waiting for the program office (a director) to accept it.</summary>
    ProgramOffice = 2,
    Accepted = 3,
    Declined = 4,
}

public static class ApplicationStages
{
    /// <summary>The stage in words, as the applicant and the program office read it.</summary>
    public static string Words(this ApplicationStage stage) => stage switch
    {
        ApplicationStage.Supervisor => "Waiting for the supervisor",
        ApplicationStage.DivisionDirector => "Waiting for the division director",
        ApplicationStage.ProgramOffice => "Waiting for the program office",
        ApplicationStage.Accepted => "Accepted",
        _ => "Declined",
    };

    /// <summary>Who decides at this stage, in words.</summary>
    public static string Approver(this ApplicationStage stage) => stage switch
    {
        ApplicationStage.Supervisor => "supervisor",
        ApplicationStage.DivisionDirector => "division director",
        _ => "program office",
    };
}

/// <summary>The SMART goal of the applicant's division project (seed 004): specific, measurable, achievable, realistic, timely.</summary>
public sealed record SmartProject(string Specific, string Measurable, string Achievable, string Realistic, string Timely);

/// <summary>What the applicant writes on seed 004's application form.</summary>
public sealed record ApplicationForm(string JobClassification, string Division, string Unit, string SupervisorName, string SupervisorEmail,
    string DirectorName, string DirectorEmail, string Why, string LeadershipRoles, IReadOnlyList<string> Competencies, SmartProject Project,
    bool Committed);

/// <summary>
/// Seed 004: one person's application to a peer coaching circle, with the approvals it collects in order: the supervisor, then
/// the division director (who also concurs with the project), then the program office. A decline at any stage ends it with a
/// reason. Each approval records the name of who gave it and when.
/// </summary>
public class CircleApplication
{
    public const int MaxShortLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxLongLength = 2000;
    public const int MaxSmartLength = 1000;
    public const int MaxReasonLength = 1000;
    public const string Grow = "grow";
    public const string Glow = "glow";

    private CircleApplication()
    {
        JobClassification = Division = Unit = SupervisorName = SupervisorEmail = DirectorName = DirectorEmail = Why = LeadershipRoles = Competencies = "";
        Specific = Measurable = Achievable = Realistic = Timely = "";
    }

    public CircleApplication(int cohortId, int personId, ApplicationForm form, int competencyCount, DateTime nowUtc) : this()
    {
        if (!form.Committed)
            throw new DomainException("Tick that you commit to attend the monthly meeting for the whole program: the program asks it of every member.", "Committed");
        if (form.Competencies.Count != competencyCount || form.Competencies.Any(c => c is not (Grow or Glow)))
            throw new DomainException($"Say for each of the {competencyCount} competencies whether you need to grow in it or glow in it.", "Competencies");
        CohortId = cohortId;
        PersonId = personId;
        JobClassification = form.JobClassification.Trim();
        Division = form.Division.Trim();
        Unit = form.Unit.Trim();
        SupervisorName = form.SupervisorName.Trim();
        SupervisorEmail = form.SupervisorEmail.Trim().ToLowerInvariant();
        DirectorName = form.DirectorName.Trim();
        DirectorEmail = form.DirectorEmail.Trim().ToLowerInvariant();
        Why = form.Why.Trim();
        LeadershipRoles = form.LeadershipRoles.Trim();
        Competencies = string.Join(',', form.Competencies);
        Specific = form.Project.Specific.Trim();
        Measurable = form.Project.Measurable.Trim();
        Achievable = form.Project.Achievable.Trim();
        Realistic = form.Project.Realistic.Trim();
        Timely = form.Project.Timely.Trim();
        Committed = true;
        SubmittedAtUtc = nowUtc;
        Stage = ApplicationStage.Supervisor;
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int PersonId { get; private set; }
    public Person Person { get; private set; } = null!;
    public string JobClassification { get; private set; }
    public string Division { get; private set; }
    public string Unit { get; private set; }
    public string SupervisorName { get; private set; }
    public string SupervisorEmail { get; private set; }
    public string DirectorName { get; private set; }
    public string DirectorEmail { get; private set; }
    public string Why { get; private set; }
    public string LeadershipRoles { get; private set; }
    /// <summary>"grow" or "glow" for each competency, in the order of the cohort's competency steps, comma-separated.</summary>
    public string Competencies { get; private set; }
    public string Specific { get; private set; }
    public string Measurable { get; private set; }
    public string Achievable { get; private set; }
    public string Realistic { get; private set; }
    public string Timely { get; private set; }
    public bool Committed { get; private set; }
    public DateTime SubmittedAtUtc { get; private set; }
    /// <summary>Checked on save, so that two decisions at once cannot both land.</summary>
    public ApplicationStage Stage { get; private set; }
    public string? SupervisorApprovedBy { get; private set; }
    public DateTime? SupervisorApprovedAtUtc { get; private set; }
    public string? DirectorApprovedBy { get; private set; }
    public DateTime? DirectorApprovedAtUtc { get; private set; }
    /// <summary>The division director concurs with the project (seed 004), recorded with their approval.</summary>
    public bool DirectorConcurs { get; private set; }
    public string? AcceptedBy { get; private set; }
    public DateTime? AcceptedAtUtc { get; private set; }
    /// <summary>The stage at which the application was declined, and by whom, when and why.</summary>
    public ApplicationStage? DeclinedAt { get; private set; }
    public string? DeclinedBy { get; private set; }
    public DateTime? DeclinedAtUtc { get; private set; }
    public string? DeclineReason { get; private set; }

    /// <summary>When the supervisor was told how the member completed the program (seed 004: supervisors see approval and
    /// completion, nothing from the meetings); checked on save, so that two sends at once tell them once.</summary>
    public DateTime? CompletionToldAtUtc { get; private set; }

    /// <summary>Records that the supervisor was told; false when they were told before.</summary>
    public bool TellCompletion(DateTime nowUtc)
    {
        if (Stage != ApplicationStage.Accepted || CompletionToldAtUtc is not null)
            return false;
        CompletionToldAtUtc = nowUtc;
        return true;
    }

    public IReadOnlyList<string> Choices => Competencies.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The approver's name at a link's stage, from the application.</summary>
    public string ApproverName(ApplicationStage stage) => stage == ApplicationStage.Supervisor ? SupervisorName : DirectorName;

    public string ApproverEmail(ApplicationStage stage) => stage == ApplicationStage.Supervisor ? SupervisorEmail : DirectorEmail;

    /// <summary>Why <paramref name="stage"/> cannot decide now, in words; null when it is that stage's turn.</summary>
    public string? NotTheTurnOf(ApplicationStage stage) =>
        Stage == stage ? null
        : Stage == ApplicationStage.Declined ? $"This application was declined by {DeclinedBy}; it takes no more decisions."
        : Stage == ApplicationStage.Accepted ? "This application is already accepted; it takes no more decisions."
        : Stage < stage ? $"The {Stage.Approver()} has not approved this application yet: the approvals come in order, supervisor, division director, then the program office."
        : $"The {stage.Approver()} has already approved this application; it now waits for the {Stage.Approver()}.";

    /// <summary>The approver of the current stage approves; the application moves to the next stage. The division director
    /// also concurs with the project.</summary>
    public void Approve(ApplicationStage by, string name, bool concurs, DateTime nowUtc)
    {
        if (NotTheTurnOf(by) is string refusal)
            throw new DomainException(refusal);
        switch (by)
        {
            case ApplicationStage.Supervisor:
                (SupervisorApprovedBy, SupervisorApprovedAtUtc, Stage) = (name, nowUtc, ApplicationStage.DivisionDirector);
                break;
            case ApplicationStage.DivisionDirector:
                if (!concurs)
                    throw new DomainException("Tick that you concur with the division project: the program asks it with your approval.", "Concurs");
                (DirectorApprovedBy, DirectorApprovedAtUtc, DirectorConcurs, Stage) = (name, nowUtc, true, ApplicationStage.ProgramOffice);
                break;
            case ApplicationStage.ProgramOffice:
                (AcceptedBy, AcceptedAtUtc, Stage) = (name, nowUtc, ApplicationStage.Accepted);
                break;
            default:
                throw new DomainException("An application is approved by its supervisor, its division director and the program office only.");
        }
    }

    /// <summary>The approver of the current stage declines, with a reason: the application ends.</summary>
    public void Decline(ApplicationStage by, string name, string? reason, DateTime nowUtc)
    {
        if (NotTheTurnOf(by) is string refusal)
            throw new DomainException(refusal);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Say why you decline: the applicant reads it.", "Reason");
        if (reason.Trim().Length > MaxReasonLength)
            throw new DomainException($"The reason has at most {MaxReasonLength} characters.", "Reason");
        (DeclinedAt, DeclinedBy, DeclinedAtUtc, DeclineReason, Stage) = (by, name, nowUtc, reason.Trim(), ApplicationStage.Declined);
    }
}

/// <summary>
/// A one-time link emailed to the supervisor or the division director of one application: it proves who they are without a
/// login. Only a hash of its token is stored (<see cref="OneTimeToken"/>); it works once, for <see cref="ValidDays"/> days,
/// while its application waits for that approver, and until a newer link replaces it.
/// </summary>
public class ApplicationLink
{
    public const int ValidDays = 14;

    private ApplicationLink() => TokenHash = "";

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public CircleApplication Application { get; private set; } = null!;
    /// <summary><see cref="ApplicationStage.Supervisor"/> or <see cref="ApplicationStage.DivisionDirector"/>.</summary>
    public ApplicationStage Stage { get; private set; }
    public string TokenHash { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? UsedAtUtc { get; private set; }
    public DateTime? ReplacedAtUtc { get; private set; }

    /// <summary>A new link for the approver whose turn it is, and the token that opens it (sent by email, never stored). A link
    /// for anyone else is refused: no approver is skipped.</summary>
    public static (ApplicationLink Link, string Token) Issue(CircleApplication application, DateTime nowUtc)
    {
        if (application.Stage is not (ApplicationStage.Supervisor or ApplicationStage.DivisionDirector))
            throw new DomainException(application.NotTheTurnOf(ApplicationStage.DivisionDirector) ?? "This application waits for nobody's link.");
        var token = OneTimeToken.New();
        return (new ApplicationLink
        {
            Application = application, Stage = application.Stage, TokenHash = OneTimeToken.Hash(token), ExpiresAtUtc = nowUtc.AddDays(ValidDays),
        }, token);
    }

    /// <summary>Why the link no longer opens its application, in words; null when it does.</summary>
    public string? Refusal(DateTime nowUtc) =>
        UsedAtUtc is not null ? "This link has already been used. Each link works once; the decision it carried is recorded."
        : ReplacedAtUtc is not null ? "A newer link has been sent for this application since this one; use the newest email."
        : nowUtc >= ExpiresAtUtc ? $"This link has expired (links work for {ValidDays} days). Ask the program office for a new one."
        : Application.NotTheTurnOf(Stage);

    public void Use(DateTime nowUtc) => UsedAtUtc = Refusal(nowUtc) is string refusal ? throw new DomainException(refusal) : nowUtc;

    internal void Replace(DateTime nowUtc)
    {
        if (UsedAtUtc is null)
            ReplacedAtUtc ??= nowUtc;
    }
}
