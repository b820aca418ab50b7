using CoachingAcademy.Core.Matching;

namespace CoachingAcademy.UnitTests.Matching;

public sealed class SuggestingPeerTeams
{
    private static TeamCandidate P(int id, string division, string classification) => new(id, $"Person {id}", division, classification);

    [Fact]
    public void Seven_people_make_a_team_of_four_and_one_of_three_each_mixing_divisions()
    {
        var waiting = new[]
        {
            P(1, "Finance", "Analyst"), P(2, "Finance", "Analyst"), P(3, "Finance", "Supervisor"),
            P(4, "Operations", "Technician"), P(5, "Operations", "Technician"), P(6, "Permits", "Analyst"), P(7, "Permits", "Clerk"),
        };
        var teams = TeamSuggestion.Compose(waiting, 3, 4);

        Assert.Equal([4, 3], teams.Select(t => t.Count));
        Assert.Equal(7, teams.SelectMany(t => t).Select(c => c.PersonId).Distinct().Count());
        Assert.All(teams, t => Assert.True(t.Select(c => c.Division).Distinct().Count() >= 2, "each team mixes divisions"));
        // The two Finance analysts and the two Operations technicians are split between the teams.
        Assert.All(new[] { (1, 2), (4, 5) }, pair => Assert.NotEqual(
            teams.Single(t => t.Any(c => c.PersonId == pair.Item1)), teams.Single(t => t.Any(c => c.PersonId == pair.Item2))));
    }

    [Theory]
    [InlineData(2, 0, 2)]   // too few for a team: both wait
    [InlineData(3, 1, 0)]
    [InlineData(4, 1, 0)]
    [InlineData(5, 1, 1)]   // two teams of three would need six: one team of four, one person waits
    [InlineData(6, 2, 0)]
    [InlineData(8, 2, 0)]
    [InlineData(9, 3, 0)]
    public void Every_team_has_three_or_four_members_and_as_few_as_possible_wait(int people, int teamCount, int waitingAfter)
    {
        var waiting = Enumerable.Range(1, people).Select(i => P(i, $"Division {i % 3}", "Analyst")).ToList();
        var teams = TeamSuggestion.Compose(waiting, 3, 4);

        Assert.Equal(teamCount, teams.Count);
        Assert.All(teams, t => Assert.InRange(t.Count, 3, 4));
        Assert.Equal(waitingAfter, people - teams.Sum(t => t.Count));
    }
}
