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
    /// Gives the person (already saved) a login with the role. Returns true when the login is new: send the
    /// invitation once the change that needed it is committed.
    /// </summary>
    Task<bool> GrantAsync(Person person, AccountRole role, CancellationToken ct = default);

    Task RevokeAsync(int personId, AccountRole role, CancellationToken ct = default);

    /// <summary>Emails a one-time link to set a password. Throws a <see cref="Common.DomainException"/> when the person already has one.</summary>
    Task SendInvitationAsync(int personId, CancellationToken ct = default);

    /// <summary>Which of these people have not set a password yet (their invitation is pending).</summary>
    Task<IReadOnlySet<int>> PendingInvitationsAsync(IReadOnlyCollection<int> personIds, CancellationToken ct = default);

    /// <summary>Which of these people are coordinators of their agency.</summary>
    Task<IReadOnlySet<int>> CoordinatorsAsync(IReadOnlyCollection<int> personIds, CancellationToken ct = default);
}
