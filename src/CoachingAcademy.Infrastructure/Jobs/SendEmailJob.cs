using CoachingAcademy.Core.Email;
using Hangfire;

namespace CoachingAcademy.Infrastructure.Jobs;

/// <summary>Hangfire adapter: one queued email. Failures are retried with Hangfire's back-off.</summary>
public sealed class SendEmailJob(IEmailSender sender)
{
    [AutomaticRetry(Attempts = 10)]
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) => sender.SendAsync(message, cancellationToken);
}

public sealed class HangfireEmailQueue(IBackgroundJobClient jobs) : IEmailQueue
{
    public void Enqueue(EmailTemplate email)
    {
        var message = email.Render();
        jobs.Enqueue<SendEmailJob>(job => job.SendAsync(message, CancellationToken.None));
    }
}
