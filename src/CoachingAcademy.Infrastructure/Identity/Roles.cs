namespace CoachingAcademy.Infrastructure.Identity;

public static class Roles
{
    public const string Director = "Director";
    public const string AgencyCoordinator = "AgencyCoordinator";
    public const string Coach = "Coach";
    public const string Participant = "Participant";
    /// <summary>Seed 003: follows the engagements they sponsor (steps and meeting dates, never notes).</summary>
    public const string Sponsor = "Sponsor";
    /// <summary>Seed 002: the client's organisation's approver; sees the engagements they are asked to approve, nothing more.</summary>
    public const string OrganisationApprover = "OrganisationApprover";

    public static readonly IReadOnlyList<string> All = [Director, AgencyCoordinator, Coach, Participant, Sponsor, OrganisationApprover];
}
