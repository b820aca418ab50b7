namespace CoachingAcademy.Core.Milestones;

/// <summary>The four conversations of seed 000, the schedule every new academy cohort starts from.</summary>
public static class StandardMilestones
{
    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        ("Informational interview", "The participant learns about the coach's career path, role and agency."),
        ("Initial development conversation", "The participant brings career development goals and needs; the pair agree how to work together."),
        ("Follow-up development conversation", "Progress on the development goals, work-related dilemmas and next steps."),
        ("Post-graduation conversation", "After graduation: what was learned and what comes next."),
    ];
}
