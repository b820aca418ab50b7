using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using FsCheck.Xunit;

namespace CoachingAcademy.UnitTests.Matching;

/// <summary>The chain rule on generated org charts: trees, and arbitrary data with cycles and missing links.</summary>
public sealed class ChainOfCommandProperties
{
    /// <summary>Person i (1-based) reports to someone numbered below them, or to nobody: always a forest.</summary>
    private static Dictionary<int, int?> Forest(int[] raw) =>
        raw.Select((value, index) => (Id: index + 1, Boss: Math.Abs(value % (index + 1))))
            .ToDictionary(p => p.Id, p => p.Boss == 0 ? (int?)null : p.Boss);

    private static bool IsAncestor(int upper, int lower, Dictionary<int, int?> forest) =>
        forest.TryGetValue(lower, out var boss) && boss is int b && (b == upper || IsAncestor(upper, b, forest));

    [Property(MaxTest = 300)]
    public bool In_a_forest_the_chain_is_exactly_the_ancestors(int[] raw)
    {
        var forest = Forest(raw);
        return forest.Keys.All(a => forest.Keys.All(b => OrgChart.IsInChainOfCommand(a, b, forest) == IsAncestor(a, b, forest)));
    }

    [Property(MaxTest = 300)]
    public bool A_coach_above_a_participant_is_never_eligible(int[] raw)
    {
        var forest = Forest(raw);
        foreach (var participant in forest.Keys)
        {
            foreach (var coach in forest.Keys.Where(c => c != participant && (IsAncestor(c, participant, forest) || IsAncestor(participant, c, forest))))
            {
                var problems = MatchRules.Check(
                    new ParticipantFacts(participant, "P", 1, true, 0),
                    new CoachFacts(coach, "C", "Head", PositionLevel.DepartmentHead, 1, true, true, true, 5, 0),
                    CohortRules.For(ProgramKind.Academy), forest, MatchStage.Approval);
                if (!problems.Any(p => p.Contains("chain of command")))
                    return false;
            }
        }
        return true;
    }

    [Property(MaxTest = 500)]
    public bool With_cycles_and_missing_links_the_walk_ends_without_repeats(int[] raw)
    {
        // Any supervisor at all, including oneself, people who do not exist, and loops.
        var chart = raw.Select((value, index) => (Id: index + 1, Boss: value % 7 == 0 ? (int?)null : Math.Abs(value % (raw.Length + 3))))
            .ToDictionary(p => p.Id, p => p.Boss);
        return chart.Keys.All(id =>
        {
            var chain = OrgChart.ChainOfCommand(id, chart);
            return chain.Distinct().Count() == chain.Count && !chain.Contains(id) && chain.Count <= chart.Count + 1;
        });
    }
}
