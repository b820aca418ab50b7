using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingAcademy.Core.Network;

/// <summary>A network cohort as its public sign-up page shows it.</summary>
public sealed record NetworkCohort(int Id, string Name);

/// <summary>Who is now a member: their login name, the network and their role in it.</summary>
public sealed record ConfirmedSignUp(string Email, int CohortId, EnrollmentRole Role);

/// <summary>A confirmation link opened: who asked to join which network, as what.</summary>
public sealed record OpenedSignUp(string FullName, string Email, string CohortName, EnrollmentRole Role);

/// <summary>
/// Seed 001: volunteer coaches and players register themselves with a coach network. A sign-up emails a one-time link;
/// following it and choosing a password makes the person, their login, their enrollment and their profile, all at once.
/// </summary>
public sealed class NetworkSignUpService(IAppDbContext db, IAccounts accounts, EmailOutbox emails, TimeProvider clock, IOptions<ProgramOptions> options)
{
    /// <summary>Sign-up emails one address receives in an hour at most; the page answers the same beyond it.</summary>
    public const int MaxEmailsPerHour = 3;

    private const string SignUpKind = "NetworkSignUp", AlreadyMemberKind = "NetworkAlreadyMember";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>An open coach network's cohort; anything else is not found.</summary>
    public async Task<NetworkCohort> CohortAsync(int cohortId, CancellationToken ct = default) =>
        await db.Cohorts.Where(c => c.Id == cohortId && c.Kind == ProgramKind.CoachNetwork && !c.IsArchived)
            .Select(c => new NetworkCohort(c.Id, c.Name)).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();

    /// <summary>
    /// Records the sign-up and emails its link. An address that already belongs to someone gets an email saying so instead:
    /// the page answers the same either way.
    /// </summary>
    public async Task SignUpAsync(int cohortId, EnrollmentRole role, string fullName, string email, string region, CancellationToken ct = default)
    {
        var cohort = await CohortAsync(cohortId, ct);
        var normalized = email.Trim().ToLowerInvariant();
        // The form is anonymous: an address gets a few sign-up emails an hour, however often someone posts it.
        var since = Now.AddHours(-1);
        var recent = await db.OutgoingEmails.CountAsync(e => (e.Kind == SignUpKind || e.Kind == AlreadyMemberKind)
            && e.Recipients == normalized && e.CreatedAtUtc > since, ct);
        if (recent >= MaxEmailsPerHour)
            return;
        if (await db.People.AnyAsync(p => p.Email == normalized, ct))
        {
            emails.Add(new NetworkAlreadyMemberEmail(normalized, cohort.Name, options.Value.Link("/Account/Login")), cohort.Id);
        }
        else
        {
            var (signUp, token) = NetworkSignUp.Issue(cohort.Id, role, fullName, normalized, region, Now);
            db.NetworkSignUps.Add(signUp);
            emails.Add(new NetworkSignUpEmail(signUp.Email, signUp.FullName, cohort.Name, role,
                options.Value.Link($"/Join/Confirm?token={token}")), cohort.Id);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The sign-up a link opens: not found for an unknown token, a <see cref="DomainException"/> saying why for a used or expired one.</summary>
    public async Task<OpenedSignUp> OpenAsync(string? token, CancellationToken ct = default)
    {
        var signUp = await FindAsync(token, ct);
        if (signUp.Refusal(Now) is string refusal)
            throw new DomainException(refusal);
        var cohort = await db.Cohorts.Where(c => c.Id == signUp.CohortId).Select(c => c.Name).SingleAsync(ct);
        return new OpenedSignUp(signUp.FullName, signUp.Email, cohort, signUp.Role);
    }

    /// <summary>The password's problems, in words, before anything is made.</summary>
    public Task<IReadOnlyList<string>> PasswordProblemsAsync(string email, string password, CancellationToken ct = default) =>
        accounts.PasswordProblemsAsync(email, password, ct);

    /// <summary>
    /// Confirms the sign-up: the person, their login with this password and role, their enrollment and profile, and the
    /// link used, in one transaction.
    /// </summary>
    public async Task<ConfirmedSignUp> ConfirmAsync(string? token, string password, CancellationToken ct = default)
    {
        var signUp = await FindAsync(token, ct);
        signUp.Use(Now);
        var cohort = await db.Cohorts.SingleAsync(c => c.Id == signUp.CohortId, ct);
        if (cohort.IsArchived)
            throw new DomainException($"{cohort.Name} has closed since you signed up; ask the program's directors.");
        if (await db.People.AnyAsync(p => p.Email == signUp.Email, ct))
        {
            // Confirmed already through an earlier link, or given an account since: the link is spent and says so.
            await db.SaveChangesAsync(ct);
            throw new DomainException("This email address already has an account: sign in with it, or ask the directors to add you to the network.");
        }
        var person = new Person(signUp.FullName, signUp.Email, "", PositionLevel.Other, null);
        db.People.Add(person);
        var enrollment = cohort.Enroll(person, signUp.Role, Now);
        db.NetworkProfiles.Add(new NetworkProfile(enrollment, signUp.Region, Now));
        try
        {
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(ct);
                await accounts.OpenWithPasswordAsync(person, signUp.Role == EnrollmentRole.Coach ? AccountRole.Coach : AccountRole.Participant, password, ct);
            }, ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException("This link has already been used. Each link works once: sign in with your email address and the password you chose.");
        }
        return new ConfirmedSignUp(person.Email, cohort.Id, signUp.Role);
    }

    private async Task<NetworkSignUp> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200)
            throw new NotFoundException();
        var hash = OneTimeToken.Hash(token.Trim());
        return await db.NetworkSignUps.SingleOrDefaultAsync(s => s.TokenHash == hash, ct) ?? throw new NotFoundException();
    }
}
