namespace CoachingAcademy.Infrastructure.Identity;

public static class Roles
{
    public const string Director = "Director";
    public const string AgencyCoordinator = "AgencyCoordinator";
    public const string Coach = "Coach";
    public const string Participant = "Participant";

    public static readonly IReadOnlyList<string> All = [Director, AgencyCoordinator, Coach, Participant];
}
