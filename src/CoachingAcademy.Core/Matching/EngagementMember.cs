using CoachingAcademy.Core.People;

namespace CoachingAcademy.Core.Matching;

/// <summary>What a person is in an engagement (programs.md, "One model").</summary>
public enum MemberRole
{
    Coach = 0,
    /// <summary>The participant, player, client or leader being coached.</summary>
    Coachee = 1,
    Sponsor = 2,
    /// <summary>An equal member of a peer team.</summary>
    Peer = 3,
    OrganisationApprover = 4,
    Guest = 5,
}

public static class MemberRoles
{
    /// <summary>The roles of the members who meet: they schedule, log and keep notes. A sponsor, an organisation's
    /// approver or a guest is invited to what concerns them and follows the rest. (An array, so that queries can use it.)</summary>
    public static readonly MemberRole[] Meeting = [MemberRole.Coach, MemberRole.Coachee, MemberRole.Peer];

    public static bool Meets(this MemberRole role) => Meeting.Contains(role);

    public static string DisplayName(this MemberRole role) => role switch
    {
        MemberRole.Coachee => "coachee",
        MemberRole.OrganisationApprover => "organisation approver",
        _ => role.ToString().ToLowerInvariant(),
    };
}

/// <summary>
/// A person in an engagement, with their role. A one-to-one match is an engagement of two members, its coach and its
/// coachee; sessions invite every member.
/// </summary>
public class EngagementMember
{
    private EngagementMember() { }

    internal EngagementMember(Person person, MemberRole role, DateTime addedAtUtc)
    {
        Person = person;
        PersonId = person.Id;
        Role = role;
        AddedAtUtc = addedAtUtc;
    }

    public int Id { get; private set; }
    public int MatchId { get; private set; }
    public int PersonId { get; private set; }
    public Person Person { get; private set; } = null!;
    public MemberRole Role { get; private set; }
    public DateTime AddedAtUtc { get; private set; }
    /// <summary>A peer's consent to their team (seed 004): the team forms when every member has consented.</summary>
    public DateTime? ConsentedAtUtc { get; private set; }

    internal bool Consent(DateTime nowUtc)
    {
        if (ConsentedAtUtc is not null)
            return false;
        ConsentedAtUtc = nowUtc;
        return true;
    }
}
