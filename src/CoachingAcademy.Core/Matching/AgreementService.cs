using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Matching;

/// <summary>The pair's statement of mutual understanding: only the coach and the participant of an active match write and sign it.</summary>
public sealed class AgreementService(IAppDbContext db, TimeProvider clock)
{
    public async Task<(MatchAgreement Agreement, MatchParty Party)> OpenAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var match = await db.Matches.Include(m => m.Agreement)
            .SingleOrDefaultAsync(m => m.Id == matchId && (m.CoachId == actor.PersonId || m.ParticipantId == actor.PersonId), ct)
            ?? throw new NotFoundException();
        if (match.Status != MatchStatus.Active || match.Agreement is null)
            throw new DomainException("The statement of mutual understanding is written once the match is active.");
        return (match.Agreement, match.CoachId == actor.PersonId ? MatchParty.Coach : MatchParty.Participant);
    }

    public async Task UpdateAsync(Actor actor, int matchId, string confidentiality, int durationMonths, string contactFrequency,
        string contactForm, string coachTime, CoachRoles roles, string additionalPoints, CancellationToken ct = default)
    {
        var (agreement, _) = await OpenAsync(actor, matchId, ct);
        agreement.Update(confidentiality, durationMonths, contactFrequency, contactForm, coachTime, roles, additionalPoints);
        await db.SaveChangesAsync(ct);
    }

    public async Task AcknowledgeAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var (agreement, party) = await OpenAsync(actor, matchId, ct);
        agreement.Acknowledge(party, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
