namespace CoachingAcademy.Core.Matching.Suggestions;

/// <summary>
/// Minimum-cost assignment (the Hungarian method with potentials, O(rows² · columns)): every row gets a distinct
/// column and the total cost is least. Rows must not outnumber columns.
/// </summary>
public static class AssignmentSolver
{
    /// <summary>Returns, for each row, the column assigned to it; <paramref name="cost"/> is row-major, rows × columns.</summary>
    public static int[] Solve(int rows, int columns, int[] cost)
    {
        if (rows > columns)
            throw new ArgumentException("Rows must not outnumber columns; transpose the problem.", nameof(rows));
        if (cost.Length != rows * columns)
            throw new ArgumentException("The cost array must hold rows × columns values.", nameof(cost));

        const long Infinity = long.MaxValue / 4;
        var u = new long[rows + 1];
        var v = new long[columns + 1];
        var owner = new int[columns + 1];   // owner[j]: the row (1-based) holding column j, 0 if free
        var way = new int[columns + 1];
        var minv = new long[columns + 1];
        var used = new bool[columns + 1];

        // Start from row minima and a greedy matching on tight (zero reduced cost) pairs: with many equal costs, as
        // in a cohort, most rows are placed here and only the rest need an augmenting path.
        var placed = new bool[rows + 1];
        for (var i = 1; i <= rows; i++)
        {
            var offset = (i - 1) * columns;
            var min = long.MaxValue;
            for (var j = 0; j < columns; j++)
                min = Math.Min(min, cost[offset + j]);
            u[i] = min;
            for (var j = 1; j <= columns && !placed[i]; j++)
            {
                if (owner[j] == 0 && cost[offset + j - 1] == min)
                {
                    owner[j] = i;
                    placed[i] = true;
                }
            }
        }

        for (var i = 1; i <= rows; i++)
        {
            if (placed[i])
                continue;
            owner[0] = i;
            var j0 = 0;
            Array.Fill(minv, Infinity);
            Array.Clear(used);
            do
            {
                used[j0] = true;
                var i0 = owner[j0];
                var rowOffset = (i0 - 1) * columns - 1;
                var ui0 = u[i0];
                var delta = Infinity;
                var j1 = 0;
                for (var j = 1; j <= columns; j++)
                {
                    if (used[j])
                        continue;
                    var current = cost[rowOffset + j] - ui0 - v[j];
                    if (current < minv[j])
                    {
                        minv[j] = current;
                        way[j] = j0;
                    }
                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (var j = 0; j <= columns; j++)
                {
                    if (used[j])
                    {
                        u[owner[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (owner[j0] != 0);

            do
            {
                var j1 = way[j0];
                owner[j0] = owner[j1];
                j0 = j1;
            } while (j0 != 0);
        }

        var assignment = new int[rows];
        for (var j = 1; j <= columns; j++)
        {
            if (owner[j] != 0)
                assignment[owner[j] - 1] = j - 1;
        }
        return assignment;
    }
}
