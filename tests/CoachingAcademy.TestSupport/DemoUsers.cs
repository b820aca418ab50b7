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
}
