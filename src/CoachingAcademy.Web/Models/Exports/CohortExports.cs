using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Events;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Web.Infrastructure;

namespace CoachingAcademy.Web.Models.Exports;

/// <summary>
/// The lists a director downloads for a cohort, column by column as their pages show them, times in the cohort's zone.
/// None reads or writes a note, a change's reason or an email's body.
/// </summary>
public static class CohortExports
{
    public static ExportTable Roster(string cohortName, string timeZoneId, IAsyncEnumerable<CohortRosterRow> rows) => new(
        $"{cohortName} coaching roster",
        [
            new("Coach"), new("Coach email"), new("Coach title"), new("Coach agency"), new("Participant"), new("Participant email"),
            new("Participant title"), new("Participant agency"), new($"Approved ({timeZoneId})", CellKind.DateTime), new("Statement signed"),
        ],
        rows.Select(r => new object?[]
        {
            r.CoachName, r.CoachEmail, r.CoachTitle, r.CoachAgency, r.ParticipantName, r.ParticipantEmail, r.ParticipantTitle,
            r.ParticipantAgency, r.ApprovedAtUtc is DateTime approved ? ProgramTime.ToLocal(approved, timeZoneId) : null,
            r.AgreementSigned ? "yes" : "no",
        }));

    /// <summary>The progress matrix, every row: each step's status and its date for that engagement, sessions held, late changes.</summary>
    public static ExportTable Progress(CohortProgress progress) => new(
        $"{progress.CohortName} progress",
        [
            new("Participant"), new("Coach"), new("Standing"),
            .. progress.Milestones.SelectMany(m => new ExportColumn[] { new(m.Name), new($"{m.Name}: due", CellKind.Date) }),
            new("Sessions held", CellKind.Number), new("Minimum sessions", CellKind.Number), new("Late changes", CellKind.Number),
        ],
        progress.Rows.Items.Select(Cells).ToAsyncEnumerable());

    public static ExportTable Sessions(CohortSessions sessions) => new(
        $"{sessions.CohortName} sessions",
        [
            new("Participant"), new("Coach"), new("Engagement"), new($"Start ({sessions.TimeZoneId})", CellKind.DateTime),
            new("Minutes", CellKind.Number), new("Form"), new("Status"), new("Step"), new("Late changes", CellKind.Number),
        ],
        sessions.Rows.Select(s => new object?[]
        {
            s.Participant, s.Coach, s.Engagement.DisplayName(), ProgramTime.ToLocal(s.StartsAtUtc, sessions.TimeZoneId), s.DurationMinutes,
            s.Form.DisplayName(), s.Status.DisplayName(), s.Step, s.LateChanges,
        }));

    /// <summary>Seed 000: the coaches to recognise at graduation, with the engagements that reached the minimum and their reply.</summary>
    public static ExportTable CoachesToRecognise(CoachesToRecognise coaches) => new(
        $"{coaches.CohortName} coaches to recognise",
        [
            new("Coach"), new("Coach email"), new("Coach agency"), new($"Engagements with {coaches.MinimumSessions}+ sessions held", CellKind.Number),
            new("Sessions held", CellKind.Number), new("Graduation reply"),
        ],
        coaches.Rows.Select(c => new object?[]
        {
            c.FullName, c.Email, c.Agency, c.EngagementsMet, c.HeldSessions, c.GraduationReply is EventReply reply ? reply.Words() : "Not invited",
        }));

    private static object?[] Cells(ProgressRow r) =>
    [
        r.ParticipantName, r.IsTeam ? null : r.CoachName, r.Standing.DisplayName(),
        .. r.Progress.Milestones.SelectMany(c => new object?[] { c.Status.DisplayName(), c.DueDate }),
        r.Progress.HeldSessions, r.Progress.MinimumSessions, r.Progress.LateChanges,
    ];
}
