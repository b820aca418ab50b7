using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Cohorts;

public sealed class BuildingACohort
{
    private static readonly DateTime Now = new(2026, 1, 5, 17, 0, 0, DateTimeKind.Utc);
    private readonly Agency _agency = new("City of Testville", "contact@testville.example.org");

    private Cohort NewCohort() => new("Leadership Academy 2026", "America/Los_Angeles", new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 1));

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        Assert.Throws<DomainException>(() => new Cohort("X", "Mars/Olympus_Mons", new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 1)));
    }

    [Fact]
    public void Coaching_starts_after_the_second_academy_session_whatever_order_they_were_added_in()
    {
        var cohort = NewCohort();
        Assert.Null(cohort.CoachingStartsAfter);

        cohort.AddClassSession("Third", new DateOnly(2026, 3, 10));
        cohort.AddClassSession("First", new DateOnly(2026, 1, 13));
        Assert.Equal(new DateOnly(2026, 3, 10), cohort.CoachingStartsAfter);

        cohort.AddClassSession("Second", new DateOnly(2026, 2, 10));
        Assert.Equal(new DateOnly(2026, 2, 10), cohort.CoachingStartsAfter);
    }

    [Fact]
    public void Milestones_are_numbered_in_the_order_they_are_added()
    {
        var cohort = NewCohort();

        var first = cohort.AddMilestone("Informational interview", "", new DateOnly(2026, 3, 11));
        var second = cohort.AddMilestone("Initial development conversation", "", new DateOnly(2026, 4, 8));

        Assert.Equal(1, first.Order);
        Assert.Equal(2, second.Order);
    }

    [Fact]
    public void A_coach_must_be_at_a_coaching_level()
    {
        var analyst = new Person("Analyst", "analyst@example.org", "Analyst", PositionLevel.Other, _agency);

        var error = Assert.Throws<DomainException>(() => NewCohort().Enroll(analyst, EnrollmentRole.Coach, Now));
        Assert.Contains("not at a coaching level", error.Message);
    }

    [Fact]
    public void A_person_takes_one_role_in_a_cohort_nobody_coaches_the_class_they_take_part_in()
    {
        var cohort = NewCohort();
        var manager = new Person("Manager", "manager@example.org", "Budget Manager", PositionLevel.SeniorManager, _agency);
        cohort.Enroll(manager, EnrollmentRole.Coach, Now);

        Assert.Throws<DomainException>(() => cohort.Enroll(manager, EnrollmentRole.Coach, Now));
        var error = Assert.Throws<DomainException>(() => cohort.Enroll(manager, EnrollmentRole.Participant, Now));
        Assert.Equal("Manager is already enrolled as a coach.", error.Message);
        Assert.Single(cohort.Enrollments);
    }
}
