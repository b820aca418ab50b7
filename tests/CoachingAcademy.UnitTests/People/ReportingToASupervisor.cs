using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.People;

public sealed class ReportingToASupervisor
{
    private readonly Agency _agency = new("City of Testville", "contact@testville.example.org");

    private Person New(string name) => new(name, $"{name.ToLowerInvariant()}@example.org", "Title", PositionLevel.Other, _agency);

    [Fact]
    public void A_person_reports_to_a_supervisor_of_their_agency()
    {
        var boss = New("Boss");
        var worker = New("Worker");

        worker.ReportTo(boss);

        Assert.Same(boss, worker.Supervisor);
        Assert.True(OrgChart.IsAbove(boss, worker));
        Assert.False(OrgChart.IsAbove(worker, boss));
    }

    [Fact]
    public void Nobody_reports_to_themselves()
    {
        var person = New("Solo");

        var error = Assert.Throws<DomainException>(() => person.ReportTo(person));
        Assert.Contains("cannot report to themselves", error.Message);
    }

    [Fact]
    public void Reporting_to_someone_below_you_would_make_a_cycle_and_is_refused()
    {
        var top = New("Top");
        var middle = New("Middle");
        var bottom = New("Bottom");
        middle.ReportTo(top);
        bottom.ReportTo(middle);

        var error = Assert.Throws<DomainException>(() => top.ReportTo(bottom));

        Assert.Contains("already above", error.Message);
        Assert.Null(top.Supervisor);
    }

    [Fact]
    public void A_supervisor_from_another_agency_is_refused()
    {
        var outsider = new Person("Outsider", "out@example.org", "Title", PositionLevel.ChiefExecutive, new Agency("Elsewhere", "e@example.org"));

        Assert.Throws<DomainException>(() => New("Worker").ReportTo(outsider));
    }

    [Fact]
    public void Clearing_the_supervisor_makes_the_person_a_top_of_chart()
    {
        var worker = New("Worker");
        worker.ReportTo(New("Boss"));

        worker.ReportTo(null);

        Assert.Null(worker.Supervisor);
        Assert.Null(worker.SupervisorId);
    }

    [Theory]
    [InlineData(PositionLevel.ChiefExecutive, true)]
    [InlineData(PositionLevel.AssistantManager, true)]
    [InlineData(PositionLevel.DepartmentHead, true)]
    [InlineData(PositionLevel.SeniorManager, true)]
    [InlineData(PositionLevel.Other, false)]
    public void Only_the_four_senior_levels_may_coach(PositionLevel level, bool mayCoach) =>
        Assert.Equal(mayCoach, level.MayCoach());
}
