namespace CoachingAcademy.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "CoachingAcademy <noreply@example.org>";
}

public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>When empty, mail is written as .eml files to the pickup folder instead of sent.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";
    public int TimeoutSeconds { get; set; } = 30;
}
