using CoachingAcademy.Core.People;

namespace CoachingAcademy.Core.Matching.Suggestions;

public sealed record Suggestion(int ParticipantId, string ParticipantName, int CoachId, string CoachName, int Cost, IReadOnlyList<string> Reasons);

public sealed record SuggestionResult(IReadOnlyList<Suggestion> Suggestions, IReadOnlyList<ParticipantFacts> Unmatched);

/// <summary>
/// Proposes coaches for unmatched participants: an assignment that breaks no rule, fills no coach past capacity (open
/// proposals count against it, as they will when approved) and has the least total cost, where cost prefers the coach a
/// participant asked for, a coach from another department of the org chart, a coach of the participant's own agency, and
/// a coach's first participant over their second.
/// Without cross-agency matching each agency is solved on its own, which keeps the problems small.
/// </summary>
public static class MatchSuggester
{
    private const int Infeasible = 1_000_000;
    private const int Base = 100;
    private const int RequestedBonus = 60;
    private const int SameDepartmentPenalty = 30;
    private const int OtherAgencyPenalty = 10;
    private const int LoadPenaltyPerSlot = 15;

    public static SuggestionResult Suggest(EligibilityContext context, IReadOnlyCollection<int> participantIds,
        IReadOnlyDictionary<int, int> requestedCoachOf)
    {
        var participants = participantIds.Where(context.Participants.ContainsKey).Select(id => context.Participants[id])
            .Where(p => p.EnrolledAsParticipant && p.ActiveMatches == 0).OrderBy(p => p.Id).ToList();
        var coaches = context.Coaches.Values
            .Where(c => c.EnrolledAsCoach && (!context.Rules.CoachesAtSeniorLevels || c.Level.MayCoach())
                && (!context.Rules.OrientationRequired || c.RegisteredForOrientation) && c.SeatsHeld < c.Capacity)
            .OrderBy(c => c.Id).ToList();
        var chart = new ChartIndex(context.SupervisorOf);

        var groups = context.Rules.CrossAgency
            ? [(participants, coaches)]
            : participants.GroupBy(p => p.AgencyId).Select(g => (g.ToList(), coaches.Where(c => c.AgencyId == g.Key).ToList()));

        var suggestions = new List<Suggestion>();
        foreach (var (groupParticipants, groupCoaches) in groups)
            suggestions.AddRange(SolveGroup(context, groupParticipants, groupCoaches, chart, requestedCoachOf));

        // Belt and braces: every suggestion passes the same rules a proposal is checked against.
        suggestions.RemoveAll(s => context.Check(s.ParticipantId, s.CoachId, MatchStage.Proposal).Count > 0);
        var matched = suggestions.Select(s => s.ParticipantId).ToHashSet();
        return new SuggestionResult(suggestions.OrderBy(s => s.ParticipantName).ToList(),
            participants.Where(p => !matched.Contains(p.Id)).OrderBy(p => p.Name).ToList());
    }

    private static IEnumerable<Suggestion> SolveGroup(EligibilityContext context, List<ParticipantFacts> participants,
        List<CoachFacts> coaches, ChartIndex chart, IReadOnlyDictionary<int, int> requestedCoachOf)
    {
        // A seat an open proposal waits for is not offered again: approving both would overfill the coach.
        var slots = coaches.SelectMany(c => Enumerable.Range(0, c.Capacity - c.SeatsHeld).Select(k => (Coach: c, Slot: k + c.SeatsHeld))).ToList();
        if (participants.Count == 0 || slots.Count == 0)
            yield break;

        // The solver needs rows ≤ columns: rows are whichever side is smaller.
        var slotsAreRows = slots.Count <= participants.Count;
        var (rows, columns) = slotsAreRows ? (slots.Count, participants.Count) : (participants.Count, slots.Count);
        var cost = new int[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var (p, s) = slotsAreRows ? (participants[c], slots[r]) : (participants[r], slots[c]);
                cost[r * columns + c] = Cost(context, p, s.Coach, s.Slot, chart, requestedCoachOf);
            }
        }

        var assignment = AssignmentSolver.Solve(rows, columns, cost);
        for (var r = 0; r < rows; r++)
        {
            var c = assignment[r];
            var (p, s) = slotsAreRows ? (participants[c], slots[r]) : (participants[r], slots[c]);
            var pairCost = cost[r * columns + c];
            if (pairCost < Infeasible)
                yield return new Suggestion(p.Id, p.Name, s.Coach.Id, s.Coach.Name, pairCost, Reasons(p, s.Coach, s.Slot, chart, requestedCoachOf));
        }
    }

    private static int Cost(EligibilityContext context, ParticipantFacts p, CoachFacts coach, int slot, ChartIndex chart,
        IReadOnlyDictionary<int, int> requestedCoachOf)
    {
        if (p.Id == coach.Id || (!context.Rules.CrossAgency && p.AgencyId != coach.AgencyId) || (context.Rules.ExcludeChainOfCommand && chart.InChain(p.Id, coach.Id)))
            return Infeasible;
        return Base
            - (requestedCoachOf.TryGetValue(p.Id, out var wanted) && wanted == coach.Id ? RequestedBonus : 0)
            + (chart.SameDepartment(p.Id, coach.Id) ? SameDepartmentPenalty : 0)
            + (p.AgencyId != coach.AgencyId ? OtherAgencyPenalty : 0)
            + LoadPenaltyPerSlot * slot;
    }

    private static IReadOnlyList<string> Reasons(ParticipantFacts p, CoachFacts coach, int slot, ChartIndex chart,
        IReadOnlyDictionary<int, int> requestedCoachOf)
    {
        var reasons = new List<string>();
        if (requestedCoachOf.TryGetValue(p.Id, out var wanted) && wanted == coach.Id)
            reasons.Add($"{p.Name} asked for {coach.Name}");
        reasons.Add(chart.SameDepartment(p.Id, coach.Id)
            ? "same department, though outside the chain of command (no coach from another department was free)"
            : "different department, outside the chain of command");
        reasons.Add(p.AgencyId == coach.AgencyId ? "same agency" : "from another agency (the cohort allows it)");
        reasons.Add(slot == 0 ? $"{coach.Name}'s first participant" : $"{coach.Name}'s participant number {slot + 1}, within capacity");
        return reasons;
    }

    /// <summary>Each person's supervisors and department (the branch under the top of the chart), computed once.</summary>
    private sealed class ChartIndex(IReadOnlyDictionary<int, int?> supervisorOf)
    {
        private readonly Dictionary<int, (HashSet<int> Above, int Department)> _cache = [];

        public bool InChain(int a, int b) => Of(a).Above.Contains(b) || Of(b).Above.Contains(a);

        public bool SameDepartment(int a, int b) => Of(a).Department == Of(b).Department;

        private (HashSet<int> Above, int Department) Of(int id)
        {
            if (_cache.TryGetValue(id, out var known))
                return known;
            var chain = OrgChart.ChainOfCommand(id, supervisorOf);
            var department = chain.Count >= 2 ? chain[^2] : id;
            return _cache[id] = ([.. chain], department);
        }
    }
}
