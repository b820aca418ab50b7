using CoachingAcademy.Core.Cohorts;

namespace CoachingAcademy.Core.Milestones;

/// <summary>One step a kind of program starts with: its name, what happens, and when, in days after coaching starts or
/// (<see cref="AfterStepIndex"/>) after an earlier step of the list is met.</summary>
public sealed record StepTemplate(string Name, string Description, int DaysFromStart, StepKind Kind = StepKind.Conversation, int? AfterStepIndex = null);

/// <summary>The steps each kind of program starts with, in the seeds' own words; a director adjusts them per cohort.</summary>
public static class ProgramSteps
{
    private static readonly Dictionary<ProgramKind, IReadOnlyList<StepTemplate>> Steps = ProgramKinds.All.ToDictionary(kind => kind, Build);

    public static IReadOnlyList<StepTemplate> For(ProgramKind kind) =>
        Steps.TryGetValue(kind, out var steps) ? steps : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a program kind.");

    private static IReadOnlyList<StepTemplate> Build(ProgramKind kind) => kind switch
    {
        // Seed 000: spread over the program by Cohort.AddKindSteps (graduation and debrief), so no fixed day counts here.
        ProgramKind.Academy =>
        [
            new("Informational interview", "The participant learns about the coach's career path, role and agency.", 0),
            new("Initial development conversation", "The participant brings career development goals and needs; the pair agree how to work together.", 0),
            new("Follow-up development conversation", "Progress on the development goals, work-related dilemmas and next steps.", 0),
            new("Post-graduation conversation", "After graduation: what was learned and what comes next.", 0),
        ],
        ProgramKind.CoachNetwork =>
        [
            new("Exploratory call", "Coach and player talk about what the player wants from coaching and agree whether to go on.", 14),
            new("Agreement signed", "Both sign the statement of mutual understanding: term, contact at least monthly, no-fault ending.", 30, StepKind.Document),
            new("Mid-term check-in", "Is the relationship working for both? Go on, adjust, or part with thanks.", 90, StepKind.Review),
            new("End of term", "The term ends (three to six months): part with thanks, or agree another term.", 180, StepKind.Review),
        ],
        ProgramKind.ManagementCoaching =>
        [
            new("Goals for the first three sessions", "The client names the pressing challenge or opportunity and sets goals for the first three sessions.", 7, StepKind.Document),
            new("Third session held", "At least three one-hour sessions are held.", 60),
            new("Outline of further sessions", "Within 10 days of the third session, the coach submits how many more sessions, over what period, and why.", 10, StepKind.Document, AfterStepIndex: 1),
            new("Organisation's written approval", "The client's organisation approves the number of further sessions in writing.", 10, StepKind.Approval, AfterStepIndex: 2),
        ],
        ProgramKind.ExecutiveCoaching =>
        [
            new("Defining the context", "Coach meets with leader and sponsor to identify program outcomes and benchmarks.", 14, StepKind.ThreeWayMeeting),
            new("Interview with leader", "Coach conducts an extensive interview with the leader.", 28),
            new("360-degree interviews", "Coach speaks with the leader's team, boss, peers and others who know the leader well.", 49),
            new("Assessment and design", "Coach makes an assessment and designs a customised program of practices, exercises and reading.", 63, StepKind.Document),
            new("Leader and sponsor review", "Coach presents themes and program design; leader and sponsor both commit to the program.", 77, StepKind.ThreeWayMeeting),
            new("Individual coaching meetings", "About three hours of coaching a month for six to twelve months.", 90),
            new("Mid-program review", "Coach meets with leader and sponsor to compare actual outcomes with intended outcomes.", 180, StepKind.Review),
            new("End-of-program review", "Compare actual with intended outcomes, celebrate progress, and decide what comes next.", 365, StepKind.Review),
        ],
        ProgramKind.PeerCircle =>
        [
            new("Introduction to Program", "The team's first monthly meeting: members, projects and the meeting process.", 0),
            new("Fostering a Team Environment", "Interpersonal relationships, communication, team leadership and conflict management.", 30),
            new("Creating Organizational Transformation", "Change leadership, vision and strategic thinking, organisational awareness, flexibility, a global perspective.", 60),
            new("Maximizing Performance Results", "Analytical thinking, decision making, focus on the customer, planning and organising, looking for results.", 90),
            new("Building Trust and Accountability", "Ethics and awareness, and personal credibility.", 120),
            new("Promoting a High Performance Culture", "Fostering diversity, workforce management and developing others.", 150),
            new("Building Coalitions", "Relationship building and influencing others.", 180),
            new("Final Program Meeting", "The last meeting; the Branch Deputy attends if their schedule permits.", 210),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a program kind."),
    };
}
