using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Email;

/// <summary>An email that must go once whoever asks for it (a reminder): its key is unique in the outbox, and it is
/// rendered only when its key is new.</summary>
public sealed record KeyedEmail(string Key, string Kind, int? CohortId, Func<EmailMessage> Render);

/// <summary>
/// Where every email starts: it is added to the outbox beside the change that causes it and lands in the same save (or
/// the same transaction), so a change is never saved without its email, nor an email sent for a change that was not.
/// <see cref="OutboxSender"/> sends it after the commit.
/// </summary>
public sealed class EmailOutbox(IAppDbContext db, TimeProvider clock)
{
    /// <summary>Adds <paramref name="email"/>; the caller's next save stores it.</summary>
    public OutgoingEmail Add(EmailTemplate email, int? cohortId = null) =>
        Add(email.Kind, email.Render(), cohortId);

    public OutgoingEmail Add(string kind, EmailMessage message, int? cohortId = null, string? key = null)
    {
        var outgoing = new OutgoingEmail(kind, cohortId, message, clock.GetUtcNow().UtcDateTime, key);
        db.OutgoingEmails.Add(outgoing);
        return outgoing;
    }

    /// <summary>
    /// Records and saves each email whose key the outbox has not seen yet; returns how many were new. Another request or
    /// scan recording some of the same keys at the same moment wins on the unique key, and the rest are recorded again.
    /// </summary>
    public async Task<int> AddOnceAsync(IReadOnlyCollection<KeyedEmail> emails, CancellationToken ct = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var keys = emails.Select(e => e.Key).ToList();
            var known = (await db.OutgoingEmails.Where(e => keys.Contains(e.Key!)).Select(e => e.Key!).ToListAsync(ct)).ToHashSet();
            var fresh = emails.Where(e => known.Add(e.Key)).Select(e => Add(e.Kind, e.Render(), e.CohortId, e.Key)).ToList();
            if (fresh.Count == 0)
                return 0;
            try
            {
                await db.SaveChangesAsync(ct);
                return fresh.Count;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                foreach (var email in fresh)
                    db.Entry(email).State = EntityState.Detached;
            }
        }
    }
}
