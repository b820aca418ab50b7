using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Surveys;

/// <summary>When a cohort's survey is asked.</summary>
public enum MomentKind
{
    /// <summary>After each session logged as held, of the engagement's members who attended it.</summary>
    AfterEachSession = 0,

    /// <summary>When an engagement's step is met (its first session held), of the engagement's members.</summary>
    AfterStep = 1,

    /// <summary>When an engagement ends, of its members.</summary>
    EngagementEnd = 2,

    /// <summary>On the cohort's graduation day, of everyone enrolled in the audience.</summary>
    CohortEnd = 3,

    /// <summary>Once, when a director sends it, of everyone enrolled in the audience (the coaches' debrief).</summary>
    Once = 4,
}

/// <summary>Who is asked: the coached (participants, leaders, clients, peers), the coaches, or both.</summary>
public enum SurveyAudience
{
    Participants = 0,
    Coaches = 1,
    Everyone = 2,
}

/// <summary>
/// A survey attached to one of a cohort's moments. It asks about what happens after it was attached, never about the past,
/// and each request closes <see cref="ClosesAfterDays"/> days after it was made. A director may close it: nobody is asked any
/// more and open requests close.
/// </summary>
public class SurveyMoment
{
    private SurveyMoment() { }

    public SurveyMoment(int cohortId, SurveyTemplate template, MomentKind kind, int? stepId, SurveyAudience audience, int closesAfterDays, DateTime nowUtc)
    {
        if (kind == MomentKind.AfterStep && stepId is null)
            throw new DomainException("Choose the step after which the survey is asked.", "StepId");
        if (closesAfterDays is < 1 or > 60)
            throw new DomainException("A survey stays open for 1 to 60 days.", nameof(ClosesAfterDays));
        template.MarkInUse();
        CohortId = cohortId;
        Template = template;
        TemplateId = template.Id;
        Kind = kind;
        StepId = kind == MomentKind.AfterStep ? stepId : null;
        Audience = audience;
        ClosesAfterDays = closesAfterDays;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int TemplateId { get; private set; }
    public SurveyTemplate Template { get; private set; } = null!;
    public MomentKind Kind { get; private set; }
    public int? StepId { get; private set; }
    public SurveyAudience Audience { get; private set; }
    public int ClosesAfterDays { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>When a survey of the <see cref="MomentKind.Once"/> kind was sent.</summary>
    public DateTime? SentAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }

    public bool IsClosed => ClosedAtUtc is not null;

    public void MarkSent(DateTime nowUtc)
    {
        if (Kind != MomentKind.Once)
            throw new DomainException("This survey is asked at its moment, not by hand.");
        if (SentAtUtc is not null)
            throw new DomainException("This survey was already sent.");
        if (IsClosed)
            throw new DomainException("This survey is closed.");
        SentAtUtc = nowUtc;
    }

    public void Close(DateTime nowUtc) => ClosedAtUtc ??= nowUtc;
}

/// <summary>
/// One person asked to answer one moment's survey about one thing (a session, an engagement, the cohort). Unique per
/// moment, person and subject, so that no scan or double click asks twice.
/// </summary>
public class SurveyRequest
{
    private SurveyRequest() => About = "";

    public SurveyRequest(int momentId, int closesAfterDays, int personId, string about, int? matchId, int? sessionId, DateTime nowUtc)
    {
        MomentId = momentId;
        PersonId = personId;
        About = about;
        MatchId = matchId;
        SessionId = sessionId;
        AskedAtUtc = nowUtc;
        ClosesAtUtc = nowUtc.AddDays(closesAfterDays);
    }

    public int Id { get; private set; }
    public int MomentId { get; private set; }
    public SurveyMoment Moment { get; private set; } = null!;
    public int PersonId { get; private set; }
    /// <summary>What is asked about: "session:12", "match:3", "cohort" or "once".</summary>
    public string About { get; private set; }
    public int? MatchId { get; private set; }
    public int? SessionId { get; private set; }
    public DateTime AskedAtUtc { get; private set; }
    public DateTime ClosesAtUtc { get; private set; }
    /// <summary>For an anonymous survey only the day, so that the time of an answer cannot be matched to the time of a request.</summary>
    public DateTime? AnsweredAtUtc { get; private set; }
}

/// <summary>
/// One set of answers. An anonymous survey's response holds the moment and the month only: no person, no request, no
/// session, no time of day. A named one holds its request, so its written answers reach whom the survey says.
/// </summary>
public class SurveyResponse
{
    private readonly List<SurveyAnswer> _answers = [];

    private SurveyResponse() { }

    public SurveyResponse(int momentId, bool anonymous, int requestId, DateOnly month)
    {
        MomentId = momentId;
        RequestId = anonymous ? null : requestId;
        Month = new DateOnly(month.Year, month.Month, 1);
    }

    public int Id { get; private set; }
    public int MomentId { get; private set; }
    public int? RequestId { get; private set; }
    /// <summary>The first day of the month the answer was given, in the cohort's zone.</summary>
    public DateOnly Month { get; private set; }
    public IReadOnlyCollection<SurveyAnswer> Answers => _answers;

    public void Add(SurveyQuestion question, GivenAnswer answer)
    {
        if (!answer.IsEmpty)
            _answers.Add(new SurveyAnswer(question.Id, answer.Rating, answer.Choices.Count == 0 ? null : string.Join(',', answer.Choices.Order()),
                question.IsText ? answer.Text?.Trim() : null));
    }
}

public class SurveyAnswer
{
    private SurveyAnswer() { }

    internal SurveyAnswer(int questionId, int? rating, string? choices, string? text)
    {
        QuestionId = questionId;
        Rating = rating;
        Choices = choices;
        Text = text;
    }

    public int Id { get; private set; }
    public int ResponseId { get; private set; }
    public int QuestionId { get; private set; }
    public int? Rating { get; private set; }
    /// <summary>The chosen options' indexes, comma separated.</summary>
    public string? Choices { get; private set; }
    public string? Text { get; private set; }

    public IEnumerable<int> ChoiceIndexes => IndexesOf(Choices);

    /// <summary>The chosen options' indexes of a stored <see cref="Choices"/> value (what counts in SQL groups by it).</summary>
    public static IEnumerable<int> IndexesOf(string? choices) => (choices ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);
}
