namespace CoachingAcademy.Core.People;

/// <summary>The roles a director gives through the program: by enrolling someone, or naming an agency's coordinator.</summary>
public enum AccountRole
{
    Coordinator = 0,
    Coach = 1,
    Participant = 2,
    Sponsor = 3,
    /// <summary>Seed 002: the approver of a client's organisation.</summary>
    OrganisationApprover = 4,
}

/// <summary>Logins of the program's people. A person gets a login when they first need one, without a password.</summary>
public interface IAccounts
{
    /// <summary>
    /// Gives each person (already saved) a login with the role, and each new login an invitation to set a password, in
    /// one save whatever their number: run it inside the transaction of the change that needs the logins, and the
    /// invitations land with it or not at all. Returns how many were invited. <paramref name="cohortName"/>, when the login
    /// comes with a place in a cohort, tells the invitation where and as what the person takes part.
    /// </summary>
    Task<int> GrantAsync(IReadOnlyCollection<Person> people, AccountRole role, string? cohortName, CancellationToken ct = default);

    /// <summary>What is wrong with a password someone chooses for their own new login, in words (empty when nothing).</summary>
    Task<IReadOnlyList<string>> PasswordProblemsAsync(string email, string password, CancellationToken ct = default);

    /// <summary>
    /// Gives a person (already saved) who registered themselves a login with their own password and the role, with no
    /// invitation: they proved their address by the link they followed. Throws a <see cref="Common.DomainException"/>
    /// when the password is refused.
    /// </summary>
    Task OpenWithPasswordAsync(Person person, AccountRole role, string password, CancellationToken ct = default);

    Task RevokeAsync(int personId, AccountRole role, CancellationToken ct = default);

    /// <summary>
    /// Sends a new link and voids the earlier one. Throws a <see cref="Common.DomainException"/> when the person has no
    /// login or has already set a password.
    /// </summary>
    Task ResendInvitationAsync(int personId, CancellationToken ct = default);

    /// <summary>Which of these people have not set a password yet (their invitation is pending).</summary>
    Task<IReadOnlySet<int>> PendingInvitationsAsync(IReadOnlyCollection<int> personIds, CancellationToken ct = default);

    /// <summary>Which of these people are coordinators of their agency.</summary>
    Task<IReadOnlySet<int>> CoordinatorsAsync(IReadOnlyCollection<int> personIds, CancellationToken ct = default);
}
