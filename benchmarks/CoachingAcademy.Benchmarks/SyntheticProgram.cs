using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.Benchmarks;

/// <summary>A generated cohort: agencies with org charts (a chief, assistant managers, department heads, senior
/// managers, staff), coaches drawn from the senior levels and participants from the staff.</summary>
public static class SyntheticProgram
{
    public static EligibilityContext Build(int participants, int coaches, int agencies, bool crossAgency, int seed = 42)
    {
        var random = new Random(seed);
        var supervisorOf = new Dictionary<int, int?>();
        var coachFacts = new Dictionary<int, CoachFacts>();
        var participantFacts = new Dictionary<int, ParticipantFacts>();
        var nextId = 1;
        for (var a = 1; a <= agencies; a++)
        {
            var chief = nextId++;
            supervisorOf[chief] = null;
            var seniors = new List<(int Id, PositionLevel Level)> { (chief, PositionLevel.ChiefExecutive) };
            var coachesHere = coaches / agencies + (a <= coaches % agencies ? 1 : 0);
            // Enough senior people to draw the coaches from, in departments under the chief.
            var departments = Math.Max(2, coachesHere / 5);
            var heads = new List<int>();
            for (var d = 0; d < departments; d++)
            {
                var head = nextId++;
                supervisorOf[head] = chief;
                heads.Add(head);
                seniors.Add((head, PositionLevel.DepartmentHead));
            }
            while (seniors.Count < coachesHere)
            {
                var manager = nextId++;
                supervisorOf[manager] = heads[random.Next(heads.Count)];
                seniors.Add((manager, PositionLevel.SeniorManager));
            }
            foreach (var (id, level) in seniors.Take(coachesHere))
                coachFacts[id] = new CoachFacts(id, $"Coach {id}", "Manager", level, a, true, true, true, 2, 0);

            var participantsHere = participants / agencies + (a <= participants % agencies ? 1 : 0);
            for (var p = 0; p < participantsHere; p++)
            {
                var id = nextId++;
                supervisorOf[id] = seniors[random.Next(seniors.Count)].Id;
                participantFacts[id] = new ParticipantFacts(id, $"Participant {id}", a, true, 0);
            }
        }
        return new EligibilityContext(1, CohortRules.For(ProgramKind.Academy) with { CrossAgency = crossAgency }, coachFacts, participantFacts, supervisorOf);
    }
}
