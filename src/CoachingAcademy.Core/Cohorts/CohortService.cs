using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Cohorts;

/// <summary>What a director enters for a cohort. Class session dates are days in the cohort's time zone.</summary>
public sealed record CohortPlan(string Name, string TimeZoneId, DateOnly GraduationDate, DateOnly DebriefDate, IReadOnlyList<DateOnly> ClassSessions);

/// <summary>
/// Directors create and run cohorts: their kind and rules, their dates, their milestone schedule (prefilled from the
/// kind's steps) and their orientation sessions. Every change is checked by the cohort before anything is saved.
/// </summary>
public sealed class CohortService(IAppDbContext db, TimeProvider clock)
{
    public async Task<int> CreateAsync(CohortPlan plan, ProgramKind kind = ProgramKind.Academy, CancellationToken ct = default)
    {
        await RequireUniqueNameAsync(plan.Name, null, ct);
        var cohort = new Cohort(plan.Name, plan.TimeZoneId, plan.GraduationDate, plan.DebriefDate, kind);
        cohort.SetClassSessions(plan.ClassSessions);
        cohort.AddKindSteps(ProgramTime.Today(clock, plan.TimeZoneId));
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(ct);
        // The surveys the kind's seed asks for from the start; a director may close them or attach others.
        var surveys = KindSurveys.For(kind);
        if (surveys.Count > 0)
        {
            var ids = surveys.Select(s => s.TemplateId).ToList();
            var templates = await db.SurveyTemplates.Include(t => t.Questions).Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var survey in surveys.Where(s => templates.ContainsKey(s.TemplateId)))
                db.SurveyMoments.Add(new SurveyMoment(cohort.Id, templates[survey.TemplateId], survey.Moment, null, survey.Audience, survey.ClosesAfterDays, now));
            await db.SaveChangesAsync(ct);
        }
        return cohort.Id;
    }

    public async Task UpdateAsync(int cohortId, CohortPlan plan, CancellationToken ct = default)
    {
        await RequireUniqueNameAsync(plan.Name, cohortId, ct);
        var cohort = await LoadAsync(cohortId, ct);
        // Times were entered as wall-clock times of the cohort's zone and are kept in UTC: another zone would move them.
        if (plan.TimeZoneId != cohort.TimeZoneId && (await db.OrientationSessions.AnyAsync(s => s.CohortId == cohortId, ct)
                || await db.CoachingSessions.AnyAsync(s => db.Matches.Any(m => m.Id == s.MatchId && m.CohortId == cohortId), ct)))
            throw new DomainException("Sessions are already scheduled in this time zone; it cannot change without moving them.", nameof(CohortPlan.TimeZoneId));
        cohort.Update(plan.Name, plan.TimeZoneId, plan.GraduationDate, plan.DebriefDate);
        cohort.SetClassSessions(plan.ClassSessions);
        var outside = cohort.Milestones.Where(m => m.DueDate is DateOnly due && !cohort.IsInside(due)).Select(m => m.Name).ToList();
        if (outside.Count > 0)
            throw new DomainException($"These milestones would fall outside the cohort's dates: {string.Join(", ", outside)}. Move them first.", nameof(CohortPlan.GraduationDate));
        // Compared as days of the cohort's zone (a cohort has a handful of sessions): some zones skip midnight.
        var starts = await db.OrientationSessions.Where(s => s.CohortId == cohortId).Select(s => s.StartsAtUtc).ToListAsync(ct);
        if (starts.Any(start => !cohort.IsInside(ProgramTime.DayOf(start, cohort.TimeZoneId))))
            throw new DomainException("An orientation session would fall outside the cohort's dates; remove it first.", nameof(CohortPlan.GraduationDate));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adjusts a cohort's rules (<paramref name="change"/> is given the current ones); the next check of every service reads them.</summary>
    public async Task ChangeRulesAsync(int cohortId, Func<CohortRules, CohortRules> change, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId, ct) ?? throw new NotFoundException();
        cohort.ChangeRules(change(cohort.Rules));
        await db.SaveChangesAsync(ct);
    }

    public async Task SetArchivedAsync(int cohortId, bool archived, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId, ct) ?? throw new NotFoundException();
        if (archived)
            cohort.Archive();
        else
            cohort.Reopen();
        await db.SaveChangesAsync(ct);
    }

    public async Task AddMilestoneAsync(int cohortId, string name, string description, StepDue due, StepKind kind, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.Include(c => c.Milestones).SingleOrDefaultAsync(c => c.Id == cohortId, ct) ?? throw new NotFoundException();
        cohort.AddMilestone(name, description, due, kind);
        await db.SaveChangesAsync(ct);
    }

    public Task UpdateMilestoneAsync(int milestoneId, string name, string description, StepDue due, StepKind kind, CancellationToken ct = default) =>
        WithMilestoneAsync(milestoneId, (cohort, milestone) => cohort.UpdateMilestone(milestone, name, description, due, kind), ct);

    public Task MoveMilestoneAsync(int milestoneId, int by, CancellationToken ct = default) =>
        WithMilestoneAsync(milestoneId, (cohort, milestone) => cohort.MoveMilestone(milestone, by), ct);

    /// <summary>Seed 004: the director names the guest of a peer cohort's meetings (the Branch Deputy or their designee).</summary>
    public async Task NameMeetingGuestAsync(int cohortId, string? name, string? title, string? email, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId && c.Rules.Shape == EngagementShape.PeerTeam, ct) ?? throw new NotFoundException();
        cohort.RequireOpen();
        cohort.NameMeetingGuest(name, title, email);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Removes a milestone; sessions logged for it stay, without a milestone.</summary>
    public async Task RemoveMilestoneAsync(int milestoneId, CancellationToken ct = default)
    {
        // Loaded so that EF clears their link: on SQL Server the database does not (docs/decisions/0007).
        await db.CoachingSessions.Where(s => s.MilestoneId == milestoneId).LoadAsync(ct);
        await db.Resources.Where(r => r.MilestoneId == milestoneId).LoadAsync(ct);
        await WithMilestoneAsync(milestoneId, (cohort, milestone) => cohort.RemoveMilestone(milestone), ct);
    }

    /// <summary>Adds an orientation session for coaches or participants; start and end are wall-clock times in the cohort's time zone.</summary>
    public async Task<int> AddOrientationSessionAsync(int cohortId, DateTime localStart, DateTime localEnd, string location, int capacity,
        OrientationAudience audience = OrientationAudience.Coaches, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId, ct) ?? throw new NotFoundException();
        var session = cohort.AddOrientationSession(ProgramTime.ToUtc(localStart, cohort.TimeZoneId, "StartTime"),
            ProgramTime.ToUtc(localEnd, cohort.TimeZoneId, "EndTime"), location, capacity, audience);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>Removes a session nobody registered for.</summary>
    public async Task RemoveOrientationSessionAsync(int sessionId, CancellationToken ct = default)
    {
        var cohortId = await db.OrientationSessions.Where(s => s.Id == sessionId).Select(s => (int?)s.CohortId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        var cohort = await db.Cohorts.Include(c => c.OrientationSessions.Where(s => s.Id == sessionId)).ThenInclude(s => s.Registrations)
            .SingleAsync(c => c.Id == cohortId, ct);
        cohort.RemoveOrientationSession(cohort.OrientationSessions.Single());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("Someone registered for this session just now; it cannot be removed.");
        }
    }

    private async Task WithMilestoneAsync(int milestoneId, Action<Cohort, Milestones.Milestone> change, CancellationToken ct)
    {
        var cohortId = await db.Milestones.Where(m => m.Id == milestoneId).Select(m => (int?)m.CohortId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        var cohort = await db.Cohorts.Include(c => c.Milestones).SingleAsync(c => c.Id == cohortId, ct);
        change(cohort, cohort.Milestones.Single(m => m.Id == milestoneId));
        await db.SaveChangesAsync(ct);
    }

    private async Task<Cohort> LoadAsync(int cohortId, CancellationToken ct) =>
        await db.Cohorts.Include(c => c.ClassSessions).Include(c => c.Milestones).SingleOrDefaultAsync(c => c.Id == cohortId, ct)
        ?? throw new NotFoundException();

    private async Task RequireUniqueNameAsync(string name, int? except, CancellationToken ct)
    {
        var trimmed = name.Trim();
        var lower = trimmed.ToLowerInvariant();
        if (await db.Cohorts.AnyAsync(c => (c.Name == trimmed || c.Name.ToLower() == lower) && c.Id != except, ct))
            throw new DomainException($"There is already a cohort named '{trimmed}'.", nameof(CohortPlan.Name));
    }
}
