using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Matching.Suggestions;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Matching;

public sealed class SuggestingMatches
{
    // Agency 1: 1 chief; 2 and 3 department heads under the chief; 4, 5 participants under 2; 6 participant under 3.
    // Agency 2: 10 chief; 11 department head; 12 participant under 11.
    private static readonly Dictionary<int, int?> Chart = new()
    {
        [1] = null, [2] = 1, [3] = 1, [4] = 2, [5] = 2, [6] = 3,
        [10] = null, [11] = 10, [12] = 11,
    };

    private static CoachFacts Coach(int id, int agency, int capacity = 1, bool registered = true, int active = 0, int proposed = 0) =>
        new(id, $"Coach {id}", "Head", PositionLevel.DepartmentHead, agency, true, registered, registered, capacity, active, proposed);

    private static ParticipantFacts Participant(int id, int agency) => new(id, $"Participant {id}", agency, true, 0);

    private static EligibilityContext Context(bool cross, params CoachFacts[] coaches) => new(1, CohortRules.For(ProgramKind.Academy) with { CrossAgency = cross },
        coaches.ToDictionary(c => c.Id),
        new[] { Participant(4, 1), Participant(5, 1), Participant(6, 1), Participant(12, 2) }.ToDictionary(p => p.Id),
        Chart);

    [Fact]
    public void Every_suggestion_breaks_no_rule_and_no_coach_goes_past_capacity()
    {
        var context = Context(false, Coach(2, 1, capacity: 1), Coach(3, 1, capacity: 2), Coach(11, 2));

        var result = MatchSuggester.Suggest(context, [4, 5, 6, 12], new Dictionary<int, int>());

        Assert.All(result.Suggestions, s => Assert.Empty(context.Check(s.ParticipantId, s.CoachId, MatchStage.Proposal)));
        Assert.All(result.Suggestions.GroupBy(s => s.CoachId), g => Assert.True(g.Count() <= context.Coaches[g.Key].Capacity));
        // 4 and 5 report to coach 2, so coach 3 takes both; 6 reports to 3, so coach 2 takes them; 12 gets 11's... chain.
        Assert.Equal(3, result.Suggestions.Count);
        Assert.Equal([4, 5], result.Suggestions.Where(s => s.CoachId == 3).Select(s => s.ParticipantId).Order());
        Assert.Equal(2, result.Suggestions.Single(s => s.ParticipantId == 6).CoachId);
        Assert.Equal(12, Assert.Single(result.Unmatched).Id);
    }

    [Fact]
    public void Cross_agency_matching_fills_gaps_from_another_agency_when_the_cohort_allows_it()
    {
        var context = Context(true, Coach(2, 1), Coach(3, 1), Coach(11, 2), Coach(10, 2, capacity: 2));

        var result = MatchSuggester.Suggest(context, [4, 5, 6, 12], new Dictionary<int, int>());

        Assert.Equal(4, result.Suggestions.Count);
        Assert.Contains(result.Suggestions, s => s.Reasons.Contains("from another agency (the cohort allows it)"));
    }

    [Fact]
    public void A_coach_the_participant_asked_for_is_preferred()
    {
        var context = Context(false, Coach(3, 1), Coach(1, 1, registered: true));
        // Coach 1 is the chief: in every chain, so never suggested; coach 3 is free for 4 or 5.
        var result = MatchSuggester.Suggest(context, [4, 5], new Dictionary<int, int> { [5] = 3 });

        var suggestion = Assert.Single(result.Suggestions);
        Assert.Equal(5, suggestion.ParticipantId);
        Assert.Contains("Participant 5 asked for Coach 3", suggestion.Reasons);
    }

    [Fact]
    public void Coaches_not_registered_for_orientation_or_already_full_are_left_out()
    {
        var context = Context(false, Coach(3, 1, registered: false), Coach(2, 1, capacity: 1, active: 1));

        var result = MatchSuggester.Suggest(context, [4, 5, 6], new Dictionary<int, int>());

        Assert.Empty(result.Suggestions);
        Assert.Equal(3, result.Unmatched.Count);
    }

    [Fact]
    public void Open_proposals_take_their_seats_before_any_suggestion()
    {
        // Coach 3 coaches two at most and one proposal waits for approval: one of 4 and 5, not both.
        var context = Context(false, Coach(3, 1, capacity: 2, proposed: 1));

        var result = MatchSuggester.Suggest(context, [4, 5], new Dictionary<int, int>());

        var suggestion = Assert.Single(result.Suggestions);
        Assert.Equal(3, suggestion.CoachId);
        Assert.Contains("Coach 3's participant number 2, within capacity", suggestion.Reasons);
    }

    [Fact]
    public void Load_is_balanced_before_a_coach_gets_a_second_participant()
    {
        var context = new EligibilityContext(1, CohortRules.For(ProgramKind.Academy),
            new[] { Coach(2, 1, capacity: 2), Coach(3, 1, capacity: 2) }.ToDictionary(c => c.Id),
            new[] { Participant(20, 1), Participant(21, 1) }.ToDictionary(p => p.Id),
            new Dictionary<int, int?> { [1] = null, [2] = 1, [3] = 1, [20] = 1, [21] = 1 });

        var result = MatchSuggester.Suggest(context, [20, 21], new Dictionary<int, int>());

        Assert.Equal(2, result.Suggestions.Select(s => s.CoachId).Distinct().Count());
    }
}
