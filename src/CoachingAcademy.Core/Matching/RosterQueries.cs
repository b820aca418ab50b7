using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Matching;

public sealed record CoachRosterRow(int MatchId, string CohortName, PersonSummary Participant, bool AgreementSigned);

/// <summary>Seed 000's "Coaching Roster": one row per active match.</summary>
public sealed record CohortRosterRow(
    int MatchId, string CoachName, string CoachEmail, string CoachTitle, string? CoachAgency,
    string ParticipantName, string ParticipantEmail, string ParticipantTitle, string? ParticipantAgency,
    DateTime? ApprovedAtUtc, bool CoachSigned, bool ParticipantSigned)
{
    public bool AgreementSigned => CoachSigned && ParticipantSigned;

    /// <summary>Who has signed the statement of mutual understanding, in words.</summary>
    public string Signatures => (CoachSigned, ParticipantSigned) switch
    {
        (true, true) => "Signed by both",
        (true, false) => "Coach signed; participant not yet",
        (false, true) => "Participant signed; coach not yet",
        _ => "Not signed yet",
    };
}

public sealed class RosterQueries(IAppDbContext db)
{
    /// <summary>A coach's participants in every cohort (one query); their progress comes from <c>ProgressQueries</c>.</summary>
    public async Task<IReadOnlyList<CoachRosterRow>> ForCoachAsync(int coachId, CancellationToken ct = default) =>
        await db.Matches.Where(m => m.CoachId == coachId && m.Status == MatchStatus.Active)
            .OrderBy(m => m.Participant!.FullName)
            .Select(m => new CoachRosterRow(m.Id,
                db.Cohorts.Where(c => c.Id == m.CohortId).Select(c => c.Name).Single(),
                new PersonSummary(m.Participant!.Id, m.Participant.FullName, m.Participant.Email, m.Participant.Title,
                    m.Participant.Agency == null ? null : m.Participant.Agency.Name),
                m.Agreement != null && m.Agreement.CoachAcknowledgedAtUtc != null && m.Agreement.ParticipantAcknowledgedAtUtc != null))
            .ToListAsync(ct);

    public async Task<PagedList<CohortRosterRow>> ForCohortAsync(int cohortId, int page, int pageSize = 25, CancellationToken ct = default)
    {
        page = PagedList<CohortRosterRow>.Clamp(page);
        var active = Active(cohortId);
        var total = await active.CountAsync(ct);
        var rows = await Rows(active.Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new PagedList<CohortRosterRow>(rows, page, pageSize, total);
    }

    /// <summary>Every row, streamed, for the CSV download.</summary>
    public IAsyncEnumerable<CohortRosterRow> AllForCohort(int cohortId) => Rows(Active(cohortId)).AsAsyncEnumerable();

    private IQueryable<Match> Active(int cohortId) => db.Matches
        .Where(m => m.CohortId == cohortId && m.Status == MatchStatus.Active && m.ParticipantId != null)   // pairs: a team has no coach
        .OrderBy(m => m.Coach!.FullName).ThenBy(m => m.Participant!.FullName).ThenBy(m => m.Id);

    private static IQueryable<CohortRosterRow> Rows(IQueryable<Match> matches) => matches.Select(m => new CohortRosterRow(
        m.Id, m.Coach!.FullName, m.Coach.Email, m.Coach.Title, m.Coach.Agency == null ? null : m.Coach.Agency.Name,
        m.Participant!.FullName, m.Participant.Email, m.Participant.Title, m.Participant.Agency == null ? null : m.Participant.Agency.Name,
        m.DecidedAtUtc,
        m.Agreement != null && m.Agreement.CoachAcknowledgedAtUtc != null, m.Agreement != null && m.Agreement.ParticipantAcknowledgedAtUtc != null));
}
