using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Network;

/// <summary>
/// Seed 001: someone who asked to join a coach network as a volunteer coach or a player, and the one-time link emailed to
/// confirm their address. Until they follow it and choose a password there is no person, no login and no enrollment:
/// nobody can sign in as them and no directory lists them. Only the hash of the link's token is stored
/// (<see cref="OneTimeToken"/>); the link works once, for <see cref="ValidHours"/> hours.
/// </summary>
public class NetworkSignUp
{
    public const int ValidHours = 48;
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;

    private NetworkSignUp() { FullName = Email = Region = TokenHash = ""; }

    private NetworkSignUp(int cohortId, EnrollmentRole role, string fullName, string email, string region, string tokenHash, DateTime nowUtc)
    {
        if (!NetworkRegions.IsKnown(region))
            throw new DomainException(NetworkRegions.Refusal(region), nameof(Region));
        CohortId = cohortId;
        Role = role;
        FullName = fullName.Trim();
        Email = email.Trim().ToLowerInvariant();
        Region = region;
        TokenHash = tokenHash;
        CreatedAtUtc = nowUtc;
        ExpiresAtUtc = nowUtc.AddHours(ValidHours);
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public EnrollmentRole Role { get; private set; }
    public string FullName { get; private set; }
    public string Email { get; private set; }
    public string Region { get; private set; }
    /// <summary>SHA-256 of the token, in lower-case hex.</summary>
    public string TokenHash { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    /// <summary>When the link was used; it opens nothing after.</summary>
    public DateTime? UsedAtUtc { get; private set; }

    /// <summary>A new sign-up and the token its email carries (never stored).</summary>
    public static (NetworkSignUp SignUp, string Token) Issue(int cohortId, EnrollmentRole role, string fullName, string email, string region,
        DateTime nowUtc)
    {
        var token = OneTimeToken.New();
        return (new NetworkSignUp(cohortId, role, fullName, email, region, OneTimeToken.Hash(token), nowUtc), token);
    }

    /// <summary>Why the link no longer confirms anything, in words; null when it does.</summary>
    public string? Refusal(DateTime nowUtc) =>
        UsedAtUtc is not null ? "This link has already been used. Each link works once: sign in with your email address and the password you chose."
        : nowUtc >= ExpiresAtUtc ? $"This link has expired (links work for {ValidHours} hours). Sign up again on the network's page to get a new one."
        : null;

    public void Use(DateTime nowUtc) => UsedAtUtc = Refusal(nowUtc) is string refusal ? throw new DomainException(refusal) : nowUtc;
}
