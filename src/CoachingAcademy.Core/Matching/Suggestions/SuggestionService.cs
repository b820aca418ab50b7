using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Matching.Suggestions;

/// <summary>"Suggest matches" for a cohort's unmatched participants, and turning accepted suggestions into proposals.</summary>
public sealed class SuggestionService(IAppDbContext db, EligibilityLoader eligibility, TimeProvider clock)
{
    public async Task<SuggestionResult?> SuggestAsync(int cohortId, CancellationToken ct = default)
    {
        var context = await eligibility.LoadAsync(cohortId, null, ct);
        if (context is null)
            return null;
        var taken = (await db.Matches
            .Where(m => m.CohortId == cohortId && (m.Status == MatchStatus.Active || m.Status == MatchStatus.Proposed) && m.ParticipantId != null)
            .Select(m => m.ParticipantId!.Value).ToListAsync(ct)).ToHashSet();
        var requested = (await db.Matches.Where(m => m.CohortId == cohortId && m.Status == MatchStatus.AwaitingCoach && m.ParticipantId != null)
                .OrderBy(m => m.Id).Select(m => new { ParticipantId = m.ParticipantId!.Value, CoachId = m.CoachId!.Value }).ToListAsync(ct))
            .DistinctBy(r => r.ParticipantId).ToDictionary(r => r.ParticipantId, r => r.CoachId);
        return MatchSuggester.Suggest(context, context.Participants.Keys.Where(id => !taken.Contains(id)).ToList(), requested);
    }

    /// <summary>Creates a proposal for each accepted pair that still breaks no rule; returns how many were created.</summary>
    public async Task<int> AcceptAsync(Actor director, int cohortId, IReadOnlyCollection<(int ParticipantId, int CoachId)> pairs,
        CancellationToken ct = default)
    {
        if (!director.IsDirector)
            throw new AccessDeniedException("Only the academy directors accept suggested matches.");
        var ids = pairs.SelectMany(p => new[] { p.ParticipantId, p.CoachId }).Distinct().ToList();
        var context = await eligibility.LoadAsync(cohortId, ids, ct) ?? throw new NotFoundException();
        var people = await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var open = await db.Matches.Where(m => m.CohortId == cohortId && MatchStatuses.Open.Contains(m.Status))
            .Select(m => new { m.ParticipantId, m.CoachId, m.Status }).ToListAsync(ct);
        var placed = open.Where(m => m.Status is MatchStatus.Active or MatchStatus.Proposed).Select(m => m.ParticipantId).ToHashSet();

        var created = 0;
        foreach (var (participantId, coachId) in pairs.DistinctBy(p => p.ParticipantId))
        {
            if (placed.Contains(participantId) || open.Any(m => m.ParticipantId == participantId && m.CoachId == coachId)
                || context.Check(participantId, coachId, MatchStage.Proposal).Count > 0)
                continue;
            db.Matches.Add(new Match(cohortId, people[participantId], people[coachId], MatchSource.Suggestion, director.PersonId,
                clock.GetUtcNow().UtcDateTime));
            created++;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // One open match per pair (a unique index): the same suggestions were accepted at the same moment.
            throw new ConcurrencyConflictException("These suggestions were just proposed by another request; nothing more was added.");
        }
        return created;
    }
}
