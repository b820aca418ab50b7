using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Orientation;

namespace CoachingAcademy.Core.Cohorts;

/// <summary>
/// One class of a coaching program, e.g. "Leadership Academy 2026": its kind, the rules it runs by (prefilled from the
/// kind), and its dated schedule.
/// </summary>
public class Cohort
{
    private readonly List<AcademySession> _classSessions = [];
    private readonly List<Milestone> _milestones = [];
    private readonly List<OrientationSession> _orientationSessions = [];
    private readonly List<Enrollment> _enrollments = [];

    private Cohort() { Name = TimeZoneId = ""; Rules = CohortRules.For(ProgramKind.Academy); }

    public Cohort(string name, string timeZoneId, DateOnly graduationDate, DateOnly debriefDate, ProgramKind kind = ProgramKind.Academy)
    {
        Name = TimeZoneId = "";
        Kind = kind;
        Rules = CohortRules.For(kind);
        Update(name, timeZoneId, graduationDate, debriefDate);
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    /// <summary>IANA time zone id; every time of the cohort is shown in it.</summary>
    public string TimeZoneId { get; private set; }
    public DateOnly GraduationDate { get; private set; }
    public DateOnly DebriefDate { get; private set; }
    public ProgramKind Kind { get; private set; }
    public CohortRules Rules { get; private set; }
    public bool IsArchived { get; private set; }
    /// <summary>Who signs the cohort's certificates of completion (seed 004: the program's official), and their title.</summary>
    public string? CertificateSignerName { get; private set; }
    public string? CertificateSignerTitle { get; private set; }

    public const int MaxSignerLength = 200;

    /// <summary>Names the official whose name and title the certificates carry.</summary>
    public void NameCertificateSigner(string? name, string? title)
    {
        CertificateSignerName = Engagements.EngagementChallenge.Checked(name, MaxSignerLength, "Write the signing official's name.", "Name");
        CertificateSignerTitle = Engagements.EngagementChallenge.Checked(title, MaxSignerLength, "Write the signing official's title.", "Title");
    }

    /// <summary>Seed 004's Branch Deputy (or their designee): the guest a peer team invites to at least one meeting and to the last.</summary>
    public string? GuestName { get; private set; }
    public string? GuestTitle { get; private set; }
    public string? GuestEmail { get; private set; }

    public const int MaxGuestEmailLength = 254;

    /// <summary>Names the meetings' guest; the caller checked the email's form.</summary>
    public void NameMeetingGuest(string? name, string? title, string? email)
    {
        GuestName = Engagements.EngagementChallenge.Checked(name, MaxSignerLength, "Write the guest's name.", "Name");
        GuestTitle = Engagements.EngagementChallenge.Checked(title, MaxSignerLength, "Write the guest's title.", "Title");
        GuestEmail = Engagements.EngagementChallenge.Checked(email, MaxGuestEmailLength, "Write the guest's email address.", "Email").ToLowerInvariant();
    }

    public IReadOnlyCollection<AcademySession> ClassSessions => _classSessions;
    public IReadOnlyCollection<Milestone> Milestones => _milestones;
    public IReadOnlyCollection<OrientationSession> OrientationSessions => _orientationSessions;
    public IReadOnlyCollection<Enrollment> Enrollments => _enrollments;

    /// <summary>Coaching starts after the class session the rules name (seed 000: the second); null without that rule or session.</summary>
    public DateOnly? CoachingStartsAfter => StartsAfter(Rules, _classSessions.Select(s => s.Date));

    /// <summary>The day coaching may start after, from the rules and the class session dates; null when it may start at once.</summary>
    public static DateOnly? StartsAfter(CohortRules rules, IEnumerable<DateOnly> classSessionDates) =>
        rules.StartsAfterClassSession is int n && classSessionDates.Order().Skip(n - 1).FirstOrDefault() is var date && date != default
            ? date : null;

    /// <summary>The dates a cohort's schedule may use: from a year before graduation to the debrief.</summary>
    public DateOnly OpensOn => OpensOnFor(GraduationDate);

    public static DateOnly OpensOnFor(DateOnly graduationDate) => graduationDate.AddYears(-1);

    public bool IsInside(DateOnly date) => date >= OpensOn && date <= DebriefDate;

    public void Update(string name, string timeZoneId, DateOnly graduationDate, DateOnly debriefDate)
    {
        RequireOpen();
        if (!ProgramTime.IsKnownZone(timeZoneId))
            throw new DomainException($"'{timeZoneId}' is not a known time zone.", nameof(TimeZoneId));
        if (debriefDate < graduationDate)
            throw new DomainException("The debrief comes on or after graduation.", nameof(DebriefDate));
        Name = name.Trim();
        TimeZoneId = timeZoneId;
        GraduationDate = graduationDate;
        DebriefDate = debriefDate;
    }

    /// <summary>Adjusts the cohort's rules; they apply from the next check on (matches already active stay).</summary>
    public void ChangeRules(CohortRules rules)
    {
        RequireOpen();
        rules.Validate();
        Rules = rules;
    }

    public AcademySession AddClassSession(string title, DateOnly date)
    {
        var session = new AcademySession(title, date);
        _classSessions.Add(session);
        return session;
    }

    /// <summary>Sets the academy class sessions to these dates, numbered in date order ("Academy session 1", ...).</summary>
    public void SetClassSessions(IEnumerable<DateOnly> dates)
    {
        RequireOpen();
        var ordered = dates.Distinct().Order().ToList();
        foreach (var outside in ordered.Where(d => !IsInside(d) || d > GraduationDate).Take(1))
            throw new DomainException($"Academy class sessions fall between {OpensOn:d MMM yyyy} and graduation ({GraduationDate:d MMM yyyy}); {outside:d MMM yyyy} does not.", nameof(ClassSessions));
        var existing = _classSessions.OrderBy(s => s.Date).ThenBy(s => s.Id).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i < existing.Count)
                existing[i].Reschedule($"Academy session {i + 1}", ordered[i]);
            else
                _classSessions.Add(new AcademySession($"Academy session {i + 1}", ordered[i]));
        }
        foreach (var extra in existing.Skip(ordered.Count))
            _classSessions.Remove(extra);
    }

    /// <summary>
    /// The kind's steps as milestones. Seed 000's four conversations are spread over the program: three between the
    /// start of coaching (the class session the rules name, or the first, or today) and graduation, and the
    /// post-graduation one halfway to the debrief. Other kinds' steps fall their number of days after that start, and
    /// never after the cohort's last day.
    /// </summary>
    public void AddKindSteps(DateOnly today)
    {
        var steps = ProgramSteps.For(Kind);
        var start = CoachingStartsAfter ?? _classSessions.Select(s => (DateOnly?)s.Date).Min() ?? today;
        if (start >= GraduationDate)
            start = GraduationDate.AddDays(-90);
        if (start < OpensOn)
            start = OpensOn;
        if (Rules.StepDates == StepDates.FromEngagementStart)
        {
            var added = new List<Milestone>();
            foreach (var step in steps)
                added.Add(AddMilestone(step.Name, step.Description, StepDue.AfterStart(step.DaysFromStart), step.Kind,
                    step.AfterStepIndex is int index ? added[index] : null));
            return;
        }
        if (Kind == ProgramKind.PeerCircle)
        {
            // One meeting a month, each on the third Wednesday (seed 004), in the order of the topics.
            foreach (var (step, day) in steps.Zip(PeerCalendar.MonthlyMeetings(start, steps.Count)))
                AddMilestone(step.Name, step.Description, day, step.Kind);
            return;
        }
        if (Kind != ProgramKind.Academy)
        {
            foreach (var step in steps)
                AddMilestone(step.Name, step.Description, Min(start.AddDays(step.DaysFromStart), DebriefDate), step.Kind);
            return;
        }
        var span = GraduationDate.DayNumber - start.DayNumber;
        var afterGraduation = Math.Max(7, (DebriefDate.DayNumber - GraduationDate.DayNumber) / 2);
        DateOnly[] dues =
        [
            start.AddDays(span / 4), start.AddDays(span / 2), start.AddDays(span * 9 / 10),
            GraduationDate.AddDays(Math.Min(afterGraduation, Math.Max(0, DebriefDate.DayNumber - GraduationDate.DayNumber))),
        ];
        for (var i = 0; i < steps.Count; i++)
            AddMilestone(steps[i].Name, steps[i].Description, dues[i], steps[i].Kind);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Adds a step at the end of the schedule; <paramref name="after"/>: the step of this cohort its days count from
    /// (or the one <see cref="StepDue.AfterStepId"/> names).</summary>
    public Milestone AddMilestone(string name, string description, StepDue due, StepKind kind = StepKind.Conversation, Milestone? after = null)
    {
        RequireOpen();
        after = RequireValid(due, after);
        var milestone = new Milestone(name, description, kind, due, after, _milestones.Count == 0 ? 1 : _milestones.Max(m => m.Order) + 1);
        _milestones.Add(milestone);
        return milestone;
    }

    public void UpdateMilestone(Milestone milestone, string name, string description, StepDue due, StepKind kind = StepKind.Conversation,
        Milestone? after = null)
    {
        RequireOpen();
        after = RequireValid(due, after);
        for (var step = after; step is not null; step = step.AfterStep)
            if (ReferenceEquals(step, milestone))
                throw new DomainException("A step cannot count from itself, or from a step that counts from it.", nameof(Milestone.AfterStepId));
        Own(milestone).Update(name, description, kind, due, after);
    }

    /// <summary>Checks a due rule and returns the step of this cohort its days count from, if any.</summary>
    private Milestone? RequireValid(StepDue due, Milestone? after)
    {
        if (due.On is DateOnly on)
            RequireInside(on, "A milestone's due date", nameof(Milestone.DueDate));
        else if (due.DaysAfterStart is not (>= 0 and <= StepDue.MaxDaysAfterStart))
            throw new DomainException($"A step is due between 0 and {StepDue.MaxDaysAfterStart} days after the engagement starts.", nameof(Milestone.DaysAfterStart));
        after ??= due.AfterStepId is int id ? _milestones.FirstOrDefault(m => m.Id == id) ?? NotAStepOfThisCohort() : null;
        return after is not null && !_milestones.Contains(after) ? NotAStepOfThisCohort() : after;
    }

    private static Milestone NotAStepOfThisCohort() =>
        throw new DomainException("Count the days from a step of this cohort.", nameof(Milestone.AfterStepId));

    /// <summary>Moves a milestone one place earlier (-1) or later (+1) in the schedule; the others close up.</summary>
    public void MoveMilestone(Milestone milestone, int by)
    {
        RequireOpen();
        var ordered = _milestones.OrderBy(m => m.Order).ToList();
        var index = ordered.IndexOf(Own(milestone));
        var target = Math.Clamp(index + Math.Sign(by), 0, ordered.Count - 1);
        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
            ordered[i].MoveTo(i + 1);
    }

    public void RemoveMilestone(Milestone milestone)
    {
        RequireOpen();
        if (_milestones.FirstOrDefault(m => ReferenceEquals(m.AfterStep, milestone) || (milestone.Id != 0 && m.AfterStepId == milestone.Id)) is { } dependent)
            throw new DomainException($"{dependent.Name} is counted from this step; change it first.");
        _milestones.Remove(Own(milestone));
        var order = 1;
        foreach (var remaining in _milestones.OrderBy(m => m.Order))
            remaining.MoveTo(order++);
    }

    private Milestone Own(Milestone milestone) => _milestones.Contains(milestone) ? milestone : throw new NotFoundException();

    private void RequireInside(DateOnly date, string what, string field)
    {
        if (!IsInside(date))
            throw new DomainException($"{what} must fall inside the cohort, between {OpensOn:d MMM yyyy} and the debrief ({DebriefDate:d MMM yyyy}).", field);
    }

    public OrientationSession AddOrientationSession(DateTime startsAtUtc, DateTime endsAtUtc, string location, int capacity,
        OrientationAudience audience = OrientationAudience.Coaches)
    {
        RequireOpen();
        RequireInside(ProgramTime.DayOf(startsAtUtc, TimeZoneId), "An orientation session", "Date");
        var session = new OrientationSession(startsAtUtc, endsAtUtc, location, capacity, audience);
        _orientationSessions.Add(session);
        return session;
    }

    /// <summary>Moves one of the cohort's orientation sessions, or changes its place or seats (see <see cref="OrientationSession.Change"/>).</summary>
    public OrientationChange ChangeOrientationSession(OrientationSession session, DateTime startsAtUtc, DateTime endsAtUtc, string location,
        int capacity, DateTime nowUtc)
    {
        RequireOpen();
        if (!_orientationSessions.Contains(session))
            throw new NotFoundException();
        if (!session.HasStarted(nowUtc))
            RequireInside(ProgramTime.DayOf(startsAtUtc, TimeZoneId), "An orientation session", "Date");
        return session.Change(startsAtUtc, endsAtUtc, location, capacity, nowUtc);
    }

    public Enrollment Enroll(People.Person person, EnrollmentRole role, DateTime nowUtc)
    {
        RequireOpen();
        // One role per person in a cohort: nobody coaches the class they take part in.
        if (_enrollments.FirstOrDefault(e => ReferenceEquals(e.Person, person) || (person.Id != 0 && e.PersonId == person.Id)) is { } existing)
            throw new DomainException($"{person.FullName} is already enrolled as a {existing.Role.ToString().ToLowerInvariant()}.");
        if (role == EnrollmentRole.Coach && Rules.CoachesAtSeniorLevels && !People.PositionLevels.MayCoach(person.PositionLevel))
            throw new DomainException($"{person.FullName} is not at a coaching level (Chief Executive, Assistant Manager, Department Head or Senior Manager).");
        var enrollment = new Enrollment(person, role, nowUtc);
        _enrollments.Add(enrollment);
        return enrollment;
    }

    /// <summary>Takes someone out of the cohort (enrolled by mistake, or leaving before anything started).</summary>
    public void Withdraw(Enrollment enrollment)
    {
        RequireOpen();
        if (!_enrollments.Remove(enrollment))
            throw new NotFoundException();
    }

    /// <summary>Only a session nobody has registered for may be removed; the others have seats to honour.</summary>
    public void RemoveOrientationSession(OrientationSession session)
    {
        RequireOpen();
        if (!_orientationSessions.Contains(session))
            throw new NotFoundException();
        if (session.Registrations.Count > 0)
            throw new DomainException(session.Registrations.Count == 1
                ? "1 person registered for this session; it cannot be removed."
                : $"{session.Registrations.Count} people registered for this session; it cannot be removed.");
        _orientationSessions.Remove(session);
    }

    /// <summary>An archived cohort keeps its records as they are: reopen it to change them.</summary>
    public void RequireOpen()
    {
        if (IsArchived)
            throw new DomainException($"{Name} is archived; reopen it to change it.");
    }

    public void Archive() => IsArchived = true;

    public void Reopen() => IsArchived = false;
}
