using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Core.Surveys;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoachingAcademy.Infrastructure.Demo;

/// <summary>How big a program <see cref="LargeProgramSeeder"/> makes: <c>seed-large --participants N [--coaches N] [--engagements]</c>;
/// with <see cref="Engagements"/>, most participants are coached and their sessions held, booked and changed.</summary>
public sealed record LargeProgramOptions(int Participants, int Coaches, bool Engagements = false)
{
    public const string Command = "seed-large";

    public static bool TryParse(string[] args, out LargeProgramOptions options)
    {
        options = new LargeProgramOptions(0, 0);
        if (!args.Contains(Command))
            return false;
        var participants = Value(args, "--participants") ?? 10_000;
        options = new LargeProgramOptions(participants, Value(args, "--coaches") ?? Math.Max(1, participants / 2), args.Contains("--engagements"));
        return true;
    }

    private static int? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) && value > 0 ? value : null;
    }
}

/// <summary>
/// Adds a large fictitious program to the configured database, for load tests and query budgets: agencies with org
/// charts, a cohort per thousand participants (the older ones archived), their schedules, enrollments, orientation seats
/// and a login for everyone. Invented names, example.org addresses, the demo password. It can run more than once.
/// </summary>
public sealed class LargeProgramSeeder(
    AppDbContext db, IPasswordHasher<ApplicationUser> hasher, ILookupNormalizer normalizer, TimeProvider clock,
    ILogger<LargeProgramSeeder> logger)
{
    public const string Director = "large.director@example.org";
    public const string Coordinator = "large.coordinator@example.org";
    public const string Coach = "large.coach@example.org";
    public const string Participant = "large.participant@example.org";

    private static readonly string[] FirstNames =
    [
        "Avery", "Blair", "Cameron", "Devon", "Emery", "Finley", "Harper", "Indigo", "Jules", "Kendall", "Logan", "Marlow",
        "Noel", "Oakley", "Parker", "Reese", "Sage", "Tatum", "Umber", "Vesper", "Wren", "Yael", "Zion", "Rowan",
    ];

    private static readonly string[] LastNames =
    [
        "Ashdown", "Brightwater", "Calloway", "Dunmore", "Ellwood", "Fairbanks", "Glenhaven", "Holloway", "Ironwood",
        "Kingsley", "Larkspur", "Merriweather", "Northcott", "Oakridge", "Pemberton", "Quillfeather", "Ravensworth",
        "Stonebridge", "Thistlewood", "Underhill", "Westbrook", "Yarrowby",
    ];

    private int _serial;

    public async Task SeedAsync(LargeProgramOptions options, CancellationToken ct = default)
    {
        var started = clock.GetTimestamp();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var run = await db.Agencies.CountAsync(ct) + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ProgramTime.Today(clock, DemoDataSeeder.TimeZoneId);
        var named = !await db.Users.AnyAsync(u => u.NormalizedEmail == normalizer.NormalizeEmail(Director), ct);

        var agencyCount = Math.Max(1, options.Participants / 250);
        var coaches = new List<Person>();
        var participants = new List<Person>();
        var coordinators = new List<Person>();
        for (var a = 0; a < agencyCount; a++)
        {
            var agency = new Agency($"Large Program Agency {run}-{a + 1}", $"coaching.{run}.{a + 1}@agency.example.org");
            db.Agencies.Add(agency);
            var first = named && a == 0;
            var chief = Add(agency, "Chief Executive", PositionLevel.ChiefExecutive, null, first ? Coach : null);
            coaches.Add(chief);
            coordinators.Add(Add(agency, "Human Resources Analyst", PositionLevel.Other, chief, first ? Coordinator : null));
            var managers = new List<Person> { chief };
            var coachShare = Share(options.Coaches, agencyCount, a) - 1;
            for (var c = 0; c < coachShare; c++)
            {
                var (title, level) = (c % 6) switch
                {
                    0 => ("Assistant Manager", PositionLevel.AssistantManager),
                    1 or 2 => ("Department Head", PositionLevel.DepartmentHead),
                    _ => ("Senior Manager", PositionLevel.SeniorManager),
                };
                var manager = Add(agency, title, level, managers[c / 4 % managers.Count]);
                managers.Add(manager);
                coaches.Add(manager);
            }
            for (var p = 0; p < Share(options.Participants, agencyCount, a); p++)
                participants.Add(Add(agency, "Management Analyst", PositionLevel.Other, managers[p % managers.Count],
                    first && p == 0 ? Participant : null));
        }
        var director = Add(null, "Academy Director", PositionLevel.Other, null, named ? Director : null);
        await db.SaveChangesAsync(ct);

        var cohortCount = Math.Max(1, options.Participants / 1_000);
        var cohorts = Enumerable.Range(0, cohortCount).Select(i => AddCohort(run, i, today)).ToList();
        for (var i = 0; i < participants.Count; i++)
            cohorts[i % cohortCount].Enroll(participants[i], EnrollmentRole.Participant, now);
        for (var i = 0; i < coaches.Count; i++)
        {
            var cohort = cohorts[i % cohortCount];
            cohort.Enroll(coaches[i], EnrollmentRole.Coach, now);
            var session = cohort.OrientationSessions.ElementAt(i / cohortCount % cohort.OrientationSessions.Count);
            if (session.SeatsLeft > 0 && i % 3 != 0)
            {
                var seat = session.Register(coaches[i], now);
                if (session.StartsAtUtc < now)
                    session.MarkAttendance(seat, attended: true, now);
            }
        }
        // Past classes are archived once their people are in: an archived cohort takes no more changes.
        foreach (var past in cohorts.Skip(1))
            past.Archive();
        // Change detection is off for speed, and the enrollments and seats were added to cohorts already tracked.
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);

        var hash = hasher.HashPassword(new ApplicationUser(), DemoDataSeeder.Password);
        AddLogins(participants, Roles.Participant, hash);
        AddLogins(coaches, Roles.Coach, hash);
        AddLogins(coordinators, Roles.AgencyCoordinator, hash);
        AddLogins([director], Roles.Director, hash);
        await db.SaveChangesAsync(ct);
        if (options.Engagements)
            await AddEngagementsAsync(cohorts, participants, coaches, director, now, ct);
        db.ChangeTracker.Clear();

        logger.LogInformation(
            "Large program {Run} seeded in {Elapsed}: {Agencies} agencies, {Participants} participants, {Coaches} coaches, {Cohorts} cohorts.",
            run, clock.GetElapsedTime(started), agencyCount, participants.Count, coaches.Count, cohortCount);
    }

    /// <summary>
    /// Nine participants in ten coached by a coach of their cohort (one in ten of those still proposed, one in twenty ended),
    /// started 20 to 200 days ago, meeting every three weeks in office hours: six sessions each, held against the steps
    /// while in the past (one in nine cancelled late instead), booked after.
    /// </summary>
    private async Task AddEngagementsAsync(List<Cohort> cohorts, List<Person> participants, List<Person> coaches, Person director,
        DateTime now, CancellationToken ct)
    {
        var matches = new List<Match>();
        var coachesOf = coaches.Select((coach, j) => (coach, j)).ToLookup(x => x.j % cohorts.Count, x => x.coach);
        for (var i = 0; i < participants.Count; i++)
        {
            var c = i % cohorts.Count;
            var cohortCoaches = coachesOf[c].ToList();
            if (i % 10 == 9 || cohortCoaches.Count == 0)
                continue;
            var started = now.AddDays(-20 - i * 37 % 180);
            var match = new Match(cohorts[c].Id, participants[i], cohortCoaches[i / cohorts.Count % cohortCoaches.Count], MatchSource.Director, director.Id, started);
            if (i % 10 != 8)
                match.Approve(director.Id, [], started);
            if (i % 20 == 7)
                match.End(MatchParty.Director, director.Id, null, now.AddDays(-5));
            db.Matches.Add(match);
            matches.Add(match);
        }
        await db.SaveChangesAsync(ct);

        var cohortOf = cohorts.ToDictionary(c => c.Id);
        foreach (var (match, i) in matches.Select((m, i) => (m, i)).Where(x => x.m.Status == MatchStatus.Active))
        {
            var cohort = cohortOf[match.CohortId];
            var steps = cohort.Milestones.OrderBy(m => m.Order).Select(m => m.Id).ToList();
            var startedOn = ProgramTime.DayOf(match.StartedAtUtc!.Value, cohort.TimeZoneId);
            for (var s = 0; s < 6; s++)
            {
                var starts = ProgramTime.ToUtc(startedOn.AddDays(3 + 21 * s).ToDateTime(new TimeOnly(9 + i % 8, 0)), cohort.TimeZoneId);
                var session = new CoachingSession(match.Id, starts, 60, SessionForm.Video, "https://meet.example.org/large", s < steps.Count ? steps[s] : null,
                    match.PairParticipantId, match.StartedAtUtc.Value);
                if (starts < now && (i + s) % 9 == 0)
                    session.Cancel(match.PairParticipantId, "Called away", cohort.Rules, starts.AddHours(-3));
                else if (starts < now)
                    session.Log(SessionStatus.Held, match.PairCoachId, starts.AddHours(2), [match.PairCoachId, match.PairParticipantId], []);
                db.CoachingSessions.Add(session);
            }
        }
        await db.SaveChangesAsync(ct);
        await AddSurveyAnswersAsync(cohorts, matches.Where(m => m.Status == MatchStatus.Active).ToList(), now, ct);
    }

    /// <summary>Each cohort asks the anonymous end-of-series assessment; every active engagement's participant has answered it,
    /// in one of the last twelve months, so the insight page's survey scores have a year of answers to count.</summary>
    private async Task AddSurveyAnswersAsync(List<Cohort> cohorts, List<Match> active, DateTime now, CancellationToken ct)
    {
        var template = await db.SurveyTemplates.Include(t => t.Questions).SingleAsync(t => t.Name == "End-of-series assessment", ct);
        var moments = cohorts.ToDictionary(c => c.Id, c => new SurveyMoment(c.Id, template, MomentKind.EngagementEnd, null, SurveyAudience.Participants, 14,
            now.AddYears(-1)));
        db.SurveyMoments.AddRange(moments.Values);
        await db.SaveChangesAsync(ct);
        var requests = active.Select((m, i) => new SurveyRequest(moments[m.CohortId].Id, 14, m.PairParticipantId, $"match:{m.Id}", m.Id, null,
            now.AddDays(-(i * 31 % 360)))).ToList();
        db.SurveyRequests.AddRange(requests);
        await db.SaveChangesAsync(ct);
        var ratings = template.InOrder.Where(q => q.Kind == QuestionKind.Rating).ToList();
        foreach (var (request, i) in requests.Select((r, i) => (r, i)))
        {
            var response = new SurveyResponse(request.MomentId, anonymous: true, request.Id, DateOnly.FromDateTime(request.AskedAtUtc));
            foreach (var (question, q) in ratings.Select((x, q) => (x, q)))
                response.Add(question, new GivenAnswer(1 + (i + q) % 5, [], null));
            db.SurveyResponses.Add(response);
        }
        await db.SaveChangesAsync(ct);
        var momentIds = moments.Values.Select(m => m.Id).ToList();
        await db.SurveyRequests.Where(r => momentIds.Contains(r.MomentId)).ExecuteUpdateAsync(u => u.SetProperty(r => r.AnsweredAtUtc, r => r.AskedAtUtc), ct);
    }

    private static int Share(int total, int parts, int index) => total / parts + (index < total % parts ? 1 : 0);

    private Person Add(Agency? agency, string title, PositionLevel level, Person? supervisor, string? email = null)
    {
        var n = ++_serial;
        var first = FirstNames[n % FirstNames.Length];
        var last = LastNames[n / FirstNames.Length % LastNames.Length];
        email ??= $"{first}.{last}.{Guid.NewGuid():N}"[..40].ToLowerInvariant() + "@example.org";
        var person = new Person($"{first} {last}", email, title, level, agency);
        person.ReportTo(supervisor);
        db.People.Add(person);
        return person;
    }

    private Cohort AddCohort(int run, int index, DateOnly today)
    {
        var graduation = today.AddDays(50 - 365 * index);
        var cohort = new Cohort($"Large Program {run} Academy {graduation.Year}{(index > 0 ? $" ({index})" : "")}", DemoDataSeeder.TimeZoneId,
            graduation, graduation.AddDays(50));
        foreach (var (offset, n) in new[] { (-134, 1), (-106, 2), (-78, 3), (-29, 4) })
            cohort.AddClassSession($"Academy session {n}", graduation.AddDays(offset));
        var dueOffsets = new[] { -57, -44, -10, 30 };
        foreach (var (step, offset) in ProgramSteps.For(ProgramKind.Academy).Zip(dueOffsets))
            cohort.AddMilestone(step.Name, step.Description, graduation.AddDays(offset));
        for (var s = 0; s < 10; s++)
        {
            var starts = ProgramTime.ToUtc(graduation.AddDays(-120 + 7 * s).ToDateTime(new TimeOnly(9, 0)), DemoDataSeeder.TimeZoneId);
            cohort.AddOrientationSession(starts, starts.AddHours(2), $"Training Room {s + 1}, 1 Example Plaza", 120);
        }
        db.Cohorts.Add(cohort);
        return cohort;
    }

    private void AddLogins(IReadOnlyList<Person> people, string role, string passwordHash)
    {
        for (var i = 0; i < people.Count; i++)
        {
            var email = people[i].Email;
            var user = new ApplicationUser
            {
                UserName = email, NormalizedUserName = normalizer.NormalizeName(email),
                Email = email, NormalizedEmail = normalizer.NormalizeEmail(email), EmailConfirmed = true,
                PasswordHash = passwordHash, SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                LockoutEnabled = true, PersonId = people[i].Id,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = "role-" + role.ToLowerInvariant() });
        }
    }
}
