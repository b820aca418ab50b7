namespace CoachingAcademy.Core.Reminders;

public enum ReminderKind
{
    MilestoneFirst = 0,
    MilestoneSecond = 1,
    MilestoneOverdue = 2,
    Session = 3,
    DirectorDigest = 4,
    Orientation = 5,
}

public enum ReminderStatus
{
    Pending = 0,
    Sending = 1,
    Sent = 2,
    Failed = 3,
}

/// <summary>
/// One reminder in the outbox. Its <see cref="Key"/> (recipient, subject of the reminder, kind) is unique, so a rescan
/// never records the same reminder twice; a send claims the row first, so a retry never sends it twice.
/// </summary>
public class Reminder
{
    public const int MaxAttempts = 8;

    private Reminder() { Key = Recipients = CopyTo = Subject = TextBody = HtmlBody = ""; }

    /// <summary>Records a rendered email under its unique key.</summary>
    public Reminder(string key, ReminderKind kind, int cohortId, Email.EmailMessage message, DateTime nowUtc)
    {
        Key = key;
        Kind = kind;
        CohortId = cohortId;
        Recipients = string.Join(",", message.To);
        CopyTo = string.Join(",", message.Cc ?? []);
        Subject = message.Subject;
        TextBody = message.TextBody;
        HtmlBody = message.HtmlBody;
        CreatedAtUtc = nowUtc;
        NextAttemptAtUtc = nowUtc;
    }

    public Email.EmailMessage ToMessage() => new(Split(Recipients), Subject, TextBody, HtmlBody, Cc: CopyTo.Length == 0 ? null : Split(CopyTo));

    private static string[] Split(string addresses) => addresses.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public int Id { get; private set; }
    public string Key { get; private set; }
    public ReminderKind Kind { get; private set; }
    public int CohortId { get; private set; }
    /// <summary>Comma-separated addresses.</summary>
    public string Recipients { get; private set; }
    public string CopyTo { get; private set; }
    public string Subject { get; private set; }
    public string TextBody { get; private set; }
    public string HtmlBody { get; private set; }
    public ReminderStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ClaimedAtUtc { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }

    /// <summary>Exponential back-off: 1, 2, 4, 8... minutes after each failure, at most an hour.</summary>
    public static TimeSpan BackOff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>A director asks for a failed reminder to go again now.</summary>
    public void Retry(DateTime nowUtc)
    {
        if (Status != ReminderStatus.Failed)
            throw new Common.DomainException("Only a failed reminder can be sent again.");
        Status = ReminderStatus.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
    }
}
