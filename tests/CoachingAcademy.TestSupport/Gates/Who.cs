using CoachingAcademy.Infrastructure.Identity;

namespace CoachingAcademy.TestSupport.Gates;

/// <summary>The kinds of visitor every endpoint is checked for.</summary>
public enum Who
{
    Anonymous,
    Director,
    Coordinator,
    Coach,
    Participant,
    Sponsor,
    /// <summary>An organisation's approver (seed 002).</summary>
    Approver,
}

public static class Visitors
{
    public static readonly IReadOnlyList<Who> All = Enum.GetValues<Who>();

    public static readonly IReadOnlyList<Who> SignedIn = All.Where(w => w != Who.Anonymous).ToList();

    /// <summary>The demo account that signs in as <paramref name="who"/>.</summary>
    public static string Email(this Who who) => who switch
    {
        Who.Director => DemoUsers.Director,
        Who.Coordinator => DemoUsers.Coordinator,
        Who.Coach => DemoUsers.Coach,
        Who.Participant => DemoUsers.Participant,
        Who.Sponsor => DemoUsers.Sponsor,
        Who.Approver => DemoUsers.Approver,
        _ => throw new ArgumentOutOfRangeException(nameof(who), "Anonymous visitors have no account."),
    };

    public static string Role(this Who who) => who switch
    {
        Who.Director => Roles.Director,
        Who.Coordinator => Roles.AgencyCoordinator,
        Who.Coach => Roles.Coach,
        Who.Participant => Roles.Participant,
        Who.Sponsor => Roles.Sponsor,
        Who.Approver => Roles.OrganisationApprover,
        _ => throw new ArgumentOutOfRangeException(nameof(who), "Anonymous visitors have no role."),
    };
}
