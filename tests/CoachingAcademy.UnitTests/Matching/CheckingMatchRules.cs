using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Matching;

public sealed class CheckingMatchRules
{
    // Org chart of one agency: 1 chief ← 2 assistant manager ← 3 department head ← 4 senior manager ← 5 participant;
    // 6 department head under the chief, in another branch.
    private static readonly Dictionary<int, int?> Chart = new() { [1] = null, [2] = 1, [3] = 2, [4] = 3, [5] = 4, [6] = 1 };

    private static CoachFacts Coach(int id, PositionLevel level = PositionLevel.DepartmentHead, int? agency = 1,
        bool registered = true, bool attended = true, int capacity = 2, int active = 0, bool enrolled = true) =>
        new(id, $"Coach {id}", "Director of Things", level, agency, enrolled, registered, attended, capacity, active);

    private static readonly ParticipantFacts Participant = new(5, "Pat Participant", 1, true, 0);

    private static IReadOnlyList<string> Check(CoachFacts coach, ParticipantFacts? participant = null, bool cross = false,
        MatchStage stage = MatchStage.Approval) =>
        MatchRules.Check(participant ?? Participant, coach, CohortRules.For(ProgramKind.Academy) with { CrossAgency = cross }, Chart, stage);

    [Fact]
    public void A_department_head_from_another_branch_breaks_no_rule() => Assert.Empty(Check(Coach(6)));

    [Theory]
    [InlineData(4)]
    [InlineData(3)]
    [InlineData(2)]
    [InlineData(1)]
    public void Coach_in_participants_chain_of_command_is_rejected(int supervisor)
    {
        var problems = Check(Coach(supervisor, PositionLevel.SeniorManager));

        Assert.Contains($"Coach {supervisor} is in Pat Participant's chain of command.", problems);
    }

    [Fact]
    public void A_participant_above_the_coach_is_rejected_too()
    {
        var seniorParticipant = new ParticipantFacts(3, "Senior Participant", 1, true, 0);

        var problems = Check(Coach(4, PositionLevel.SeniorManager), seniorParticipant);

        Assert.Contains("Senior Participant is in Coach 4's chain of command.", problems);
    }

    [Fact]
    public void A_coach_below_the_four_senior_levels_is_rejected()
    {
        var problems = Check(Coach(6, PositionLevel.Other));

        Assert.Single(problems, p => p.Contains("is not at a coaching level"));
    }

    [Fact]
    public void A_coach_from_another_agency_is_rejected_unless_the_cohort_allows_cross_agency()
    {
        var outsider = Coach(99, agency: 2);

        Assert.Contains("Coach 99 is from another agency, and this cohort does not allow cross-agency matches.", Check(outsider));
        Assert.Empty(Check(outsider, cross: true));
    }

    [Fact]
    public void A_proposal_needs_an_orientation_registration_and_an_approval_needs_attendance()
    {
        Assert.Contains("Coach 6 has not registered for an orientation session.", Check(Coach(6, registered: false, attended: false), stage: MatchStage.Proposal));
        Assert.Empty(Check(Coach(6, attended: false), stage: MatchStage.Proposal));
        Assert.Contains("Coach 6 has not attended an orientation session yet.", Check(Coach(6, attended: false)));
    }

    [Fact]
    public void A_coach_at_capacity_takes_no_one_else()
    {
        Assert.Contains("Coach 6 already coaches 2 participants, their capacity of 2.", Check(Coach(6, capacity: 2, active: 2)));
        Assert.Empty(Check(Coach(6, capacity: 2, active: 1)));
    }

    [Fact]
    public void A_participant_with_an_active_match_cannot_get_a_second()
    {
        Assert.Contains("Pat Participant already has an active match in this cohort.", Check(Coach(6), Participant with { ActiveMatches = 1 }));
    }

    [Fact]
    public void People_not_enrolled_in_the_cohort_in_those_roles_are_rejected()
    {
        var problems = Check(Coach(6, enrolled: false), Participant with { EnrolledAsParticipant = false });

        Assert.Contains("Pat Participant is not enrolled as a participant in this cohort.", problems);
        Assert.Contains("Coach 6 is not enrolled as a coach in this cohort.", problems);
    }

    [Fact]
    public void Every_broken_rule_is_listed_not_just_the_first()
    {
        var problems = Check(Coach(4, PositionLevel.Other, registered: false, capacity: 1, active: 1));

        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void A_cycle_in_the_org_chart_does_not_hang_the_check()
    {
        var cyclic = new Dictionary<int, int?> { [5] = 4, [4] = 3, [3] = 5, [6] = 6 };

        var problems = MatchRules.Check(Participant, Coach(6), CohortRules.For(ProgramKind.Academy), cyclic, MatchStage.Approval);

        Assert.Empty(problems);
        Assert.NotEmpty(MatchRules.Check(Participant, Coach(3), CohortRules.For(ProgramKind.Academy), cyclic, MatchStage.Approval));
    }
}
