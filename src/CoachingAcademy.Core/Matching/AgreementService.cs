using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Engagements;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Matching;

/// <summary>How a match's agreement reads: by its cohort's kind (seed 001's statement the pair write, or seed 002's fixed
/// text they sign), with the cohort's zone for the dates of the signatures.</summary>
public sealed record AgreementSetting(ProgramKind Kind, string TimeZoneId)
{
    public bool FixedTerms => ManagementAgreement.IsFor(Kind);
}

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
        string contactForm, string coachTime, CoachRoles roles, string additionalPoints, CancellationToken ct = default, int? contactEveryDays = null)
    {
        var (agreement, _) = await OpenAsync(actor, matchId, ct);
        await EnsureWritableAsync(matchId, ct);
        agreement.Update(confidentiality, durationMonths, contactFrequency, contactForm, coachTime, roles, additionalPoints, contactEveryDays);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The setting of a match the caller has opened (<see cref="OpenAsync"/>).</summary>
    public Task<AgreementSetting> SettingAsync(int matchId, CancellationToken ct = default) =>
        db.Matches.Where(m => m.Id == matchId)
            .Select(m => db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => new AgreementSetting(c.Kind, c.TimeZoneId)).Single())
            .SingleAsync(ct);

    /// <summary>A kind whose agreement is fixed text has nothing for the pair to change, only to sign.</summary>
    public async Task EnsureWritableAsync(int matchId, CancellationToken ct = default)
    {
        if ((await SettingAsync(matchId, ct)).FixedTerms)
            throw new DomainException("This engagement's agreement is the program's own text: there is nothing to change, only to sign.");
    }

    /// <summary>Seed 001: the coach or the participant renews the relationship for a new term of <paramref name="durationMonths"/>.</summary>
    public async Task RenewAsync(Actor actor, int matchId, int durationMonths, CancellationToken ct = default)
    {
        var (agreement, _) = await OpenAsync(actor, matchId, ct);
        await EnsureWritableAsync(matchId, ct);
        agreement.Renew(durationMonths, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    public async Task AcknowledgeAsync(Actor actor, int matchId, CancellationToken ct = default)
    {
        var (agreement, party) = await OpenAsync(actor, matchId, ct);
        agreement.Acknowledge(party, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
