using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Web.Infrastructure;
using FluentValidation;

namespace CoachingAcademy.Web.Models.Cohorts;

/// <summary>A cohort's dates as a director enters them; up to <see cref="ClassSessionSlots"/> academy class sessions.</summary>
public sealed class CohortInput
{
    public const int ClassSessionSlots = 8;

    public string? Name { get; set; }
    public string? TimeZoneId { get; set; } = "America/Los_Angeles";
    public DateOnly? GraduationDate { get; set; }
    public DateOnly? DebriefDate { get; set; }
    /// <summary>Chosen when the cohort is created; it prefills the rules and steps, and stays.</summary>
    public ProgramKind? Kind { get; set; } = ProgramKind.Academy;
    public List<DateOnly?> ClassSessions { get; set; } = [];

    public CohortPlan ToPlan() => new(Name!, TimeZoneId!, GraduationDate!.Value, DebriefDate!.Value, ClassSessions.OfType<DateOnly>().ToList());

    public static CohortInput From(CohortDetails cohort) => new()
    {
        Name = cohort.Name, TimeZoneId = cohort.TimeZoneId, GraduationDate = cohort.GraduationDate, DebriefDate = cohort.DebriefDate,
        Kind = cohort.Kind, ClassSessions = cohort.ClassSessions.Select(d => (DateOnly?)d).ToList(),
    };

    /// <summary>The class session inputs the form shows: the dates entered, then empty slots.</summary>
    public IReadOnlyList<DateOnly?> Slots() =>
        ClassSessions.Concat(Enumerable.Repeat<DateOnly?>(null, Math.Max(0, ClassSessionSlots - ClassSessions.Count))).Take(ClassSessionSlots).ToList();

    /// <summary>The IANA zones this machine knows, for the picker.</summary>
    public static IReadOnlyList<string> TimeZones { get; } = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id)
        .Where(id => id.Contains('/') && !id.StartsWith("Etc/", StringComparison.Ordinal)).Append("UTC").Order(StringComparer.Ordinal).ToList();
}

public sealed class CohortInputValidator : AbstractValidator<CohortInput>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1), Latest = new(2100, 12, 31);

    public CohortInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the cohort's name, e.g. Leadership Academy 2027.")
            .MaximumLength(200).WithMessage("A name has at most 200 characters.")
            .SingleLine();
        RuleFor(x => x.TimeZoneId).Must(ProgramTime.IsKnownZone).WithMessage("Choose the cohort's time zone from the list.");
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose the kind of program.").IsInEnum().WithMessage("Choose the kind of program.");
        RuleFor(x => x.GraduationDate).NotNull().WithMessage("Enter the graduation date.")
            .InclusiveBetween(Earliest, Latest).WithMessage("Choose a graduation date between 2000 and 2100.");
        RuleFor(x => x.DebriefDate).NotNull().WithMessage("Enter the date of the coaches' debrief.")
            .InclusiveBetween(Earliest, Latest).WithMessage("Choose a debrief date between 2000 and 2100.")
            .GreaterThanOrEqualTo(x => x.GraduationDate).When(x => x.GraduationDate is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("The debrief comes on or after graduation.");
        RuleFor(x => x.ClassSessions).Must(s => s.Count <= CohortInput.ClassSessionSlots)
            .WithMessage($"At most {CohortInput.ClassSessionSlots} academy class sessions.");
        RuleForEach(x => x.ClassSessions)
            .Must((input, date) => date is null || input.GraduationDate is null
                || (date <= input.GraduationDate && date >= Cohort.OpensOnFor(input.GraduationDate.Value)))
            .WithMessage("A class session falls in the year before graduation, on or before the graduation date.");
    }
}
