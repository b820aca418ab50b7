namespace CoachingAcademy.Core.People;

/// <summary>The roles a director gives through the program: by enrolling someone, or naming an agency's coordinator.</summary>
public enum AccountRole
{
    Coordinator = 0,
    Coach = 1,
    Participant = 2,
}

/// <summary>Logins of the program's people. A person gets a login when they first need one, without a password.</summary>
public interface IAccounts
{
    /// <summary>
    /// Gives each person (already saved) a login with the role, in one save whatever their number. Returns the people
    /// whose login is new: invite them once the change that needed it is committed.
    /// </summary>
    Task<IReadOnlyList<int>> GrantAsync(IReadOnlyCollection<Person> people, AccountRole role, CancellationToken ct = default);

    Task RevokeAsync(int personId, AccountRole role, CancellationToken ct = default);

    /// <summary>Emails each of these people who has not set a password yet a one-time link to set it.</summary>
    Task InviteAsync(IReadOnlyCollection<int> personIds, CancellationToken ct = default);

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
