using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Cohorts;

/// <summary>Each kind's rules as its seed states them, and each rule, switched off, no longer stops what it stopped.</summary>
public sealed class FollowingACohortsRules
{
    private static readonly CohortRules Academy = CohortRules.For(ProgramKind.Academy);
    // 1 chief ← 2 senior manager ← 3 participant; 4 an analyst in another branch; 9 a coach of another agency.
    private static readonly Dictionary<int, int?> Chart = new() { [1] = null, [2] = 1, [3] = 2, [4] = 1, [9] = null };
    private static readonly ParticipantFacts Participant = new(3, "Pat Participant", 1, true, 0);

    private static CoachFacts Coach(int id, PositionLevel level = PositionLevel.DepartmentHead, int? agency = 1, bool registered = true,
        bool attended = true) => new(id, $"Coach {id}", "Title", level, agency, true, registered, attended, 2, 0);

    [Fact]
    public void Each_kind_starts_from_its_seeds_rules()
    {
        Assert.Equal((3, 48, true, true, 2), (Academy.MinimumSessions, Academy.NoticeHours, Academy.DirectorApproves, Academy.GraduationAndDebrief, Academy.StartsAfterClassSession));
        var network = CohortRules.For(ProgramKind.CoachNetwork);
        Assert.False(network.DirectorApproves);
        Assert.True(network.CoachAccepts && network.CrossAgency && network.ParticipantsMayAsk);
        Assert.Equal(48, CohortRules.For(ProgramKind.ManagementCoaching).NoticeHours);
        Assert.True(CohortRules.For(ProgramKind.ManagementCoaching).OrganisationApproves);
        Assert.True(CohortRules.For(ProgramKind.ExecutiveCoaching).SponsorNamed);
        Assert.Equal(EngagementShape.WithSponsors, CohortRules.For(ProgramKind.ExecutiveCoaching).Shape);
        var circle = CohortRules.For(ProgramKind.PeerCircle);
        Assert.Equal((EngagementShape.PeerTeam, 3, 4, 120, 8), (circle.Shape, circle.TeamSizeMin, circle.TeamSizeMax, circle.SessionMinutes, circle.PlannedSessions));
        Assert.True(circle.ApplicationRequired);
        Assert.All(ProgramKinds.All, kind => CohortRules.For(kind).Validate());
        Assert.Equal(8, ProgramSteps.For(ProgramKind.ExecutiveCoaching).Count);
        Assert.Equal(8, ProgramSteps.For(ProgramKind.PeerCircle).Count);
    }

    [Fact]
    public void Without_the_senior_level_rule_any_level_may_coach()
    {
        var analyst = Coach(4, PositionLevel.Other);
        Assert.Contains(MatchRules.Check(Participant, analyst, Academy, Chart, MatchStage.Approval), p => p.Contains("not at a coaching level"));
        Assert.Empty(MatchRules.Check(Participant, analyst, Academy with { CoachesAtSeniorLevels = false }, Chart, MatchStage.Approval));

        var cohort = new Cohort("Network", "UTC", new DateOnly(2027, 6, 1), new DateOnly(2027, 7, 1), ProgramKind.CoachNetwork);
        cohort.Enroll(new Person("Ana Analyst", "ana@example.org", "Analyst", PositionLevel.Other, null), EnrollmentRole.Coach, DateTime.UtcNow);
        var academy = new Cohort("Academy", "UTC", new DateOnly(2027, 6, 1), new DateOnly(2027, 7, 1));
        Assert.Throws<DomainException>(() =>
            academy.Enroll(new Person("Ana Analyst", "ana@example.org", "Analyst", PositionLevel.Other, null), EnrollmentRole.Coach, DateTime.UtcNow));
    }

    [Fact]
    public void Without_the_chain_of_command_rule_a_supervisor_may_coach()
    {
        var supervisor = Coach(2, PositionLevel.SeniorManager);
        Assert.Contains(MatchRules.Check(Participant, supervisor, Academy, Chart, MatchStage.Approval), p => p.Contains("chain of command"));
        Assert.Empty(MatchRules.Check(Participant, supervisor, Academy with { ExcludeChainOfCommand = false }, Chart, MatchStage.Approval));
    }

    [Fact]
    public void Without_the_orientation_rule_a_coach_who_never_registered_may_be_approved()
    {
        var newcomer = Coach(4, registered: false, attended: false);
        Assert.Contains(MatchRules.Check(Participant, newcomer, Academy, Chart, MatchStage.Proposal), p => p.Contains("orientation"));
        Assert.Empty(MatchRules.Check(Participant, newcomer, Academy with { OrientationRequired = false }, Chart, MatchStage.Approval));
    }

    [Fact]
    public void With_the_cross_agency_rule_a_coach_of_another_agency_may_coach()
    {
        var outsider = Coach(9, agency: 2);
        Assert.Contains(MatchRules.Check(Participant, outsider, Academy, Chart, MatchStage.Approval), p => p.Contains("another agency"));
        Assert.Empty(MatchRules.Check(Participant, outsider, Academy with { CrossAgency = true }, Chart, MatchStage.Approval));
    }

    [Fact]
    public void Coaching_starts_after_the_class_session_the_rules_name_or_at_once_without_the_rule()
    {
        DateOnly[] classes = [new(2026, 3, 10), new(2026, 1, 13), new(2026, 2, 10)];
        Assert.Equal(new DateOnly(2026, 2, 10), Cohort.StartsAfter(Academy, classes));
        Assert.Equal(new DateOnly(2026, 3, 10), Cohort.StartsAfter(Academy with { StartsAfterClassSession = 3 }, classes));
        Assert.Null(Cohort.StartsAfter(Academy with { StartsAfterClassSession = 4 }, classes));
        Assert.Null(Cohort.StartsAfter(Academy with { StartsAfterClassSession = null }, classes));
    }

    [Fact]
    public void Rules_that_cannot_hold_are_refused_naming_their_field()
    {
        Assert.Equal("SessionMinutes", Assert.Throws<DomainException>(() => (Academy with { SessionMinutes = 5 }).Validate()).Field);
        Assert.Equal("PlannedSessions", Assert.Throws<DomainException>(() => (Academy with { PlannedSessions = 2 }).Validate()).Field);
        Assert.Equal("TeamSizeMax", Assert.Throws<DomainException>(() => (Academy with { TeamSizeMin = 4, TeamSizeMax = 3 }).Validate()).Field);
        var cohort = new Cohort("A", "UTC", new DateOnly(2027, 6, 1), new DateOnly(2027, 7, 1));
        Assert.Throws<DomainException>(() => cohort.ChangeRules(Academy with { NoticeHours = -1 }));
        Assert.Equal(Academy, cohort.Rules);
    }
}
