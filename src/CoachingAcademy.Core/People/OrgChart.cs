namespace CoachingAcademy.Core.People;

/// <summary>
/// Walks the reports-to links of an org chart. Every walk stops at a missing link and at the first person seen twice,
/// so a cycle or a gap in the data can never hang or crash a check.
/// </summary>
public static class OrgChart
{
    /// <summary>The supervisors of <paramref name="personId"/>, nearest first, given each person's supervisor id.</summary>
    public static IReadOnlyList<int> ChainOfCommand(int personId, IReadOnlyDictionary<int, int?> supervisorOf)
    {
        var chain = new List<int>();
        var seen = new HashSet<int> { personId };
        var current = personId;
        while (supervisorOf.TryGetValue(current, out var next) && next is int boss && seen.Add(boss))
        {
            chain.Add(boss);
            current = boss;
        }
        return chain;
    }

    /// <summary>True when <paramref name="upper"/> is <paramref name="lower"/>'s supervisor, or theirs, and so on up.</summary>
    public static bool IsInChainOfCommand(int upper, int lower, IReadOnlyDictionary<int, int?> supervisorOf) =>
        ChainOfCommand(lower, supervisorOf).Contains(upper);

    /// <summary>The same walk over loaded entities (navigation properties).</summary>
    public static bool IsAbove(Person upper, Person lower)
    {
        var seen = new HashSet<Person>(ReferenceEqualityComparer.Instance) { lower };
        for (var boss = lower.Supervisor; boss is not null && seen.Add(boss); boss = boss.Supervisor)
        {
            if (ReferenceEquals(boss, upper) || (upper.Id != 0 && boss.Id == upper.Id))
                return true;
        }
        return false;
    }
}
