using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.Core.Matching;

/// <summary>
/// Everything the match rules need about one cohort's people, loaded in a fixed number of queries. Approving through
/// the context (<see cref="RecordActivation"/>) keeps its counts true for the next check in the same batch.
/// </summary>
public sealed class EligibilityContext(
    int cohortId,
    CohortRules rules,
    Dictionary<int, CoachFacts> coaches,
    Dictionary<int, ParticipantFacts> participants,
    IReadOnlyDictionary<int, int?> supervisorOf)
{
    public int CohortId => cohortId;
    public CohortRules Rules => rules;
    public IReadOnlyDictionary<int, CoachFacts> Coaches => coaches;
    public IReadOnlyDictionary<int, ParticipantFacts> Participants => participants;
    public IReadOnlyDictionary<int, int?> SupervisorOf => supervisorOf;

    public IReadOnlyList<string> Check(int participantId, int coachId, MatchStage stage) =>
        MatchRules.Check(Participant(participantId), Coach(coachId), rules, supervisorOf, stage);

    public void RecordActivation(int participantId, int coachId)
    {
        coaches[coachId] = Coach(coachId) with { ActiveMatches = Coach(coachId).ActiveMatches + 1 };
        participants[participantId] = Participant(participantId) with { ActiveMatches = Participant(participantId).ActiveMatches + 1 };
    }

    private ParticipantFacts Participant(int id) => participants.GetValueOrDefault(id)
        ?? new ParticipantFacts(id, "This person", null, EnrolledAsParticipant: false, ActiveMatches: 0);

    private CoachFacts Coach(int id) => coaches.GetValueOrDefault(id)
        ?? new CoachFacts(id, "This person", "", PositionLevel.Other, null, false, false, false, 0, 0);
}
