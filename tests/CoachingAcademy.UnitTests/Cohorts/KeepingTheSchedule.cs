using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Cohorts;

/// <summary>A director's changes to a cohort's schedule: class sessions, the prefilled milestones, their order, orientation.</summary>
public sealed class KeepingTheSchedule
{
    private static readonly DateOnly Graduation = new(2026, 6, 17), Debrief = new(2026, 8, 19);

    private static Cohort NewCohort() => new("Leadership Academy 2026", "America/Los_Angeles", Graduation, Debrief);

    [Fact]
    public void A_new_cohort_gets_seed_000s_four_conversations_in_order_from_the_start_of_coaching_to_after_graduation()
    {
        var cohort = NewCohort();
        cohort.SetClassSessions([new DateOnly(2026, 1, 13), new DateOnly(2026, 2, 10), new DateOnly(2026, 3, 10)]);

        cohort.AddKindSteps(today: new DateOnly(2025, 12, 1));

        var milestones = cohort.Milestones.OrderBy(m => m.Order).ToList();
        Assert.Equal(ProgramSteps.For(ProgramKind.Academy).Select(m => m.Name), milestones.Select(m => m.Name));
        Assert.Equal([1, 2, 3, 4], milestones.Select(m => m.Order));
        // Coaching starts after the second class session; the three development conversations fall before graduation,
        // the post-graduation one between graduation and the debrief.
        Assert.All(milestones.Take(3), m => Assert.InRange(m.DueDate!.Value, new DateOnly(2026, 2, 11), Graduation));
        Assert.InRange(milestones[3].DueDate!.Value, Graduation.AddDays(1), Debrief);
        Assert.Equal(milestones.Select(m => m.DueDate).Order(), milestones.Select(m => m.DueDate));
    }

    [Fact]
    public void Without_class_sessions_the_schedule_runs_from_today()
    {
        var cohort = NewCohort();

        cohort.AddKindSteps(today: new DateOnly(2026, 3, 2));

        Assert.All(cohort.Milestones, m => Assert.InRange(m.DueDate!.Value, new DateOnly(2026, 3, 3), Debrief));
    }

    [Fact]
    public void Class_sessions_are_numbered_in_date_order_and_a_second_save_updates_them_in_place()
    {
        var cohort = NewCohort();
        cohort.SetClassSessions([new DateOnly(2026, 3, 10), new DateOnly(2026, 1, 13), new DateOnly(2026, 2, 10)]);
        Assert.Equal(["Academy session 1", "Academy session 2", "Academy session 3"], cohort.ClassSessions.OrderBy(s => s.Date).Select(s => s.Title));
        Assert.Equal(new DateOnly(2026, 2, 10), cohort.CoachingStartsAfter);

        var kept = cohort.ClassSessions.ToList();
        cohort.SetClassSessions([new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 17)]);

        Assert.Equal(2, cohort.ClassSessions.Count);
        Assert.All(cohort.ClassSessions, s => Assert.Contains(s, kept));
        Assert.Equal(new DateOnly(2026, 2, 17), cohort.CoachingStartsAfter);
    }

    [Fact]
    public void A_class_session_after_graduation_is_refused_and_named()
    {
        var cohort = NewCohort();

        var error = Assert.Throws<DomainException>(() => cohort.SetClassSessions([new DateOnly(2026, 7, 1)]));

        Assert.Equal(nameof(Cohort.ClassSessions), error.Field);
        Assert.Contains("1 Jul 2026", error.Message);
        Assert.Empty(cohort.ClassSessions);
    }

    [Fact]
    public void The_debrief_comes_on_or_after_graduation()
    {
        var error = Assert.Throws<DomainException>(() => new Cohort("X", "America/Los_Angeles", Graduation, Graduation.AddDays(-1)));
        Assert.Equal(nameof(Cohort.DebriefDate), error.Field);
    }

    [Theory]
    [InlineData(2025, 6, 16)]   // more than a year before graduation
    [InlineData(2026, 8, 20)]   // after the debrief
    public void A_milestone_outside_the_cohort_is_refused(int year, int month, int day)
    {
        var cohort = NewCohort();

        var error = Assert.Throws<DomainException>(() => cohort.AddMilestone("Late", "", new DateOnly(year, month, day)));

        Assert.Equal(nameof(Milestone.DueDate), error.Field);
        Assert.Empty(cohort.Milestones);
    }

    [Fact]
    public void Moving_a_milestone_swaps_it_with_its_neighbour_and_the_ends_stay_put()
    {
        var cohort = NewCohort();
        var a = cohort.AddMilestone("A", "", new DateOnly(2026, 3, 1));
        var b = cohort.AddMilestone("B", "", new DateOnly(2026, 4, 1));
        var c = cohort.AddMilestone("C", "", new DateOnly(2026, 5, 1));

        cohort.MoveMilestone(c, -1);
        Assert.Equal(["A", "C", "B"], Names(cohort));

        cohort.MoveMilestone(a, -1);
        Assert.Equal(["A", "C", "B"], Names(cohort));

        cohort.MoveMilestone(a, 1);
        Assert.Equal(["C", "A", "B"], Names(cohort));
        Assert.Equal([1, 2, 3], cohort.Milestones.OrderBy(m => m.Order).Select(m => m.Order));
        Assert.Same(b, cohort.Milestones.Single(m => m.Order == 3));
    }

    [Fact]
    public void Deleting_a_milestone_closes_the_gap_in_the_numbering()
    {
        var cohort = NewCohort();
        cohort.AddMilestone("A", "", new DateOnly(2026, 3, 1));
        var b = cohort.AddMilestone("B", "", new DateOnly(2026, 4, 1));
        cohort.AddMilestone("C", "", new DateOnly(2026, 5, 1));

        cohort.RemoveMilestone(b);

        Assert.Equal(["A", "C"], Names(cohort));
        Assert.Equal([1, 2], cohort.Milestones.OrderBy(m => m.Order).Select(m => m.Order));
    }

    [Fact]
    public void A_milestone_of_another_cohort_is_not_found()
    {
        var other = NewCohort().AddMilestone("Elsewhere", "", new DateOnly(2026, 3, 1));

        Assert.Throws<NotFoundException>(() => NewCohort().MoveMilestone(other, 1));
    }

    [Fact]
    public void An_orientation_session_must_fall_inside_the_cohort_end_after_it_starts_and_seat_someone()
    {
        var cohort = NewCohort();
        var start = new DateTime(2026, 1, 13, 17, 0, 0, DateTimeKind.Utc);

        Assert.Equal("Date", Assert.Throws<DomainException>(() => cohort.AddOrientationSession(start.AddYears(-2), start.AddYears(-2).AddHours(2), "Hall", 10)).Field);
        Assert.Equal("EndTime", Assert.Throws<DomainException>(() => cohort.AddOrientationSession(start, start, "Hall", 10)).Field);
        Assert.Equal("Capacity", Assert.Throws<DomainException>(() => cohort.AddOrientationSession(start, start.AddHours(2), "Hall", 0)).Field);
        Assert.Empty(cohort.OrientationSessions);
    }

    [Fact]
    public void Only_a_session_nobody_registered_for_can_be_removed()
    {
        var cohort = NewCohort();
        var start = new DateTime(2026, 1, 13, 17, 0, 0, DateTimeKind.Utc);
        var empty = cohort.AddOrientationSession(start, start.AddHours(2), "Hall", 10);
        var taken = cohort.AddOrientationSession(start.AddDays(7), start.AddDays(7).AddHours(2), "Hall", 10);
        taken.Register(new Person("Coach", "coach@example.org", "City Manager", PositionLevel.ChiefExecutive, null), start.AddDays(-30));

        Assert.Throws<DomainException>(() => cohort.RemoveOrientationSession(taken));
        cohort.RemoveOrientationSession(empty);

        Assert.Same(taken, Assert.Single(cohort.OrientationSessions));
    }

    private static string[] Names(Cohort cohort) => cohort.Milestones.OrderBy(m => m.Order).Select(m => m.Name).ToArray();
}
