using CoachingAcademy.Core.Matching.Suggestions;
using FsCheck.Xunit;

namespace CoachingAcademy.UnitTests.Matching;

public sealed class SolvingAssignments
{
    [Property(MaxTest = 400)]
    public bool The_solver_finds_the_least_total_cost_that_brute_force_finds(int seed)
    {
        var random = new Random(seed);
        var rows = random.Next(1, 5);
        var columns = random.Next(rows, 7);
        // Few distinct values, so ties (the common case in a cohort) are exercised.
        var cost = Enumerable.Range(0, rows * columns).Select(_ => random.Next(0, 4) * 10).ToArray();

        var assignment = AssignmentSolver.Solve(rows, columns, cost);

        var distinct = assignment.Distinct().Count() == rows;
        var total = Enumerable.Range(0, rows).Sum(r => cost[r * columns + assignment[r]]);
        return distinct && total == BruteForce(rows, columns, cost);
    }

    [Fact]
    public void More_rows_than_columns_is_refused()
    {
        Assert.Throws<ArgumentException>(() => AssignmentSolver.Solve(3, 2, new int[6]));
    }

    private static int BruteForce(int rows, int columns, int[] cost)
    {
        var best = int.MaxValue;
        void Walk(int row, int total, bool[] used)
        {
            if (row == rows)
            {
                best = Math.Min(best, total);
                return;
            }
            for (var c = 0; c < columns; c++)
            {
                if (used[c]) continue;
                used[c] = true;
                Walk(row + 1, total + cost[row * columns + c], used);
                used[c] = false;
            }
        }
        Walk(0, 0, new bool[columns]);
        return best;
    }
}
