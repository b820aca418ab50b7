using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Sessions;

/// <summary>The demo's active pair (Grace Okafor coaching Marcus Webb) and helpers to reach their sessions.</summary>
internal static class SessionTestData
{
    public const string Coach = "grace.okafor@example.org";
    public const string Participant = "marcus.webb@example.org";

    public static Task<int> ActiveMatchIdAsync(this AppFactory app) =>
        app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == Participant && m.Status == MatchStatus.Active).Select(m => m.Id).SingleAsync());

    public static Task<int> MilestoneIdAsync(this AppFactory app, string name) =>
        app.QueryAsync(db => db.Milestones.Where(m => m.Name == name).Select(m => m.Id).FirstAsync());

    /// <summary>The newest session of the demo academy (the first cohort); the executive demo's sessions are not its.</summary>
    public static Task<CoachingSession> LatestSessionAsync(this AppFactory app) =>
        app.QueryAsync(async db =>
        {
            var academy = await db.Cohorts.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            return await db.CoachingSessions.AsNoTracking().Where(s => db.Matches.Any(m => m.Id == s.MatchId && m.CohortId == academy))
                .OrderByDescending(s => s.Id).FirstAsync();
        });

    /// <summary>The session form, as the participant fills it in (local time in the cohort's zone).</summary>
    public static Dictionary<string, string> Form(int matchId, string date, string time, int? milestoneId = null, string? reason = null)
    {
        var form = new Dictionary<string, string>
        {
            ["MatchId"] = matchId.ToString(), ["Date"] = date, ["Time"] = time, ["DurationMinutes"] = "60",
            ["Form"] = "Video", ["Location"] = "https://meet.example.org/webb", ["MilestoneId"] = milestoneId?.ToString() ?? "",
        };
        if (reason is not null)
            form["Reason"] = reason;
        return form;
    }
}
