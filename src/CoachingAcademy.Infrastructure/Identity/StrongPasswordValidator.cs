using Microsoft.AspNetCore.Identity;
using Zxcvbn.Matcher;

namespace CoachingAcademy.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that are easy to guess, as judged by zxcvbn (common passwords, dictionary words and names,
/// repetitions, sequences, keyboard rows, dates), with words that say why. Length alone let "aaaaaaaaaaaa" through.
/// </summary>
public sealed class StrongPasswordValidator : IPasswordValidator<ApplicationUser>
{
    /// <summary>zxcvbn's scale is 0 to 4; 3 is "safely unguessable: moderate protection from offline slow-hash attacks".</summary>
    public const int MinimumScore = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
            return Task.FromResult(IdentityResult.Success);
        var result = Zxcvbn.Zxcvbn.MatchPassword(password);
        if (result.Score >= MinimumScore)
            return Task.FromResult(IdentityResult.Success);
        return Task.FromResult(IdentityResult.Failed(new IdentityError
        {
            Code = "PasswordTooGuessable",
            Description = $"This password is too easy to guess (it could be found in {result.CrackTimeDisplay}). {Why(result)} " +
                          "Use a few uncommon words, or a longer phrase that only you would think of.",
        }));
    }

    private static string Why(Zxcvbn.Result result)
    {
        var patterns = result.MatchSequence.Select(m => m is DictionaryMatch d ? d.DictionaryName : m.Pattern).ToList();
        return patterns.Contains("passwords") ? "It is, or is built from, one of the most common passwords."
            : patterns.Contains("repeat") ? "Repeated characters such as \"aaaa\" or \"abcabc\" are easy to guess."
            : patterns.Contains("sequence") ? "Sequences such as \"abcd\" or \"6543\" are easy to guess."
            : patterns.Contains("spatial") ? "Rows of neighbouring keys such as \"qwerty\" are easy to guess."
            : patterns.Contains("date") || patterns.Contains("year") ? "Dates and years are easy to guess."
            : patterns.Any(p => p is not ("bruteforce" or "digits")) ? "Common words and names on their own are easy to guess."
            : "It is too short for what it is made of.";
    }
}
