using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.Core.Matching;

/// <summary>A coach as the rules see them; <paramref name="OpenProposals"/>: their matches waiting for the coach or a
/// director, which will take a seat if they go through.</summary>
public sealed record CoachFacts(
    int Id, string Name, string Title, PositionLevel Level, int? AgencyId,
    bool EnrolledAsCoach, bool RegisteredForOrientation, bool AttendedOrientation, int Capacity, int ActiveMatches, int OpenProposals = 0)
{
    /// <summary>Seats taken or promised: active matches and open proposals.</summary>
    public int SeatsHeld => ActiveMatches + OpenProposals;
}

public sealed record ParticipantFacts(int Id, string Name, int? AgencyId, bool EnrolledAsParticipant, int ActiveMatches);

/// <summary>When a rule is checked: a proposal needs the coach registered for orientation; approval needs them to have attended.</summary>
public enum MatchStage
{
    Proposal,
    Approval,
}

/// <summary>
/// The cohort's rules for a match that is not active yet, each broken rule returned as a sentence. Pure: every fact it needs is passed in,
/// so the same check serves a single proposal, the approval queue and the suggestion engine.
/// </summary>
public static class MatchRules
{
    public static IReadOnlyList<string> Check(ParticipantFacts participant, CoachFacts coach, CohortRules rules,
        IReadOnlyDictionary<int, int?> supervisorOf, MatchStage stage)
    {
        var problems = new List<string>();
        if (participant.Id == coach.Id)
        {
            problems.Add($"{participant.Name} cannot coach themselves.");
            return problems;
        }
        if (!participant.EnrolledAsParticipant)
            problems.Add($"{participant.Name} is not enrolled as a participant in this cohort.");
        if (!coach.EnrolledAsCoach)
            problems.Add($"{coach.Name} is not enrolled as a coach in this cohort.");
        if (rules.CoachesAtSeniorLevels && !coach.Level.MayCoach())
            problems.Add($"{coach.Name} ({coach.Title}) is not at a coaching level: coaches are Chief Executives, Assistant Managers, Department Heads or Senior Managers.");
        if (rules.ExcludeChainOfCommand && OrgChart.IsInChainOfCommand(coach.Id, participant.Id, supervisorOf))
            problems.Add($"{coach.Name} is in {participant.Name}'s chain of command.");
        if (rules.ExcludeChainOfCommand && OrgChart.IsInChainOfCommand(participant.Id, coach.Id, supervisorOf))
            problems.Add($"{participant.Name} is in {coach.Name}'s chain of command.");
        if (!rules.CrossAgency && participant.AgencyId != coach.AgencyId)
            problems.Add($"{coach.Name} is from another agency, and this cohort does not allow cross-agency matches.");
        if (rules.OrientationRequired && !coach.RegisteredForOrientation)
            problems.Add($"{coach.Name} has not registered for an orientation session.");
        else if (rules.OrientationRequired && stage == MatchStage.Approval && !coach.AttendedOrientation)
            problems.Add($"{coach.Name} has not attended an orientation session yet.");
        if (coach.ActiveMatches >= coach.Capacity)
            problems.Add($"{coach.Name} already coaches {coach.ActiveMatches} participant{(coach.ActiveMatches == 1 ? "" : "s")}, their capacity of {coach.Capacity}.");
        if (participant.ActiveMatches > 0)
            problems.Add($"{participant.Name} already has an active match in this cohort.");
        return problems;
    }
}
