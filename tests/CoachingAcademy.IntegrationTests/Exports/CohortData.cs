using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Exports;

/// <summary>What the database and the progress page say of a cohort, row by row, to compare an export with.</summary>
internal static class CohortData
{
    public static Task<string> TimeZoneAsync(this AppFactory app, int cohortId) =>
        app.QueryAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.TimeZoneId).SingleAsync());

    public static async Task<List<object?[]>> RosterAsync(this AppFactory app, int cohortId)
    {
        var zone = await app.TimeZoneAsync(cohortId);
        var rows = await app.QueryAsync(db => db.Matches
            .Where(m => m.CohortId == cohortId && m.Status == MatchStatus.Active && m.ParticipantId != null)
            .OrderBy(m => m.Coach!.FullName).ThenBy(m => m.Participant!.FullName).ThenBy(m => m.Id)
            .Select(m => new
            {
                Coach = m.Coach!, CoachAgency = m.Coach!.Agency == null ? null : m.Coach.Agency.Name,
                Participant = m.Participant!, ParticipantAgency = m.Participant!.Agency == null ? null : m.Participant.Agency.Name,
                m.DecidedAtUtc,
                Signed = m.Agreement != null && m.Agreement.CoachAcknowledgedAtUtc != null && m.Agreement.ParticipantAcknowledgedAtUtc != null,
            })
            .ToListAsync());
        return
        [
            ["Coach", "Coach email", "Coach title", "Coach agency", "Participant", "Participant email", "Participant title",
                "Participant agency", $"Approved ({zone})", "Statement signed"],
            .. rows.Select(r => new object?[]
            {
                r.Coach.FullName, r.Coach.Email, r.Coach.Title, r.CoachAgency, r.Participant.FullName, r.Participant.Email,
                r.Participant.Title, r.ParticipantAgency, r.DecidedAtUtc is DateTime at ? ProgramTime.ToLocal(at, zone) : null, r.Signed ? "yes" : "no",
            }),
        ];
    }

    /// <summary>
    /// Names, fixed due dates, sessions held, the minimum and late changes from the tables; each step's status, and the date
    /// of a step counted from the engagement's start or another step, as the progress page derives them
    /// (<see cref="ProgressQueries"/>), every page of it.
    /// </summary>
    public static async Task<List<object?[]>> ProgressAsync(this AppFactory app, int cohortId)
    {
        using var scope = app.Services.CreateScope();
        var page = (await scope.ServiceProvider.GetRequiredService<ProgressQueries>().ForCohortAsync(cohortId, ProgressFilter.All, 1, 1_000_000))!;
        var cells = page.Rows.Items.ToDictionary(r => r.ParticipantName, r => r.Progress.Milestones.ToDictionary(c => c.MilestoneId));
        var (steps, minimum, participants, matches, sessions) = await app.QueryAsync(async db => (
            await db.Milestones.Where(m => m.CohortId == cohortId).OrderBy(m => m.Order).Select(m => new { m.Id, m.Name, m.DueDate }).ToListAsync(),
            await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Rules.MinimumSessions).SingleAsync(),
            await db.Enrollments.Where(e => e.CohortId == cohortId && e.Role == EnrollmentRole.Participant)
                .Select(e => new { e.PersonId, e.Person.FullName }).ToListAsync(),
            await db.Matches.Where(m => m.CohortId == cohortId && m.ParticipantId != null)
                .Select(m => new { m.Id, m.ParticipantId, m.Status, Coach = m.Coach!.FullName }).ToListAsync(),
            await db.CoachingSessions.Where(s => db.Matches.Any(m => m.Id == s.MatchId && m.CohortId == cohortId))
                .Select(s => new { s.MatchId, s.Status, s.LateChanges }).ToListAsync()));
        return
        [
            ["Participant", "Coach", "Standing", .. steps.SelectMany(s => new object?[] { s.Name, $"{s.Name}: due" }), "Sessions held", "Minimum sessions", "Late changes"],
            .. participants.OrderBy(p => p.FullName, StringComparer.CurrentCultureIgnoreCase).Select(p => Row(p.PersonId, p.FullName)),
        ];

        // A participant's row counts every engagement of theirs in the cohort; the coach is the active one's.
        object?[] Row(int personId, string participant)
        {
            var theirs = matches.Where(m => m.ParticipantId == personId).ToList();
            var active = theirs.FirstOrDefault(m => m.Status == MatchStatus.Active);
            var standing = active is not null ? Standing.Active
                : theirs.Any(m => m.Status is MatchStatus.AwaitingCoach or MatchStatus.Proposed) ? Standing.Waiting
                : theirs.Any(m => m.Status == MatchStatus.Ended) ? Standing.Ended : Standing.Unmatched;
            var mine = sessions.Where(s => theirs.Any(m => m.Id == s.MatchId)).ToList();
            return
            [
                participant, active?.Coach ?? "—", standing.DisplayName(),
                .. steps.SelectMany(s => new object?[] { cells[participant][s.Id].Status.DisplayName(), s.DueDate ?? cells[participant][s.Id].DueDate }),
                mine.Count(s => s.Status == SessionStatus.Held), minimum, mine.Sum(s => s.LateChanges),
            ];
        }
    }

    public static async Task<List<object?[]>> SessionsAsync(this AppFactory app, int cohortId)
    {
        var zone = await app.TimeZoneAsync(cohortId);
        var rows = await app.QueryAsync(async db =>
        {
            var steps = await db.Milestones.Where(m => m.CohortId == cohortId).ToDictionaryAsync(m => m.Id, m => m.Name);
            var sessions = await db.CoachingSessions.Where(s => db.Matches.Any(m => m.Id == s.MatchId && m.CohortId == cohortId))
                .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
                .Select(s => new
                {
                    s.StartsAtUtc, s.DurationMinutes, s.Form, s.Status, s.LateChanges, s.MilestoneId,
                    Match = db.Matches.Where(m => m.Id == s.MatchId).Select(m => new { Participant = m.Participant!.FullName, Coach = m.Coach!.FullName, m.Status }).Single(),
                })
                .ToListAsync();
            return sessions.Select(s => new object?[]
            {
                s.Match.Participant, s.Match.Coach, s.Match.Status.DisplayName(), ProgramTime.ToLocal(s.StartsAtUtc, zone), s.DurationMinutes,
                s.Form.DisplayName(), s.Status.DisplayName(), s.MilestoneId is int id ? steps[id] : null, s.LateChanges,
            }).ToList();
        });
        return [["Participant", "Coach", "Engagement", $"Start ({zone})", "Minutes", "Form", "Status", "Step", "Late changes"], .. rows];
    }

    /// <summary>
    /// Adds <paramref name="pairs"/> active pairs to the cohort (more than a page of the progress matrix), each with a held
    /// session that served the first step, a cancelled one and a booked one.
    /// </summary>
    public static Task GrowAsync(this AppFactory app, int cohortId, int pairs) => app.QueryAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var agency = await db.Agencies.FirstAsync();
        var firstStep = await db.Milestones.Where(m => m.CohortId == cohortId).OrderBy(m => m.Order).Select(m => m.Id).FirstAsync();
        var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId);
        var rules = cohort.Rules;
        var matches = new List<Match>();
        for (var i = 0; i < pairs; i++)
        {
            var coach = new Person($"Export Coach {i:00}", $"export.coach.{i}@example.org", "Deputy Director", PositionLevel.DepartmentHead, agency);
            var participant = new Person($"Export Participant {i:00}", $"export.participant.{i}@example.org", "Analyst", PositionLevel.Other, agency);
            cohort.Enroll(coach, EnrollmentRole.Coach, now.AddDays(-31));
            cohort.Enroll(participant, EnrollmentRole.Participant, now.AddDays(-31));
            var match = new Match(cohortId, participant, coach, MatchSource.Director, null, now.AddDays(-30));
            match.Approve(null, [], now.AddDays(-30));
            db.Matches.Add(match);
            matches.Add(match);
        }
        await db.SaveChangesAsync();
        foreach (var match in matches)
        {
            var members = new[] { match.PairCoachId, match.PairParticipantId };
            var held = new CoachingSession(match.Id, now.AddDays(-7).AddMinutes(match.Id), 60, SessionForm.InPerson, "Room 1", firstStep, match.PairParticipantId, now.AddDays(-10));
            held.Log(SessionStatus.Held, match.PairCoachId, now, members, []);
            var cancelled = new CoachingSession(match.Id, now.AddDays(1), 45, SessionForm.Phone, "555-0100", null, match.PairParticipantId, now.AddDays(-10));
            cancelled.Cancel(match.PairCoachId, "Called away", rules, now);
            db.CoachingSessions.AddRange(held, cancelled,
                new CoachingSession(match.Id, now.AddDays(9), 90, SessionForm.Video, "https://meet.example.org/x", null, match.PairParticipantId, now));
        }
        return await db.SaveChangesAsync();
    });
}
