using System.Text.RegularExpressions;
using MimeKit;

namespace CoachingAcademy.TestSupport;

/// <summary>Reads invitation emails as their recipient would: the one-time link to set a password.</summary>
public static partial class Invitations
{
    public const string Subject = "Your CoachingAcademy account: set your password";

    [GeneratedRegex(@"https?://\S+/Account/SetPassword\?\S+")]
    private static partial Regex Link();

    /// <summary>The path and query of the invitation link in a message.</summary>
    public static string LinkIn(MimeMessage message) => new Uri(Link().Match(message.TextBody ?? "").Value).PathAndQuery;

    /// <summary>The fields of the set-password form an invitation link opens, filled in with a password.</summary>
    public static Dictionary<string, string> SetPasswordForm(string link, string password, string confirm)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        return new() { ["UserId"] = query["user"]!, ["Token"] = query["token"]!, ["Password"] = password, ["ConfirmPassword"] = confirm };
    }

    /// <summary>Waits for the newest invitation to <paramref name="email"/> after <paramref name="seen"/> of them had arrived.</summary>
    public static async Task<string> WaitForLinkAsync(SmtpServer smtp, string email, int seen = 0)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var invitations = smtp.Messages().Where(m => m.Subject == Subject && m.To.Mailboxes.Single().Address == email).ToList();
            if (invitations.Count > seen)
                return LinkIn(invitations[^1]);
            Xunit.Assert.True(DateTime.UtcNow < deadline, $"No invitation reached {email}");
            await Task.Delay(100);
        }
    }
}
