using CoachingAcademy.Core.Cohorts;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Cohorts;

/// <summary>A rule that is on or off, in the words the rules page shows.</summary>
public sealed record RuleSwitch(string Field, string Label, string Help);

/// <summary>A cohort's rules as the rules page edits them. The group shape comes with the kind and is shown, not edited.</summary>
public sealed class RulesInput
{
    public int? TeamSizeMin { get; set; }
    public int? TeamSizeMax { get; set; }
    public bool CoachesAtSeniorLevels { get; set; }
    public bool CrossAgency { get; set; }
    public bool ExcludeChainOfCommand { get; set; }
    public bool OrientationRequired { get; set; }
    public bool ParticipantsMayAsk { get; set; }
    public bool CoordinatorsMayPropose { get; set; }
    public bool CoachAccepts { get; set; }
    public bool ExploratoryCall { get; set; }
    public bool DirectorApproves { get; set; }
    public bool OrganisationApproves { get; set; }
    public bool SponsorNamed { get; set; }
    public bool ApplicationRequired { get; set; }
    public StepDates? StepDates { get; set; }
    public int? SessionMinutes { get; set; }
    public int? MinimumSessions { get; set; }
    public int? PlannedSessions { get; set; }
    public int? NoticeHours { get; set; }
    public int? RhythmDays { get; set; }
    public int? MaxMissedMeetings { get; set; }
    public int? StartsAfterClassSession { get; set; }
    public bool GraduationAndDebrief { get; set; }
    public bool GoalsAndAssignments { get; set; }
    public bool OutcomesAndPlan { get; set; }

    /// <summary>The on/off rules, grouped as the page shows them.</summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<RuleSwitch> Rules)> Switches { get; } =
    [
        ("Who may coach",
        [
            new(nameof(CoachesAtSeniorLevels), "Coaches hold a senior position",
                "Only Chief Executives, Assistant Managers, Department Heads and Senior Managers may be enrolled as coaches and matched."),
            new(nameof(CrossAgency), "Coaches may come from another agency",
                "Off: a participant is matched only with a coach of their own agency."),
            new(nameof(ExcludeChainOfCommand), "Never in the chain of command",
                "Nobody is coached by someone they report to, directly or higher up, or by someone who reports to them."),
            new(nameof(OrientationRequired), "Coaches attend orientation",
                "A coach must register for an orientation session before being proposed, and attend it before a match is approved."),
        ]),
        ("How a match forms",
        [
            new(nameof(ParticipantsMayAsk), "Participants may ask a coach",
                "Participants see the cohort's coaches and ask one of them themselves."),
            new(nameof(CoachAccepts), "The coach accepts a request",
                "A participant's request waits until the coach accepts it. Off: the request goes straight on."),
            new(nameof(ExploratoryCall), "An exploratory call comes first",
                "The pair first hold an exploratory call; the relationship and its statement begin once both choose to go on after it. Either may part instead, no fault."),
            new(nameof(CoordinatorsMayPropose), "Coordinators propose matches",
                "Agency coordinators may propose matches for their own agency's participants. Off: only directors propose."),
            new(nameof(DirectorApproves), "A director approves every match",
                "A match starts only once a director approves it. Off: a match that breaks no rule starts as soon as it is proposed or accepted."),
            new(nameof(OrganisationApproves), "The client's organisation approves in writing",
                "The organisation that sends the client approves the plan of further sessions."),
            new(nameof(SponsorNamed), "Each engagement has a sponsor",
                "A sponsor (the leader's boss, or HR) is named, reviews the program design and commits to it."),
            new(nameof(ApplicationRequired), "People apply first",
                "People apply, and their supervisor and division director approve, before the program accepts them."),
        ]),
        ("Dates",
        [
            new(nameof(GraduationAndDebrief), "Graduation and a coaches' debrief",
                "The cohort ends with a graduation, and its coaches meet for a debrief afterwards."),
        ]),
        ("What the pair keep",
        [
            new(nameof(GoalsAndAssignments), "Goals and assignments",
                "The client names a challenge and sets goals that coach and client mark met, and the pair keep the assignments they agree in sessions. Directors and the organisation see only how many goals are met."),
            new(nameof(OutcomesAndPlan), "Outcomes, 360° interviews and a committed plan",
                "The coach records the intended outcomes and their benchmarks, the 360° interview list and the development plan in versions; leader and sponsors each commit to the plan. Sponsors read outcomes, plan and reviews, and only the number of interviews."),
        ]),
    ];

    public static RulesInput From(CohortRules rules) => new()
    {
        TeamSizeMin = rules.TeamSizeMin, TeamSizeMax = rules.TeamSizeMax,
        CoachesAtSeniorLevels = rules.CoachesAtSeniorLevels, CrossAgency = rules.CrossAgency, ExcludeChainOfCommand = rules.ExcludeChainOfCommand,
        OrientationRequired = rules.OrientationRequired, ParticipantsMayAsk = rules.ParticipantsMayAsk,
        CoordinatorsMayPropose = rules.CoordinatorsMayPropose, CoachAccepts = rules.CoachAccepts, ExploratoryCall = rules.ExploratoryCall, DirectorApproves = rules.DirectorApproves,
        OrganisationApproves = rules.OrganisationApproves, SponsorNamed = rules.SponsorNamed, ApplicationRequired = rules.ApplicationRequired,
        StepDates = rules.StepDates, SessionMinutes = rules.SessionMinutes, MinimumSessions = rules.MinimumSessions,
        PlannedSessions = rules.PlannedSessions, NoticeHours = rules.NoticeHours, RhythmDays = rules.RhythmDays, StartsAfterClassSession = rules.StartsAfterClassSession,
        GraduationAndDebrief = rules.GraduationAndDebrief, GoalsAndAssignments = rules.GoalsAndAssignments, OutcomesAndPlan = rules.OutcomesAndPlan,
        MaxMissedMeetings = rules.MaxMissedMeetings,
    };

    /// <summary>The cohort's rules with what this form changes; the shape stays the kind's.</summary>
    public CohortRules ApplyTo(CohortRules current) => current with
    {
        TeamSizeMin = current.Shape == EngagementShape.OneToOne ? current.TeamSizeMin : TeamSizeMin ?? current.TeamSizeMin,
        TeamSizeMax = current.Shape == EngagementShape.OneToOne ? current.TeamSizeMax : TeamSizeMax ?? current.TeamSizeMax,
        CoachesAtSeniorLevels = CoachesAtSeniorLevels, CrossAgency = CrossAgency, ExcludeChainOfCommand = ExcludeChainOfCommand,
        OrientationRequired = OrientationRequired, ParticipantsMayAsk = ParticipantsMayAsk, CoordinatorsMayPropose = CoordinatorsMayPropose,
        CoachAccepts = CoachAccepts, ExploratoryCall = ExploratoryCall, DirectorApproves = DirectorApproves, OrganisationApproves = OrganisationApproves,
        SponsorNamed = SponsorNamed, ApplicationRequired = ApplicationRequired, StepDates = StepDates!.Value,
        SessionMinutes = SessionMinutes!.Value, MinimumSessions = MinimumSessions!.Value, PlannedSessions = PlannedSessions,
        NoticeHours = NoticeHours!.Value, RhythmDays = RhythmDays, StartsAfterClassSession = StartsAfterClassSession, GraduationAndDebrief = GraduationAndDebrief,
        GoalsAndAssignments = GoalsAndAssignments, OutcomesAndPlan = OutcomesAndPlan,
        MaxMissedMeetings = current.Shape == EngagementShape.PeerTeam ? MaxMissedMeetings : current.MaxMissedMeetings,
    };
}

public sealed class RulesInputValidator : AbstractValidator<RulesInput>
{
    public RulesInputValidator()
    {
        RuleFor(x => x.TeamSizeMin).InclusiveBetween(2, 12).WithMessage("A group has at least 2 and at most 12 members.");
        RuleFor(x => x.TeamSizeMax).InclusiveBetween(2, 12).WithMessage("A group has at least 2 and at most 12 members.")
            .GreaterThanOrEqualTo(x => x.TeamSizeMin).When(x => x.TeamSizeMin is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("The most members cannot be fewer than the least.");
        RuleFor(x => x.StepDates).NotNull().WithMessage("Choose how step due dates are set.")
            .IsInEnum().WithMessage("Choose how step due dates are set.");
        RuleFor(x => x.SessionMinutes).NotNull().WithMessage("Enter a session's usual length in minutes.")
            .InclusiveBetween(CohortRules.MinSessionMinutes, CohortRules.MaxSessionMinutes)
            .WithMessage($"A session lasts between {CohortRules.MinSessionMinutes} and {CohortRules.MaxSessionMinutes} minutes.");
        RuleFor(x => x.MinimumSessions).NotNull().WithMessage("Enter the least number of sessions (0 for none).")
            .InclusiveBetween(0, 100).WithMessage("The minimum number of sessions is between 0 and 100.");
        RuleFor(x => x.PlannedSessions).InclusiveBetween(1, 100).WithMessage("The planned number of sessions is between 1 and 100, or leave it empty.")
            .GreaterThanOrEqualTo(x => x.MinimumSessions ?? 0).When(x => x.PlannedSessions is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("The planned sessions cannot be fewer than the minimum.");
        RuleFor(x => x.NoticeHours).NotNull().WithMessage("Enter the hours of notice a change needs (0 for none).")
            .InclusiveBetween(0, 336).WithMessage("Notice is between 0 hours (none) and two weeks (336 hours).");
        RuleFor(x => x.RhythmDays).InclusiveBetween(CohortRules.MinRhythmDays, CohortRules.MaxRhythmDays)
            .WithMessage($"Sessions are due every {CohortRules.MinRhythmDays} to {CohortRules.MaxRhythmDays} days, or leave it empty.");
        RuleFor(x => x.MaxMissedMeetings).InclusiveBetween(0, 20)
            .WithMessage("A member may miss from 0 to 20 meetings and keep the certificate, or leave it empty for no certificates.");
        RuleFor(x => x.StartsAfterClassSession).InclusiveBetween(1, 8)
            .WithMessage("Coaching starts after class session 1 to 8, or leave it empty.");
    }
}
