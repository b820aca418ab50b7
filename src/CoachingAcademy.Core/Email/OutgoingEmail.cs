using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Email;

public enum EmailStatus
{
    Pending = 0,
    Sending = 1,
    Sent = 2,
    Failed = 3,
}

/// <summary>
/// One email in the outbox. It is saved with the change that causes it, in the same transaction, and sent from here by
/// <see cref="OutboxSender"/>: claimed under a lease first, so one worker sends it while the lease holds, and a worker
/// that dies leaves it to be taken over when the lease runs out. A <see cref="Key"/>, when given, is unique: a reminder
/// is recorded once whoever triggers it.
/// </summary>
public class OutgoingEmail
{
    /// <summary>Claims after which the outbox gives up; a director can send it again.</summary>
    public const int MaxAttempts = 8;

    private readonly List<OutgoingAttachment> _attachments = [];

    private OutgoingEmail() { Kind = Recipients = CopyTo = Subject = TextBody = HtmlBody = ""; }

    public OutgoingEmail(string kind, int? cohortId, EmailMessage message, DateTime nowUtc, string? key = null)
    {
        Key = key;
        Kind = kind;
        CohortId = cohortId;
        Recipients = string.Join(",", message.To);
        CopyTo = string.Join(",", message.Cc ?? []);
        Subject = message.Subject;
        TextBody = message.TextBody;
        HtmlBody = message.HtmlBody;
        _attachments.AddRange((message.Attachments ?? []).Select(a => new OutgoingAttachment(a.FileName, a.ContentType, a.Content)));
        CreatedAtUtc = nowUtc;
        NextAttemptAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public string? Key { get; private set; }
    /// <summary>What the email is (a reminder's kind, or the template's name), for the directors' outbox page.</summary>
    public string Kind { get; private set; }
    public int? CohortId { get; private set; }
    /// <summary>Comma-separated addresses.</summary>
    public string Recipients { get; private set; }
    public string CopyTo { get; private set; }
    public string Subject { get; private set; }
    public string TextBody { get; private set; }
    public string HtmlBody { get; private set; }
    public IReadOnlyList<OutgoingAttachment> Attachments => _attachments;
    public EmailStatus Status { get; private set; }
    /// <summary>Claims so far: a worker that died mid-send used one too, so a message that kills its sender is given up.</summary>
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? ClaimToken { get; private set; }
    public DateTime? LeaseUntilUtc { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }

    public bool GaveUp => Status == EmailStatus.Failed && Attempts >= MaxAttempts;

    /// <summary>The message as it was caused; its Message-ID is the row's, so a receiver sees a resend as the same message.</summary>
    public EmailMessage ToMessage() => new(Split(Recipients), Subject, TextBody, HtmlBody,
        Attachments.Select(a => new EmailAttachment(a.FileName, a.ContentType, a.Content)).ToArray(),
        CopyTo.Length == 0 ? null : Split(CopyTo), MessageId: $"outbox-{Id}@coachingacademy");

    private static string[] Split(string addresses) => addresses.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The pause before the next try after <paramref name="attempts"/> failed ones: doubling from
    /// <paramref name="first"/>, at most an hour.</summary>
    public static TimeSpan BackOff(int attempts, TimeSpan first) =>
        TimeSpan.FromTicks((long)Math.Min(TimeSpan.FromHours(1).Ticks, first.Ticks * Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>Held by one sender until <paramref name="leaseUntilUtc"/>; counts as an attempt.</summary>
    public void Claim(Guid claim, DateTime leaseUntilUtc)
    {
        Status = EmailStatus.Sending;
        ClaimToken = claim;
        LeaseUntilUtc = leaseUntilUtc;
        Attempts++;
    }

    /// <summary>A director asks for a failed email to go again now.</summary>
    public void Retry(DateTime nowUtc)
    {
        if (Status != EmailStatus.Failed)
            throw new DomainException("Only an email that failed can be sent again.");
        Status = EmailStatus.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
    }
}

public class OutgoingAttachment
{
    private OutgoingAttachment() { FileName = ContentType = ""; Content = []; }

    public OutgoingAttachment(string fileName, string contentType, byte[] content)
    {
        FileName = fileName;
        ContentType = contentType;
        Content = content;
    }

    public int Id { get; private set; }
    public int EmailId { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public byte[] Content { get; private set; }
}
