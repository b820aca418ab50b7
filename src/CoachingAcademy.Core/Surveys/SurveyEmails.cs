using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Surveys;

/// <summary>How a survey's answers are kept, in the words its emails and its page use.</summary>
public static class SurveyPrivacy
{
    public static string Describe(bool anonymous, TextReaders readers) => anonymous
        ? "Your answers are anonymous: they are kept without your name and shown to the program's directors only as totals of at least three answers."
        : readers == TextReaders.Coach
            ? "Your written answers go to your coach alone; the program's directors see only totals of ratings and choices."
            : "Your answers are kept with your name and read by the program's directors.";
}

/// <summary>Someone is asked for a survey's answers: what about, until when, and how the answers are kept.</summary>
public sealed class SurveyRequestedEmail(string email, string name, string cohortName, string surveyName, string about, string closesOn,
    string privacy, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [email];
    protected override string Subject => $"{surveyName}: your view, please";

    protected override string Text() => $"""
        Dear {name},

        {cohortName} asks for your view{about}: "{surveyName}". It takes a few minutes and is open until {closesOn}.
        {privacy}

        Answer here: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(name)},</p>
        <p>{H(cohortName)} asks for your view{H(about)}: &ldquo;{H(surveyName)}&rdquo;. It takes a few minutes and is open until {H(closesOn)}.</p>
        <p>{H(privacy)}</p>
        <p><a href="{H(link)}">Answer the survey</a></p>
        """;
}

/// <summary>A survey is still unanswered and closes soon.</summary>
public sealed class SurveyReminderEmail(string email, string name, string cohortName, string surveyName, string closesOn, string link) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => [email];
    protected override string Subject => $"Reminder: {surveyName} closes on {closesOn}";

    protected override string Text() => $"""
        Dear {name},

        {cohortName}'s survey "{surveyName}" is still waiting for your answers and closes on {closesOn}.

        Answer here: {link}
        """;

    protected override string HtmlContent() => $"""
        <p>Dear {H(name)},</p>
        <p>{H(cohortName)}'s survey &ldquo;{H(surveyName)}&rdquo; is still waiting for your answers and closes on {H(closesOn)}.</p>
        <p><a href="{H(link)}">Answer the survey</a></p>
        """;
}
