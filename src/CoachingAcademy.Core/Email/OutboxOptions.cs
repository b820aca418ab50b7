namespace CoachingAcademy.Core.Email;

/// <summary>How the outbox sends (configuration section <c>Email</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Email";

    /// <summary>Whether this instance sends from the outbox (every instance may; claims keep each email to one).</summary>
    public bool SendFromOutbox { get; set; } = true;

    /// <summary>How often a worker looks for due email when nothing wakes it sooner.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>How long a claim holds; an email claimed by a worker that died is taken over after this.</summary>
    public double LeaseSeconds { get; set; } = 120;

    /// <summary>The pause after a first failure; it doubles with each further one, to at most an hour.</summary>
    public double FirstRetrySeconds { get; set; } = 60;

    /// <summary>How many due emails one claim takes.</summary>
    public int BatchSize { get; set; } = 20;

    public TimeSpan Poll => TimeSpan.FromSeconds(PollSeconds);
    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
    public TimeSpan FirstRetry => TimeSpan.FromSeconds(FirstRetrySeconds);
}
