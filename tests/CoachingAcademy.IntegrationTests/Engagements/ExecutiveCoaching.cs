using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.IntegrationTests.Engagements;

/// <summary>What the seed 003 tests share: the demo's executive engagement and a second one with logins of its own.</summary>
internal static class ExecutiveCoaching
{
    public const string OtherLeader = "morgan.quill@example.org";
    public const string OtherSponsor = "harbor.sponsor@example.org";

    /// <summary>Chris Donovan's engagement with Robin Achebe, Pat Lindgren its sponsor.</summary>
    public static Task<int> DemoExecutiveAsync(this AppFactory app) =>
        app.QueryAsync(db => db.Matches.Where(m => m.Participant!.Email == DemoUsers.Leader && m.Status == MatchStatus.Active).Select(m => m.Id).SingleAsync());

    public static Task<string> ExecutiveZoneAsync(this AppFactory app) =>
        app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == Core.Cohorts.ProgramKind.ExecutiveCoaching).Select(c => c.TimeZoneId).SingleAsync());

    /// <summary>
    /// A second executive engagement of Robin Achebe's: leader Morgan Quill, sponsor Lee Hartmann, each with a login of
    /// their own, and no record yet. Made once per app.
    /// </summary>
    public static Task<int> SecondExecutiveAsync(this AppFactory app) =>
        ExecutiveEngagements.CreateAsync(app, ("Morgan Quill", OtherLeader), ("Lee Hartmann", OtherSponsor));

    public static DateTime Now(this AppFactory app) => app.Clock.GetUtcNow().UtcDateTime;

    public static string Shown(DateTime utc, string zone) => ProgramTime.Format(utc, zone);
}
