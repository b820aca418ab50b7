using CoachingAcademy.Core.Surveys;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Surveys;

/// <summary>A survey's name, introduction and how its answers are kept.</summary>
public sealed class TemplateInput
{
    public string? Name { get; set; }
    public string? Introduction { get; set; }
    public bool IsAnonymous { get; set; } = true;
    public TextReaders TextReaders { get; set; }
}

public sealed class TemplateInputValidator : AbstractValidator<TemplateInput>
{
    public TemplateInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the survey, e.g. Session feedback.")
            .MaximumLength(120).WithMessage("A survey's name has at most 120 characters.").SingleLine();
        RuleFor(x => x.Introduction).MaximumLength(1000).WithMessage("An introduction has at most 1,000 characters.");
        RuleFor(x => x.TextReaders).IsInEnum().WithMessage("Choose who reads the written answers.");
    }
}

/// <summary>One question to add: its text, kind, whether it must be answered, and its choices one per line.</summary>
public sealed class QuestionInput
{
    public string? Text { get; set; }
    public QuestionKind Kind { get; set; }
    public bool Required { get; set; } = true;
    public string? Choices { get; set; }
}

public sealed class QuestionInputValidator : AbstractValidator<QuestionInput>
{
    public QuestionInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Write the question.")
            .MaximumLength(300).WithMessage("A question has at most 300 characters.").SingleLine();
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose the kind of question.");
        RuleFor(x => x.Choices).MaximumLength(1100).WithMessage("Choices have at most 1,100 characters in all.");
    }
}

/// <summary>Attaching a survey to one of a cohort's moments.</summary>
public sealed class MomentInput
{
    public int? TemplateId { get; set; }
    public MomentKind Kind { get; set; }
    public int? StepId { get; set; }
    public SurveyAudience Audience { get; set; }
    public int ClosesAfterDays { get; set; } = 14;
}

public sealed class MomentInputValidator : AbstractValidator<MomentInput>
{
    public MomentInputValidator()
    {
        RuleFor(x => x.TemplateId).NotNull().WithMessage("Choose the survey.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose when the survey is asked.");
        RuleFor(x => x.StepId).NotNull().When(x => x.Kind == MomentKind.AfterStep).WithMessage("Choose the step after which the survey is asked.");
        RuleFor(x => x.Audience).IsInEnum().WithMessage("Choose who is asked.");
        RuleFor(x => x.ClosesAfterDays).InclusiveBetween(1, 60).WithMessage("A survey stays open for 1 to 60 days.");
    }
}

/// <summary>The answers to a survey, by question id: a rating, chosen options (their indexes) or a text.</summary>
public sealed class AnswerInput
{
    public Dictionary<int, AnswerField> Answers { get; set; } = [];

    public IReadOnlyDictionary<int, GivenAnswer> ToGiven() => Answers.ToDictionary(a => a.Key,
        a => new GivenAnswer(a.Value.Rating, a.Value.Choices, string.IsNullOrWhiteSpace(a.Value.Text) ? null : a.Value.Text.Trim()));
}

public sealed class AnswerField
{
    public int? Rating { get; set; }
    public List<int> Choices { get; set; } = [];
    public string? Text { get; set; }
}

public sealed class AnswerInputValidator : AbstractValidator<AnswerInput>
{
    public AnswerInputValidator()
    {
        RuleFor(x => x.Answers).Must(a => a.Count <= SurveyTemplate.MaxQuestions).WithMessage("There are more answers than questions.");
        RuleForEach(x => x.Answers).Must(a => a.Value is not null && a.Value.Choices.Count <= SurveyQuestion.MaxChoices && (a.Value.Text?.Length ?? 0) <= SurveyQuestion.LongTextLength)
            .WithMessage("An answer is longer than the question allows.");
    }
}
