using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Applications;

/// <summary>
/// Seed 004: a member's short status of their division project for one month of the team's program ("the status of its
/// development", which the member presents at the monthly meeting). One per member and month; the member rewrites it within
/// the month, and it stays as written afterwards. The team and the program office read it.
/// </summary>
public class ProjectUpdate
{
    public const int TextLength = 1000;

    private ProjectUpdate() => Text = "";

    public ProjectUpdate(int matchId, int personId, DateOnly month, string text, DateTime nowUtc)
    {
        MatchId = matchId;
        PersonId = personId;
        Month = new DateOnly(month.Year, month.Month, 1);
        Text = Check(text);
        WrittenAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int MatchId { get; private set; }
    public int PersonId { get; private set; }
    /// <summary>The first day of the month (in the cohort's zone) the status is for.</summary>
    public DateOnly Month { get; private set; }
    public string Text { get; private set; }
    public DateTime WrittenAtUtc { get; private set; }

    /// <summary>The member's new words for the month; false when they are the same.</summary>
    public bool Rewrite(string text, DateTime nowUtc)
    {
        var checkedText = Check(text);
        if (checkedText == Text)
            return false;
        Text = checkedText;
        WrittenAtUtc = nowUtc;
        return true;
    }

    private static string Check(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new DomainException("Write a short status of your project for this month.", "Text");
        if (trimmed.Length > TextLength)
            throw new DomainException($"Keep the status to {TextLength} characters.", "Text");
        return trimmed;
    }
}
