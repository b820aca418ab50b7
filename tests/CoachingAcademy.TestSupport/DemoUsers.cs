using CoachingAcademy.Infrastructure.Demo;

namespace CoachingAcademy.TestSupport;

/// <summary>The demo accounts the README lists.</summary>
public static class DemoUsers
{
    public const string Password = DemoDataSeeder.Password;
    public const string Director = "director@example.org";
    public const string Coordinator = "coordinator@example.org";
    public const string Coach = "coach@example.org";
    public const string Participant = "participant@example.org";
    /// <summary>Seed 003's demo engagement: its coach, its leader (the coachee) and its sponsor.</summary>
    public const string ExecutiveCoach = "executive.coach@example.org";
    public const string Leader = "leader@example.org";
    public const string Sponsor = "sponsor@example.org";
    /// <summary>Seed 004's demo circle: a member of its team of four.</summary>
    public const string Peer = "peer@example.org";
    /// <summary>Seed 001's demo network: a volunteer coach and a player.</summary>
    public const string VolunteerCoach = "volunteer.coach@example.org";
    public const string Player = "player@example.org";
    /// <summary>Seed 002's demo engagement: its coach, its client and the client's organisation's approver.</summary>
    public const string ManagementCoach = "management.coach@example.org";
    public const string Client = "client@example.org";
    public const string Approver = "approver@example.org";
}
