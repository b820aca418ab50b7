using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.People;

public sealed class OrgChartWalks
{
    [Fact]
    public void The_chain_of_command_lists_every_supervisor_up_to_the_top_nearest_first()
    {
        var supervisorOf = new Dictionary<int, int?> { [1] = null, [2] = 1, [3] = 2, [4] = 3 };

        Assert.Equal([3, 2, 1], OrgChart.ChainOfCommand(4, supervisorOf));
        Assert.True(OrgChart.IsInChainOfCommand(1, 4, supervisorOf));
        Assert.False(OrgChart.IsInChainOfCommand(4, 1, supervisorOf));
    }

    [Fact]
    public void A_cycle_in_the_data_ends_the_walk_instead_of_hanging()
    {
        var supervisorOf = new Dictionary<int, int?> { [1] = 3, [2] = 1, [3] = 2, [4] = 3 };

        Assert.Equal([3, 2, 1], OrgChart.ChainOfCommand(4, supervisorOf));
        Assert.Equal([1, 3], OrgChart.ChainOfCommand(2, supervisorOf));
    }

    [Fact]
    public void A_person_who_reports_to_themselves_has_an_empty_chain()
    {
        Assert.Empty(OrgChart.ChainOfCommand(7, new Dictionary<int, int?> { [7] = 7 }));
    }

    [Fact]
    public void A_missing_link_ends_the_walk()
    {
        var supervisorOf = new Dictionary<int, int?> { [3] = 2, [2] = 99 };

        Assert.Equal([2, 99], OrgChart.ChainOfCommand(3, supervisorOf));
        Assert.Empty(OrgChart.ChainOfCommand(42, supervisorOf));
    }

    [Fact]
    public void A_long_chain_is_walked_in_full()
    {
        var supervisorOf = Enumerable.Range(1, 10_000).ToDictionary(i => i, i => i == 1 ? (int?)null : i - 1);

        Assert.Equal(9_999, OrgChart.ChainOfCommand(10_000, supervisorOf).Count);
    }
}
