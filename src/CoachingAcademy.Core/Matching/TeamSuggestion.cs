namespace CoachingAcademy.Core.Matching;

/// <summary>A person waiting for a peer team, with the background their application gives (seed 004).</summary>
public sealed record TeamCandidate(int PersonId, string Name, string? Division, string? Classification);

/// <summary>
/// Seed 004: "team composition will be determined ... based on the number of applications received and the background of
/// the individuals applying". A suggestion splits the people waiting into as few teams as the largest size allows, each
/// between the smallest and the largest size, and deals them out by division and then job classification so that each team
/// mixes both. A director may follow it or compose teams of their own; nobody is put in a team without their consent.
/// </summary>
public static class TeamSuggestion
{
    public static IReadOnlyList<IReadOnlyList<TeamCandidate>> Compose(IReadOnlyList<TeamCandidate> waiting, int minSize, int maxSize)
    {
        if (minSize < 1 || maxSize < minSize || waiting.Count < minSize)
            return [];
        var teamCount = (waiting.Count + maxSize - 1) / maxSize;
        // Too few for that many teams of the smallest size: fewer teams, and whoever is left over waits for the next.
        while (teamCount > 0 && waiting.Count < teamCount * minSize)
            teamCount--;
        if (teamCount == 0)
            return [];
        var ordered = waiting.OrderBy(c => c.Division ?? "").ThenBy(c => c.Classification ?? "").ThenBy(c => c.Name).ThenBy(c => c.PersonId)
            .Take(teamCount * maxSize).ToList();
        var teams = Enumerable.Range(0, teamCount).Select(_ => new List<TeamCandidate>()).ToList();
        for (var i = 0; i < ordered.Count; i++)
            teams[i % teamCount].Add(ordered[i]);
        return teams.Select(t => (IReadOnlyList<TeamCandidate>)t.OrderBy(c => c.Name).ToList()).ToList();
    }
}
