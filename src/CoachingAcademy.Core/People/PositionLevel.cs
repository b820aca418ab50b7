namespace CoachingAcademy.Core.People;

public enum PositionLevel
{
    Other = 0,
    SeniorManager = 1,
    DepartmentHead = 2,
    AssistantManager = 3,
    ChiefExecutive = 4,
}

public static class PositionLevels
{
    /// <summary>Seed 000: coaches are the Chief Executive, an Assistant Manager, a Department Head or a Senior Manager.</summary>
    public static bool MayCoach(this PositionLevel level) => level != PositionLevel.Other;

    public static string DisplayName(this PositionLevel level) => level switch
    {
        PositionLevel.ChiefExecutive => "Chief Executive",
        PositionLevel.AssistantManager => "Assistant Manager",
        PositionLevel.DepartmentHead => "Department Head",
        PositionLevel.SeniorManager => "Senior Manager",
        _ => "Other",
    };
}
