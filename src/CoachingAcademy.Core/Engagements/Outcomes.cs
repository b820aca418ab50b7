namespace CoachingAcademy.Core.Engagements;

/// <summary>
/// Seed 003, step 1: an outcome the executive program intends, with its benchmark ("how we will know"). The coach records
/// them with leader and sponsor; all three read them, only the coach changes them.
/// </summary>
public class ProgramOutcome
{
    public const int MaxLength = 500;
    /// <summary>Outcomes a program may hold: a few that matter, not a backlog.</summary>
    public const int MaxOutcomes = 10;

    private ProgramOutcome() { }

    public ProgramOutcome(int matchId, string text, string benchmark, int position, DateTime nowUtc, int cycle = 1)
    {
        MatchId = matchId;
        Cycle = cycle;
        Position = position;
        CreatedAtUtc = nowUtc;
        Change(text, benchmark);
    }

    public int Id { get; private set; }
    public int MatchId { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>How coach, leader and sponsor will know the outcome is reached.</summary>
    public string Benchmark { get; private set; } = "";
    /// <summary>The engagement's cycle it belongs to (<see cref="EngagementSchedule.Cycle"/>): a renewal has new outcomes.</summary>
    public int Cycle { get; private set; } = 1;
    /// <summary>Its place in the list, from 1.</summary>
    public int Position { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public void Change(string text, string benchmark)
    {
        Text = EngagementChallenge.Checked(text, MaxLength, "Write the intended outcome.", "Text");
        Benchmark = EngagementChallenge.Checked(benchmark, MaxLength, "Write how you will know it is reached.", "Benchmark");
    }

    /// <summary>The same outcome and benchmark again (a second click of "Add" adds nothing).</summary>
    public bool Same(string text, string benchmark) =>
        string.Equals(Text, (text ?? "").Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(Benchmark, (benchmark ?? "").Trim(), StringComparison.OrdinalIgnoreCase);
}
