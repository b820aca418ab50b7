using System.Security.Cryptography;

namespace CoachingAcademy.Core.Sessions;

/// <summary>A person's secret calendar subscription address. Revoking it makes the address answer nothing.</summary>
public class CalendarFeed
{
    private CalendarFeed() { Token = ""; }

    public CalendarFeed(int personId, DateTime nowUtc)
    {
        PersonId = personId;
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int PersonId { get; private set; }
    public string Token { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }

    public bool IsActive => RevokedAtUtc is null;

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;
}
