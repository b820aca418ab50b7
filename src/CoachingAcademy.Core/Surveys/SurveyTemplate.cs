using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Surveys;

public enum QuestionKind
{
    Rating = 0,
    SingleChoice = 1,
    MultipleChoice = 2,
    ShortText = 3,
    LongText = 4,
}

/// <summary>Who reads the written answers of a survey that is not anonymous.</summary>
public enum TextReaders
{
    /// <summary>The program's directors, on the survey's results.</summary>
    Directors = 0,

    /// <summary>The coach of the engagement the answer is about, and nobody else (seed 002: the client's input on a session).</summary>
    Coach = 1,
}

/// <summary>
/// A survey a director builds once and attaches to cohorts' moments. An anonymous survey has no written answers (they would
/// be read by nobody) and its answers keep no link to the person who gave them; a survey's questions are fixed once anyone
/// has been asked, so that every answer counts against the questions it was given.
/// </summary>
public class SurveyTemplate
{
    public const int MaxQuestions = 20;
    private readonly List<SurveyQuestion> _questions = [];

    private SurveyTemplate() => Name = Introduction = "";

    public SurveyTemplate(string name, string introduction, bool isAnonymous, TextReaders textReaders, DateTime nowUtc)
    {
        Name = Introduction = "";
        Update(name, introduction, isAnonymous, textReaders);
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public string Introduction { get; private set; }
    public bool IsAnonymous { get; private set; }
    public TextReaders TextReaders { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>Set when the survey is first attached to a cohort; from then on its questions do not change.</summary>
    public bool IsInUse { get; private set; }
    public IReadOnlyCollection<SurveyQuestion> Questions => _questions;

    public IEnumerable<SurveyQuestion> InOrder => _questions.OrderBy(q => q.Position).ThenBy(q => q.Id);

    public void Update(string name, string introduction, bool isAnonymous, TextReaders textReaders)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("Give the survey a name.", nameof(Name));
        // Whoever was asked was told how their answers are kept and who reads them: that stays as it was promised.
        if (isAnonymous != IsAnonymous || textReaders != TextReaders)
            RequireNotInUse();
        if (isAnonymous && _questions.Any(q => q.IsText))
            throw new DomainException("An anonymous survey cannot have written answers, which nobody would read: remove its text questions first.",
                "IsAnonymous");
        Name = name.Trim();
        Introduction = introduction.Trim();
        IsAnonymous = isAnonymous;
        TextReaders = textReaders;
    }

    public SurveyQuestion AddQuestion(string text, QuestionKind kind, bool required, IEnumerable<string> choices)
    {
        RequireNotInUse();
        if (_questions.Count >= MaxQuestions)
            throw new DomainException($"A survey has at most {MaxQuestions} questions.");
        if (IsAnonymous && kind is QuestionKind.ShortText or QuestionKind.LongText)
            throw new DomainException("An anonymous survey asks for ratings and choices only: nobody would read a written answer.", "Kind");
        var question = new SurveyQuestion(text, kind, required, choices, _questions.Count == 0 ? 1 : _questions.Max(q => q.Position) + 1);
        _questions.Add(question);
        return question;
    }

    public void RemoveQuestion(SurveyQuestion question)
    {
        RequireNotInUse();
        _questions.Remove(question);
    }

    public void MarkInUse()
    {
        if (_questions.Count == 0)
            throw new DomainException($"\"{Name}\" has no questions yet: add some before attaching it.", "TemplateId");
        IsInUse = true;
    }

    private void RequireNotInUse()
    {
        if (IsInUse)
            throw new DomainException($"\"{Name}\" is attached to a cohort, so its questions, its anonymity and who reads its answers stay as people are asked them. Make a copy to change them.");
    }

    /// <summary>A new survey with the same questions, not yet sent, to change.</summary>
    public SurveyTemplate Copy(DateTime nowUtc)
    {
        var copy = new SurveyTemplate($"{Name} (copy)"[..Math.Min(Name.Length + 7, 120)], Introduction, IsAnonymous, TextReaders, nowUtc);
        foreach (var q in InOrder)
            copy.AddQuestion(q.Text, q.Kind, q.Required, q.Options);
        return copy;
    }

    /// <summary>
    /// Checks a set of answers against the questions: each problem is the question's id and a message. Unknown questions
    /// are ignored; every required question needs an answer; ratings are 1 to 5; choices are among the question's options.
    /// </summary>
    public IReadOnlyList<(int QuestionId, string Message)> Check(IReadOnlyDictionary<int, GivenAnswer> answers)
    {
        var problems = new List<(int, string)>();
        foreach (var q in InOrder)
        {
            var answer = answers.GetValueOrDefault(q.Id) ?? GivenAnswer.None;
            if (q.Problem(answer) is { } problem)
                problems.Add((q.Id, problem));
        }
        return problems;
    }
}

/// <summary>One question. Choices are kept one per line.</summary>
public class SurveyQuestion
{
    public const int MaxChoices = 10, ShortTextLength = 200, LongTextLength = 2000;

    private SurveyQuestion() => Text = Choices = "";

    internal SurveyQuestion(string text, QuestionKind kind, bool required, IEnumerable<string> choices, int position)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException("Write the question.", nameof(Text));
        if (text.Trim().Length > 300)
            throw new DomainException("A question has at most 300 characters.", nameof(Text));
        var options = choices.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var choosing = kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;
        if (choosing && options.Count is < 2 or > MaxChoices)
            throw new DomainException($"A choice question needs 2 to {MaxChoices} different choices, one per line.", "Choices");
        if (options.Any(o => o.Length > 100))
            throw new DomainException("A choice has at most 100 characters.", "Choices");
        Text = text.Trim();
        Kind = kind;
        Required = required;
        Choices = choosing ? string.Join('\n', options) : "";
        Position = position;
    }

    public int Id { get; private set; }
    public int TemplateId { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; }
    public QuestionKind Kind { get; private set; }
    public bool Required { get; private set; }
    public string Choices { get; private set; }

    public IReadOnlyList<string> Options => Choices.Length == 0 ? [] : Choices.Split('\n');
    public bool IsText => Kind is QuestionKind.ShortText or QuestionKind.LongText;

    /// <summary>An answer to this question in words: "4 of 5", the chosen options, or the text written.</summary>
    public string Describe(SurveyAnswer? answer) => answer is null ? "(no answer)"
        : answer.Rating is int rating ? $"{rating} of 5"
        : answer.Text ?? Words.List(answer.ChoiceIndexes.Select(i => Options.ElementAtOrDefault(i) ?? ""));

    internal string? Problem(GivenAnswer answer)
    {
        if (answer.IsEmpty)
            return Required ? "Answer this question." : null;
        return Kind switch
        {
            QuestionKind.Rating when answer.Rating is not (>= 1 and <= 5) => "Choose a rating from 1 to 5.",
            QuestionKind.SingleChoice when answer.Choices.Count != 1 || !answer.Choices.All(InRange) => "Choose one of the choices.",
            QuestionKind.MultipleChoice when answer.Choices.Count == 0 || !answer.Choices.All(InRange) || answer.Choices.Distinct().Count() != answer.Choices.Count
                => "Choose among the choices shown.",
            QuestionKind.ShortText when answer.Text!.Length > ShortTextLength => $"Keep the answer to {ShortTextLength} characters.",
            QuestionKind.LongText when answer.Text!.Length > LongTextLength => $"Keep the answer to {LongTextLength} characters.",
            _ when answer.Text is not null && !IsText => "This question takes no written answer.",
            _ => null,
        };

        bool InRange(int index) => index >= 0 && index < Options.Count;
    }
}

/// <summary>What someone gave for one question: a rating, the indexes of the chosen options, or a text.</summary>
public sealed record GivenAnswer(int? Rating, IReadOnlyList<int> Choices, string? Text)
{
    public static readonly GivenAnswer None = new(null, [], null);

    public bool IsEmpty => Rating is null && Choices.Count == 0 && string.IsNullOrWhiteSpace(Text);
}
