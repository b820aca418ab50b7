using System.Text.RegularExpressions;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.TestSupport;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CoachingAcademy.IntegrationTests.Network;

/// <summary>What the seed 001 self-registration and directory tests share: the demo network and its forms.</summary>
internal static partial class NetworkPages
{
    public static Task<int> NetworkIdAsync(this AppFactory app) =>
        app.QueryAsync(db => db.Cohorts.Where(c => c.Kind == ProgramKind.CoachNetwork).Select(c => c.Id).SingleAsync());

    public static Dictionary<string, string> SignUp(string joinAs, string name, string email, string region = "Pacific") =>
        new() { ["JoinAs"] = joinAs, ["FullName"] = name, ["Email"] = email, ["Region"] = region };

    [GeneratedRegex(@"https?://[^\s""<>]+/Join/Confirm\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex ConfirmLink();

    /// <summary>The path and query of the one-time link in a sign-up's email.</summary>
    public static string LinkIn(MimeMessage message) => new Uri(ConfirmLink().Match(message.TextBody ?? "").Value).PathAndQuery;

    public static Task<MimeMessage> SignUpEmailAsync(this MailingApp app, string email) =>
        app.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains(email) && (m.Subject ?? "").StartsWith("Confirm your sign-up"));

    public static Dictionary<string, string> Password(string password) => new() { ["Password"] = password, ["ConfirmPassword"] = password };

    public const string GoodPassword = "lantern orchard velvet compass";
}
