namespace CoachingAcademy.Core.Cohorts;

/// <summary>The five kinds of coaching program the app runs (docs: programs.md); a kind prefills a cohort's rules.</summary>
public enum ProgramKind
{
    /// <summary>Seed 000: the leadership academy's one-to-one coaching.</summary>
    Academy = 0,
    /// <summary>Seed 001: players choose volunteer coaches.</summary>
    CoachNetwork = 1,
    /// <summary>Seed 002: a coach and a client, the client's organisation a party.</summary>
    ManagementCoaching = 2,
    /// <summary>Seed 003: coach and leader with one or more sponsors, in eight steps.</summary>
    ExecutiveCoaching = 3,
    /// <summary>Seed 004: teams of three or four peers, no coach.</summary>
    PeerCircle = 4,
}

public static class ProgramKinds
{
    public static IReadOnlyList<ProgramKind> All { get; } = Enum.GetValues<ProgramKind>();

    public static string DisplayName(this ProgramKind kind) => kind switch
    {
        ProgramKind.Academy => "Academy one-to-one",
        ProgramKind.CoachNetwork => "Coach network",
        ProgramKind.ManagementCoaching => "Management coaching",
        ProgramKind.ExecutiveCoaching => "Executive coaching",
        ProgramKind.PeerCircle => "Peer coaching circle",
        _ => kind.ToString(),
    };

    /// <summary>The kind in one sentence, for the picker.</summary>
    public static string Describe(this ProgramKind kind) => kind switch
    {
        ProgramKind.Academy => "A coach and a participant of the academy class, proposed by a coordinator or asked for by the participant, approved by a director; four milestone conversations, graduation and a coaches' debrief.",
        ProgramKind.CoachNetwork => "Players choose a volunteer coach, who accepts; the pair run the relationship themselves, with no director step.",
        ProgramKind.ManagementCoaching => "A coach and a client sent by an organisation, which approves further sessions in writing after the third.",
        ProgramKind.ExecutiveCoaching => "A coach and a senior leader with one or more sponsors, in eight steps from defining the context to the end-of-program review.",
        ProgramKind.PeerCircle => "Teams of three or four peers, no coach, after an application approved by supervisor and division director; eight monthly meetings.",
        _ => "",
    };
}

/// <summary>Who meets in one engagement.</summary>
public enum EngagementShape
{
    /// <summary>One coach and one participant.</summary>
    OneToOne = 0,
    /// <summary>A coach and a leader, with one or more sponsors.</summary>
    WithSponsors = 1,
    /// <summary>A team of equal peers, no coach.</summary>
    PeerTeam = 2,
}

/// <summary>How the due dates of a cohort's steps are set.</summary>
public enum StepDates
{
    /// <summary>The same calendar date for everyone in the cohort.</summary>
    Fixed = 0,
    /// <summary>A number of days after each engagement starts.</summary>
    FromEngagementStart = 1,
}

/// <summary>
/// The rules a cohort runs by, prefilled from its <see cref="ProgramKind"/> (<see cref="For"/>) and adjustable by a
/// director. Every check of the services reads these, not constants: who may coach, how a match forms, how long a
/// session is and how much notice a change needs.
/// </summary>
public sealed record CohortRules
{
    public EngagementShape Shape { get; init; }
    /// <summary>Members of a peer team: at least and at most (seed 004: 3 to 4).</summary>
    public int TeamSizeMin { get; init; } = 2;
    public int TeamSizeMax { get; init; } = 2;

    /// <summary>Coaches hold one of the four senior position levels (seed 000).</summary>
    public bool CoachesAtSeniorLevels { get; init; }
    /// <summary>A coach may come from another agency than the participant's.</summary>
    public bool CrossAgency { get; init; }
    /// <summary>Nobody is coached by someone above or below them in their chain of command.</summary>
    public bool ExcludeChainOfCommand { get; init; }
    /// <summary>A coach registers for orientation before being proposed and attends it before being approved.</summary>
    public bool OrientationRequired { get; init; }

    /// <summary>Participants may ask a coach of the cohort themselves.</summary>
    public bool ParticipantsMayAsk { get; init; }
    /// <summary>Agency coordinators may propose matches for their agency's participants.</summary>
    public bool CoordinatorsMayPropose { get; init; }
    /// <summary>A participant's request waits for the coach to accept it.</summary>
    public bool CoachAccepts { get; init; }
    /// <summary>Seed 001: an accepted connection starts with an exploratory call; the relationship begins once both go on after it.</summary>
    public bool ExploratoryCall { get; init; }
    /// <summary>A director approves every match before it starts; without it an eligible match starts at once.</summary>
    public bool DirectorApproves { get; init; }
    /// <summary>The client's organisation approves the plan in writing (seed 002).</summary>
    public bool OrganisationApproves { get; init; }
    /// <summary>Each engagement names a sponsor who reviews and commits (seed 003).</summary>
    public bool SponsorNamed { get; init; }
    /// <summary>People apply, and their supervisor and division director approve, before they take part (seed 004).</summary>
    public bool ApplicationRequired { get; init; }

    public StepDates StepDates { get; init; }
    /// <summary>A session's usual length in minutes.</summary>
    public int SessionMinutes { get; init; } = 60;
    /// <summary>The least number of sessions held for a match to count as complete.</summary>
    public int MinimumSessions { get; init; }
    /// <summary>The number of sessions planned, where the kind plans one; null when it is agreed per engagement.</summary>
    public int? PlannedSessions { get; init; }
    /// <summary>Hours' notice a change to a session needs; a later change needs a reason and is flagged. 0: no notice rule.</summary>
    public int NoticeHours { get; init; }
    /// <summary>The pair meet at least this often (program.md: about once a month): an ongoing engagement with no session
    /// held for more days than this is flagged and both are reminded. Null: no rhythm (a team's calendar sets its own).</summary>
    public int? RhythmDays { get; init; }
    /// <summary>Coaching starts after this academy class session (seed 000: the second); null: from the match's start.</summary>
    public int? StartsAfterClassSession { get; init; }
    /// <summary>The cohort has a graduation and a coaches' debrief (seed 000).</summary>
    public bool GraduationAndDebrief { get; init; }
    /// <summary>The client names a challenge and sets goals, and the pair keep the assignments they agree in sessions (seed 002).</summary>
    public bool GoalsAndAssignments { get; init; }
    /// <summary>The coach records outcomes with benchmarks, the 360° interview list, the development plan in versions that
    /// leader and sponsors commit to, and the reviews against the benchmarks (seed 003).</summary>
    public bool OutcomesAndPlan { get; init; }
    /// <summary>A team member who missed at most this many of the team's meetings receives a certificate of completion once
    /// the final meeting is held (seed 004: the commitment to attend). Null: the cohort gives no certificates.</summary>
    public int? MaxMissedMeetings { get; init; }

    /// <summary>Who meets in one engagement, in words.</summary>
    public string WhoMeets => Shape switch
    {
        EngagementShape.OneToOne => "One coach and one participant",
        EngagementShape.WithSponsors => $"A coach and a leader with one or more sponsors, {TeamSizeMin} to {TeamSizeMax} people",
        _ => $"A team of {TeamSizeMin} to {TeamSizeMax} equal peers, no coach",
    };

    /// <summary>Real elapsed hours, whatever the clocks do at a daylight-saving change.</summary>
    public bool IsLateChange(DateTime startsAtUtc, DateTime nowUtc) => NoticeHours > 0 && startsAtUtc - nowUtc < TimeSpan.FromHours(NoticeHours);

    /// <summary>"first", "second", ... for the class session coaching starts after.</summary>
    /// <summary>What an engagement still lacks before it may start, in words (seed 003: a named sponsor).</summary>
    public IReadOnlyList<string> MissingMembers(int sponsors) =>
        SponsorNamed && sponsors == 0 ? ["No sponsor is named yet: name the sponsor before the engagement starts."] : [];

    public static string Ordinal(int n) => n switch
    {
        1 => "first", 2 => "second", 3 => "third", 4 => "fourth", 5 => "fifth", 6 => "sixth", 7 => "seventh", 8 => "eighth", _ => $"{n}th",
    };

    public const int MinSessionMinutes = 15;
    public const int MinRhythmDays = 7;
    public const int MaxRhythmDays = 365;
    public const int MaxSessionMinutes = 240;

    /// <summary>The rules each kind starts with, from its seed.</summary>
    public static CohortRules For(ProgramKind kind) => kind switch
    {
        ProgramKind.Academy => new()
        {
            Shape = EngagementShape.OneToOne, CoachesAtSeniorLevels = true, ExcludeChainOfCommand = true, OrientationRequired = true,
            ParticipantsMayAsk = true, CoordinatorsMayPropose = true, CoachAccepts = true, DirectorApproves = true,
            StepDates = StepDates.Fixed, SessionMinutes = 60, MinimumSessions = 3, NoticeHours = 48, StartsAfterClassSession = 2, RhythmDays = 45,
            GraduationAndDebrief = true,
        },
        ProgramKind.CoachNetwork => new()
        {
            Shape = EngagementShape.OneToOne, CrossAgency = true, ExcludeChainOfCommand = true, ParticipantsMayAsk = true,
            CoachAccepts = true, ExploratoryCall = true, StepDates = StepDates.FromEngagementStart, SessionMinutes = 60, MinimumSessions = 3,
            RhythmDays = 45,
        },
        ProgramKind.ManagementCoaching => new()
        {
            Shape = EngagementShape.OneToOne, CrossAgency = true, ExcludeChainOfCommand = true, DirectorApproves = true,
            OrganisationApproves = true, StepDates = StepDates.FromEngagementStart, SessionMinutes = 60, MinimumSessions = 3,
            NoticeHours = 48, RhythmDays = 45, GoalsAndAssignments = true,
        },
        ProgramKind.ExecutiveCoaching => new()
        {
            Shape = EngagementShape.WithSponsors, TeamSizeMin = 3, TeamSizeMax = 5, CrossAgency = true, ExcludeChainOfCommand = true,
            DirectorApproves = true, SponsorNamed = true, StepDates = StepDates.FromEngagementStart, SessionMinutes = 90, RhythmDays = 45,
            OutcomesAndPlan = true,
        },
        ProgramKind.PeerCircle => new()
        {
            Shape = EngagementShape.PeerTeam, TeamSizeMin = 3, TeamSizeMax = 4, CrossAgency = false, DirectorApproves = true,
            ApplicationRequired = true, StepDates = StepDates.Fixed, SessionMinutes = 120, MinimumSessions = 8, PlannedSessions = 8,
            MaxMissedMeetings = 1,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a program kind."),
    };

    /// <summary>A rule that cannot hold is refused in words, naming its field.</summary>
    public void Validate()
    {
        if (SessionMinutes is < MinSessionMinutes or > MaxSessionMinutes)
            throw new Common.DomainException($"A session lasts between {MinSessionMinutes} and {MaxSessionMinutes} minutes.", nameof(SessionMinutes));
        if (MinimumSessions is < 0 or > 100)
            throw new Common.DomainException("The minimum number of sessions is between 0 and 100.", nameof(MinimumSessions));
        if (PlannedSessions is < 1 or > 100)
            throw new Common.DomainException("The planned number of sessions is between 1 and 100, or left empty.", nameof(PlannedSessions));
        if (PlannedSessions is int planned && planned < MinimumSessions)
            throw new Common.DomainException("The planned sessions cannot be fewer than the minimum.", nameof(PlannedSessions));
        if (NoticeHours is < 0 or > 24 * 14)
            throw new Common.DomainException("Notice is between 0 hours (none) and two weeks (336 hours).", nameof(NoticeHours));
        if (RhythmDays is < MinRhythmDays or > MaxRhythmDays)
            throw new Common.DomainException($"Sessions are due every {MinRhythmDays} to {MaxRhythmDays} days, or leave it empty.", nameof(RhythmDays));
        if (StartsAfterClassSession is < 1 or > 8)
            throw new Common.DomainException("Coaching starts after class session 1 to 8, or leave it empty.", nameof(StartsAfterClassSession));
        if (TeamSizeMin < 2 || TeamSizeMax < TeamSizeMin || TeamSizeMax > 12)
            throw new Common.DomainException("A group has 2 to 12 members, the most no fewer than the least.", nameof(TeamSizeMax));
    }
}
