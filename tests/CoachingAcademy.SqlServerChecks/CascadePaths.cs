namespace CoachingAcademy.SqlServerChecks;

/// <summary>What a foreign key does to its rows when the referenced row is deleted, as SQL Server sees it.</summary>
public enum OnDelete
{
    NoAction,
    Cascade,
    SetNull,
    SetDefault,
}

/// <summary>One foreign key: rows of <see cref="Dependent"/> reference rows of <see cref="Principal"/>.</summary>
public sealed record ForeignKeyEdge(string Name, string Principal, string Dependent, OnDelete OnDelete);

/// <summary>
/// SQL Server refuses a foreign key that "may cause cycles or multiple cascade paths" (error 1785): a delete in one table
/// must not reach another table by two routes of cascading actions, nor come back to a table it passed. CASCADE carries
/// a delete on to the next table; SET NULL and SET DEFAULT also act on the table they reach (so they count as a path)
/// but delete nothing there, so the route ends at that table. SQLite and EF Core do not check this.
/// </summary>
public static class CascadePaths
{
    /// <summary>Every pair of tables joined by more than one route, and every cycle, in words.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyCollection<ForeignKeyEdge> edges)
    {
        var acting = edges.Where(e => e.OnDelete != OnDelete.NoAction).ToLookup(e => e.Principal);
        var problems = new List<string>();
        foreach (var root in edges.Select(e => e.Principal).Distinct().Order(StringComparer.Ordinal))
        {
            var routes = new Dictionary<string, List<string>>();
            Walk(root, [root], [], acting, routes, problems);
            foreach (var (table, found) in routes.Where(r => r.Value.Count > 1).OrderBy(r => r.Key, StringComparer.Ordinal))
                problems.Add($"{root} reaches {table} by {found.Count} cascade paths: {string.Join("; ", found)}");
        }
        return problems.Distinct().ToList();
    }

    private static void Walk(string table, List<string> path, List<ForeignKeyEdge> via, ILookup<string, ForeignKeyEdge> acting,
        Dictionary<string, List<string>> routes, List<string> problems)
    {
        foreach (var edge in acting[table])
        {
            var route = Describe([.. via, edge], path[0]);
            if (path.Contains(edge.Dependent))
            {
                problems.Add($"cascade cycle: {route}");
                continue;
            }
            if (!routes.TryGetValue(edge.Dependent, out var found))
                routes[edge.Dependent] = found = [];
            found.Add(route);
            if (edge.OnDelete == OnDelete.Cascade)
                Walk(edge.Dependent, [.. path, edge.Dependent], [.. via, edge], acting, routes, problems);
        }
    }

    private static string Describe(IEnumerable<ForeignKeyEdge> route, string root) =>
        root + string.Concat(route.Select(e => $" -{(e.OnDelete == OnDelete.Cascade ? "CASCADE" : e.OnDelete == OnDelete.SetNull ? "SET NULL" : "SET DEFAULT")} ({e.Name})-> {e.Dependent}"));
}
