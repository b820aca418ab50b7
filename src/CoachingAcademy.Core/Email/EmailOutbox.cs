using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Email;

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
}
