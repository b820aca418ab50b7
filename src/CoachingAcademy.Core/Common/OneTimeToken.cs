using System.Security.Cryptography;
using System.Text;

namespace CoachingAcademy.Core.Common;

/// <summary>
/// The one way the app makes an emailed one-time link's token and stores it: 32 random bytes in base64url, sent by email
/// and never stored; the database keeps its SHA-256 in lower-case hex and finds the link by that hash.
/// </summary>
public static class OneTimeToken
{
    public const int HashLength = 64;

    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
