using System.Net.Mail;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoachingAcademy.Core.Cohorts;

/// <summary>A line of an enrollment file with what is wrong with it; a line with no errors is ready to import.</summary>
public sealed record EnrollmentPreviewRow(EnrollmentLine Line, bool IsNewPerson, IReadOnlyList<string> Errors);

public sealed record EnrollmentPreview(IReadOnlyList<EnrollmentPreviewRow> Rows)
{
    public bool IsValid => Rows.Count > 0 && Rows.All(r => r.Errors.Count == 0);
    public int ErrorCount => Rows.Sum(r => r.Errors.Count);
}

/// <summary>
/// Directors enroll people in a cohort one at a time or from a CSV file. A file is checked whole first (every line's
/// errors in words); nothing is imported until every line is valid, and then all of it is imported in one transaction.
/// New people get a login and an invitation to set their password once the import is committed.
/// </summary>
public sealed class EnrollmentService(IAppDbContext db, IAccounts accounts, TimeProvider clock)
{
    /// <summary>Enrolls someone already in the program; returns their name.</summary>
    public async Task<string> EnrollAsync(int cohortId, string email, EnrollmentRole role, CancellationToken ct = default)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var person = await db.People.SingleOrDefaultAsync(p => p.Email == normalized, ct)
            ?? throw new DomainException($"No one in the program has the email {normalized}. Add them to their agency first, or use a CSV file.");
        var cohort = await db.Cohorts.Include(c => c.Enrollments.Where(e => e.PersonId == person.Id)).SingleOrDefaultAsync(c => c.Id == cohortId, ct)
            ?? throw new NotFoundException();
        RequireOpenForEnrollment(cohort.IsArchived);
        if (person.AgencyId is null)
            throw new DomainException($"{person.FullName} is academy staff, not part of an agency, and cannot be enrolled.");
        cohort.Enroll(person, role, clock.GetUtcNow().UtcDateTime);
        await SaveEnrollmentAsync(cohort, person, role, ct);
        return person.FullName;
    }

    /// <summary>
    /// An agency coordinator names one of their agency's people a coach of the cohort, by the same rules and with the same
    /// invitation as a director's enrollment. Someone of another agency (or no one) is refused next to the field; a person
    /// already named a coach here is the first submission's result, not an error. Returns their name.
    /// </summary>
    public async Task<string> NameCoachAsync(Actor coordinator, int cohortId, int personId, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.Include(c => c.Enrollments.Where(e => e.PersonId == personId)).SingleOrDefaultAsync(c => c.Id == cohortId, ct)
            ?? throw new NotFoundException();
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person?.AgencyId is null || !coordinator.IsCoordinator || person.AgencyId != coordinator.AgencyId)
            throw new DomainException("Choose one of your agency's people.", CoachField);
        RequireOpenForEnrollment(cohort.IsArchived);
        if (cohort.Rules.Shape == EngagementShape.PeerTeam)
            throw new DomainException("This cohort's engagements are peer teams, with no coach.", CoachField);
        if (cohort.Enrollments.Any(e => e.Role == EnrollmentRole.Coach))
            return person.FullName;
        try
        {
            cohort.Enroll(person, EnrollmentRole.Coach, clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainException ex)
        {
            throw new DomainException(ex.Message, CoachField);
        }
        try
        {
            await SaveEnrollmentAsync(cohort, person, EnrollmentRole.Coach, ct);
        }
        catch (DomainException)
        {
            // The same form sent twice at once: the other request enrolled them, and its result is this one's.
            if (await db.Enrollments.AsNoTracking().AnyAsync(e => e.CohortId == cohortId && e.PersonId == personId && e.Role == EnrollmentRole.Coach, ct))
                return person.FullName;
            throw;
        }
        return person.FullName;
    }

    /// <summary>The field of the coordinator's form that names the coach, where its messages are shown.</summary>
    public const string CoachField = "CoachId";

    /// <summary>Saves a new enrollment and gives its login the role, with an invitation where the login is new, in one transaction.</summary>
    private async Task SaveEnrollmentAsync(Cohort cohort, Person person, EnrollmentRole role, CancellationToken ct)
    {
        await SavingAsync(() => db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(ct);
            await accounts.GrantAsync([person], AccountOf(role), cohort.Name, ct);
        }, ct));
    }

    /// <summary>
    /// Takes a person out of the cohort while nothing hangs on their place: no open match and no orientation seat. Their
    /// login loses the role when no other cohort gives it. Returns their name.
    /// </summary>
    public async Task<string> WithdrawAsync(int cohortId, int personId, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.Include(c => c.Enrollments.Where(e => e.PersonId == personId)).ThenInclude(e => e.Person)
            .SingleOrDefaultAsync(c => c.Id == cohortId, ct) ?? throw new NotFoundException();
        var enrollment = cohort.Enrollments.SingleOrDefault() ?? throw new NotFoundException();
        var name = enrollment.Person.FullName;
        if (await db.Matches.AnyAsync(m => m.CohortId == cohortId && m.Members.Any(x => x.PersonId == personId), ct))
            throw new DomainException($"{name} has a match or a team in this cohort; it stays on record, so they stay enrolled (end an open one instead).");
        if (await db.SeatsOf(cohortId).AnyAsync(r => r.CoachId == personId, ct))
            throw new DomainException($"{name} holds an orientation seat in this cohort; it stays on record, so they stay enrolled.");
        cohort.Withdraw(enrollment);
        var stillHasRole = await db.Enrollments.AnyAsync(e => e.PersonId == personId && e.Role == enrollment.Role && e.CohortId != cohortId, ct);
        try
        {
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(ct);
                if (!stillHasRole)
                    await accounts.RevokeAsync(personId, AccountOf(enrollment.Role), ct);
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException($"{name} was already withdrawn.");
        }
        return name;
    }

    public async Task<EnrollmentPreview> PreviewAsync(int cohortId, string csv, CancellationToken ct = default) =>
        (await CheckAsync(cohortId, EnrollmentFile.Read(csv), ct)).Preview;

    /// <summary>Imports a whole file, or nothing: throws when any line has an error. Returns how many people were enrolled.</summary>
    public async Task<int> ImportAsync(int cohortId, string csv, CancellationToken ct = default)
    {
        var check = await CheckAsync(cohortId, EnrollmentFile.Read(csv), ct);
        if (!check.Preview.IsValid)
            throw new DomainException($"The file has {check.Preview.ErrorCount} error(s); nothing was imported. Correct them and upload it again.");

        var now = clock.GetUtcNow().UtcDateTime;
        var knownIds = check.Known.Values.Select(p => p.Id).ToList();
        var cohort = await db.Cohorts.Include(c => c.Enrollments.Where(e => knownIds.Contains(e.PersonId)))
            .SingleAsync(c => c.Id == cohortId, ct);
        var people = new Dictionary<string, Person>(check.Known);
        var lines = check.Preview.Rows.Select(r => r.Line).ToList();
        foreach (var line in lines.Where(l => !people.ContainsKey(Email(l))))
        {
            EnrollmentFile.TryParsePosition(line.Position, out var level);
            var person = new Person(line.Name, line.Email, line.Title, level, check.Agencies[line.Agency.ToLowerInvariant()]);
            db.People.Add(person);
            people[Email(line)] = person;
        }
        foreach (var line in lines.Where(l => !check.Known.ContainsKey(Email(l)) && l.Supervisor.Length > 0))
            people[Email(line)].ReportTo(people[line.Supervisor.ToLowerInvariant()]);

        foreach (var line in lines)
        {
            EnrollmentFile.TryParseRole(line.Role, out var role);
            cohort.Enroll(people[Email(line)], role, now);
        }
        await SavingAsync(() => db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(ct);
            foreach (var group in lines.GroupBy(l => { EnrollmentFile.TryParseRole(l.Role, out var role); return role; }))
                await accounts.GrantAsync(group.Select(l => people[Email(l)]).ToList(), AccountOf(group.Key), cohort.Name, ct);
        }, ct));
        return lines.Count;
    }

    /// <summary>Two directors enrolling the same person at once: the unique index stops the second, told in words.</summary>
    private static async Task SavingAsync(Func<Task> save)
    {
        try
        {
            await save();
        }
        catch (DbUpdateException)
        {
            throw new DomainException("Someone was enrolled in this cohort by someone else at the same moment; nothing was saved. Reload the page and try again.");
        }
    }

    private sealed record Check(EnrollmentPreview Preview, Dictionary<string, Person> Known, Dictionary<string, Agency> Agencies);

    /// <summary>Every line's errors, reading the people, agencies and enrollments the file names in a fixed number of queries.</summary>
    private async Task<Check> CheckAsync(int cohortId, IReadOnlyList<EnrollmentLine> lines, CancellationToken ct)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => new { c.IsArchived, c.Rules.CoachesAtSeniorLevels }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        RequireOpenForEnrollment(cohort.IsArchived);

        var emails = lines.Select(Email).Concat(lines.Select(l => l.Supervisor.ToLowerInvariant())).Where(e => e.Length > 0).Distinct().ToList();
        var known = await db.People.Where(p => emails.Contains(p.Email)).ToDictionaryAsync(p => p.Email, ct);
        var agencies = (await db.Agencies.ToListAsync(ct)).GroupBy(a => a.Name.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
        var enrolled = (await db.Enrollments.Where(e => e.CohortId == cohortId && emails.Contains(e.Person.Email))
            .Select(e => new { e.Person.Email, e.Role }).ToListAsync(ct)).GroupBy(e => e.Email).ToDictionary(g => g.Key, g => g.First().Role);

        var byEmail = lines.Where(l => l.Email.Length > 0).GroupBy(Email).ToDictionary(g => g.Key, g => g.ToList());
        var rows = new List<EnrollmentPreviewRow>();
        foreach (var line in lines)
        {
            var errors = new List<string>();
            var email = Email(line);
            var existing = known.GetValueOrDefault(email);
            var hasRole = EnrollmentFile.TryParseRole(line.Role, out var role);
            if (!hasRole)
                errors.Add(line.Role.Length == 0 ? "Role is missing: Participant or Coach." : $"Role '{line.Role}' is not Participant or Coach.");
            if (email.Length == 0)
                errors.Add("Email is missing.");
            else if (!IsEmail(line.Email))
                errors.Add($"'{line.Email}' is not an email address.");
            else if (byEmail[email].Count > 1)
                errors.Add($"{email} appears more than once in the file (lines {string.Join(", ", byEmail[email].Select(l => l.Line))}).");
            if (enrolled.TryGetValue(email, out var enrolledAs))
                errors.Add($"{email} is already enrolled in this cohort as a {enrolledAs.ToString().ToLowerInvariant()}.");

            var agency = agencies.GetValueOrDefault(line.Agency.ToLowerInvariant());
            if (line.Agency.Length == 0)
                errors.Add("Agency is missing.");
            else if (agency is null)
                errors.Add($"Unknown agency '{line.Agency}'. Add it under Agencies first, or correct its name.");

            var hasPosition = EnrollmentFile.TryParsePosition(line.Position, out var level);
            if (existing is not null)
            {
                if (agency is not null && existing.AgencyId != agency.Id)
                    errors.Add($"{email} is already in the program, in another agency.");
                level = existing.PositionLevel;
                hasPosition = true;
            }
            else
            {
                if (line.Name.Length == 0)
                    errors.Add("Name is missing.");
                else if (line.Name.Length > 200)
                    errors.Add("Name has more than 200 characters.");
                if (line.Title.Length > 200)
                    errors.Add("Title has more than 200 characters.");
                if (line.Position.Length == 0)
                    errors.Add("Position is missing: Chief Executive, Assistant Manager, Department Head, Senior Manager or Other.");
                else if (!hasPosition)
                    errors.Add($"Position '{line.Position}' is not one of Chief Executive, Assistant Manager, Department Head, Senior Manager or Other.");
                errors.AddRange(SupervisorErrors(line, hasRole ? role : null, agency, known, byEmail));
            }
            if (hasRole && role == EnrollmentRole.Coach && hasPosition && cohort.CoachesAtSeniorLevels && !level.MayCoach())
                errors.Add($"{(existing?.FullName ?? line.Name)} is not at a coaching level (Chief Executive, Assistant Manager, Department Head or Senior Manager).");
            rows.Add(new EnrollmentPreviewRow(line, existing is null, errors));
        }
        return new Check(new EnrollmentPreview(rows), known, agencies);
    }

    private static IEnumerable<string> SupervisorErrors(EnrollmentLine line, EnrollmentRole? role, Agency? agency,
        Dictionary<string, Person> known, Dictionary<string, List<EnrollmentLine>> inFile)
    {
        var supervisor = line.Supervisor.ToLowerInvariant();
        if (supervisor.Length == 0)
        {
            if (role == EnrollmentRole.Participant)
                yield return "Supervisor email is missing: a participant's supervisor is needed to keep their chain of command away from their coach.";
            yield break;
        }
        if (supervisor == Email(line))
        {
            yield return "A person cannot be their own supervisor.";
            yield break;
        }
        if (known.TryGetValue(supervisor, out var boss))
        {
            if (agency is not null && boss.AgencyId != agency.Id)
                yield return $"The supervisor {supervisor} is in another agency.";
        }
        else if (inFile.TryGetValue(supervisor, out var bossLines))
        {
            if (agency is not null && !string.Equals(bossLines[0].Agency, line.Agency, StringComparison.OrdinalIgnoreCase))
                yield return $"The supervisor {supervisor} is in another agency.";
            else if (IsInCycle(line, inFile, known))
                yield return "The supervisors in the file go round in a circle back to this person.";
        }
        else
            yield return $"The supervisor {supervisor} is neither in the program nor in this file.";
    }

    /// <summary>True when following the file's supervisor links from this line comes back to it.</summary>
    private static bool IsInCycle(EnrollmentLine line, Dictionary<string, List<EnrollmentLine>> inFile, Dictionary<string, Person> known)
    {
        var start = Email(line);
        var seen = new HashSet<string> { start };
        for (var next = line.Supervisor.ToLowerInvariant(); !known.ContainsKey(next) && inFile.TryGetValue(next, out var above);
             next = above[0].Supervisor.ToLowerInvariant())
        {
            if (next == start)
                return true;
            if (!seen.Add(next))
                return false;
        }
        return false;
    }

    /// <summary>Said before a person or a file is checked, so the director is not told about lines of a closed cohort.</summary>
    private static void RequireOpenForEnrollment(bool isArchived)
    {
        if (isArchived)
            throw new DomainException("This cohort is archived; reopen it to enroll people.");
    }

    private static string Email(EnrollmentLine line) => line.Email.ToLowerInvariant();

    private static bool IsEmail(string text) =>
        text.Length <= 256 && !text.Contains(' ') && MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.');

    private static AccountRole AccountOf(EnrollmentRole role) => role == EnrollmentRole.Coach ? AccountRole.Coach : AccountRole.Participant;
}
