using CoachingAcademy.Core.Applications;
using CoachingAcademy.Core.Common;

namespace CoachingAcademy.UnitTests.Applications;

/// <summary>Seed 004: an application is approved by the supervisor, then the division director, then the program office.</summary>
public sealed class ApprovingAnApplicationInOrder
{
    private static readonly DateTime Now = new(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);

    private static ApplicationForm Form(bool committed = true, params string[] competencies) => new("Analyst", "Finance", "Billing",
        "Wendell Price", "wendell.price@example.org", "Rosa Delgado", "rosa.delgado@example.org", "To grow.", "A manager's position.",
        competencies.Length == 0 ? new[] { "grow", "glow", "grow", "grow", "glow", "grow" } : competencies,
        new SmartProject("S", "M", "A", "R", "T"), committed);

    private static CircleApplication Application() => new(3, 7, Form(), 6, Now);

    [Fact]
    public void The_supervisor_then_the_division_director_then_the_program_office_each_record_their_name_and_time()
    {
        var application = Application();
        Assert.Equal(ApplicationStage.Supervisor, application.Stage);

        application.Approve(ApplicationStage.Supervisor, "Wendell Price", concurs: false, Now.AddDays(1));
        application.Approve(ApplicationStage.DivisionDirector, "Rosa Delgado", concurs: true, Now.AddDays(2));
        application.Approve(ApplicationStage.ProgramOffice, "Alex Rivera", concurs: true, Now.AddDays(3));

        Assert.Equal(ApplicationStage.Accepted, application.Stage);
        Assert.Equal(("Wendell Price", Now.AddDays(1)), (application.SupervisorApprovedBy, application.SupervisorApprovedAtUtc!.Value));
        Assert.Equal(("Rosa Delgado", Now.AddDays(2), true), (application.DirectorApprovedBy, application.DirectorApprovedAtUtc!.Value, application.DirectorConcurs));
        Assert.Equal(("Alex Rivera", Now.AddDays(3)), (application.AcceptedBy, application.AcceptedAtUtc!.Value));
    }

    [Fact]
    public void No_approver_is_skipped()
    {
        var application = Application();

        var director = Assert.Throws<DomainException>(() => application.Approve(ApplicationStage.DivisionDirector, "Rosa Delgado", true, Now));
        Assert.Contains("The supervisor has not approved this application yet", director.Message);
        Assert.Throws<DomainException>(() => application.Approve(ApplicationStage.ProgramOffice, "Alex Rivera", true, Now));
        Assert.Throws<DomainException>(() => application.Decline(ApplicationStage.ProgramOffice, "Alex Rivera", "No.", Now));

        application.Approve(ApplicationStage.Supervisor, "Wendell Price", false, Now);
        Assert.Throws<DomainException>(() => application.Approve(ApplicationStage.ProgramOffice, "Alex Rivera", true, Now));
        Assert.Throws<DomainException>(() => application.Approve(ApplicationStage.Supervisor, "Wendell Price", false, Now));
        Assert.Equal(ApplicationStage.DivisionDirector, application.Stage);
    }

    [Fact]
    public void The_division_director_concurs_with_the_project_to_approve()
    {
        var application = Application();
        application.Approve(ApplicationStage.Supervisor, "Wendell Price", false, Now);

        var refused = Assert.Throws<DomainException>(() => application.Approve(ApplicationStage.DivisionDirector, "Rosa Delgado", concurs: false, Now));

        Assert.Equal("Concurs", refused.Field);
        Assert.Equal(ApplicationStage.DivisionDirector, application.Stage);
    }

    [Fact]
    public void A_decline_needs_a_reason_and_ends_the_application()
    {
        var application = Application();

        Assert.Equal("Reason", Assert.Throws<DomainException>(() => application.Decline(ApplicationStage.Supervisor, "Wendell Price", " ", Now)).Field);
        application.Decline(ApplicationStage.Supervisor, "Wendell Price", "Not this year: the unit is short of staff.", Now);

        Assert.Equal((ApplicationStage.Declined, ApplicationStage.Supervisor, "Not this year: the unit is short of staff."),
            (application.Stage, application.DeclinedAt!.Value, application.DeclineReason));
        Assert.Contains("declined by Wendell Price", Assert.Throws<DomainException>(() => application.Approve(ApplicationStage.DivisionDirector, "Rosa Delgado", true, Now)).Message);
    }

    [Fact]
    public void A_link_is_issued_only_to_the_approver_whose_turn_it_is_and_works_once_for_fourteen_days()
    {
        var application = Application();
        var (supervisorLink, token) = ApplicationLink.Issue(application, Now);
        Assert.Equal(ApplicationStage.Supervisor, supervisorLink.Stage);
        Assert.Equal(OneTimeToken.Hash(token), supervisorLink.TokenHash);
        Assert.Null(supervisorLink.Refusal(Now.AddDays(ApplicationLink.ValidDays).AddSeconds(-1)));
        Assert.Contains("expired", supervisorLink.Refusal(Now.AddDays(ApplicationLink.ValidDays)));

        supervisorLink.Use(Now);
        Assert.Contains("already been used", Assert.Throws<DomainException>(() => supervisorLink.Use(Now)).Message);

        application.Approve(ApplicationStage.Supervisor, "Wendell Price", false, Now);
        Assert.Equal(ApplicationStage.DivisionDirector, ApplicationLink.Issue(application, Now).Link.Stage);
        application.Approve(ApplicationStage.DivisionDirector, "Rosa Delgado", true, Now);
        Assert.Throws<DomainException>(() => ApplicationLink.Issue(application, Now));
    }

    [Fact]
    public void An_unused_link_of_a_stage_that_has_passed_is_refused_in_words()
    {
        var application = Application();
        var (link, _) = ApplicationLink.Issue(application, Now);
        application.Decline(ApplicationStage.Supervisor, "Wendell Price", "Not now.", Now);

        Assert.Contains("declined by Wendell Price", link.Refusal(Now));
    }

    [Fact]
    public void The_commitment_and_a_choice_for_every_competency_are_required()
    {
        Assert.Equal("Committed", Assert.Throws<DomainException>(() => new CircleApplication(3, 7, Form(committed: false), 6, Now)).Field);
        Assert.Equal("Competencies", Assert.Throws<DomainException>(() => new CircleApplication(3, 7, Form(true, "grow", "glow"), 6, Now)).Field);
        Assert.Equal("Competencies", Assert.Throws<DomainException>(() => new CircleApplication(3, 7, Form(true, "grow", "glow", "grow", "grow", "glow", "shine"), 6, Now)).Field);
    }

    [Fact]
    public void The_competencies_are_the_steps_between_the_introduction_and_the_final_meeting()
    {
        string[] steps = ["Introduction to Program", "A", "B", "C", "D", "E", "F", "Final Program Meeting"];

        Assert.Equal(["A", "B", "C", "D", "E", "F"], ApplicationService.Competencies(steps));
        Assert.Empty(ApplicationService.Competencies(["Only one"]));
    }
}
