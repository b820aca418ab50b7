using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Sessions;

namespace CoachingAcademy.UnitTests.Sessions;

/// <summary>Steps due some days after each engagement starts (seed 003), beside the academy's fixed dates.</summary>
public sealed class DatingStepsFromTheEngagementsStart
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void An_executive_cohort_starts_with_the_eight_steps_of_seed_003_each_with_its_kind_and_days_after_the_start()
    {
        var cohort = new Cohort("Executive Coaching 2026", "America/Los_Angeles", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15),
            ProgramKind.ExecutiveCoaching);

        cohort.AddKindSteps(Today);

        var steps = cohort.Milestones.OrderBy(m => m.Order).ToList();
        Assert.Equal(8, steps.Count);
        Assert.All(steps, s => Assert.Null(s.DueDate));
        Assert.Equal([14, 28, 49, 63, 77, 90, 180, 365], steps.Select(s => s.DaysAfterStart!.Value));
        Assert.Equal(StepKind.ThreeWayMeeting, steps[0].Kind);
        Assert.Equal(StepKind.Document, steps[3].Kind);
        Assert.Equal([StepKind.Review, StepKind.Review], steps[6..].Select(s => s.Kind));
    }

    [Fact]
    public void A_relative_step_has_a_date_only_once_its_engagement_starts()
    {
        var due = StepDue.AfterStart(180);

        Assert.Null(due.For(null));
        Assert.Equal(new DateOnly(2026, 8, 29), due.For(Today));
        Assert.Equal("180 days after the start", due.ToString());
        Assert.Equal(new DateOnly(2026, 4, 8), StepDue.Fixed(new DateOnly(2026, 4, 8)).For(Today));
        Assert.Equal(new DateOnly(2026, 4, 8), StepDue.Fixed(new DateOnly(2026, 4, 8)).For(null));
    }

    [Fact]
    public void The_status_of_a_relative_step_counts_from_the_start_and_is_upcoming_before_it()
    {
        var startedOn = Today.AddDays(-175);
        var due = StepDue.AfterStart(180).For(startedOn);

        Assert.Equal(MilestoneStatus.DueSoon, MilestoneProgress.StatusOf(due, [], Today, dueSoonDays: 7));
        Assert.Equal(MilestoneStatus.Overdue, MilestoneProgress.StatusOf(StepDue.AfterStart(90).For(startedOn), [], Today, 7));
        Assert.Equal(MilestoneStatus.MetLate, MilestoneProgress.StatusOf(StepDue.AfterStart(90).For(startedOn), [Today], Today, 7));
        Assert.Equal(MilestoneStatus.Upcoming, MilestoneProgress.StatusOf(StepDue.AfterStart(14).For(null), [], Today, 7));
    }

    [Fact]
    public void A_relative_step_is_due_between_0_and_730_days_after_the_start()
    {
        var cohort = new Cohort("Executive Coaching 2026", "America/Los_Angeles", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15),
            ProgramKind.ExecutiveCoaching);

        var far = Assert.Throws<DomainException>(() => cohort.AddMilestone("Far", "", StepDue.AfterStart(731)));
        Assert.Equal(nameof(Milestone.DaysAfterStart), far.Field);
        Assert.Throws<DomainException>(() => cohort.AddMilestone("Before", "", StepDue.AfterStart(-1)));
        var step = cohort.AddMilestone("Check-in", "", StepDue.AfterStart(730), StepKind.Review);

        // Changed to a fixed date, it forgets its days (a step is dated one way).
        cohort.UpdateMilestone(step, "Check-in", "", new DateOnly(2026, 6, 1), StepKind.Review);
        Assert.Equal((new DateOnly(2026, 6, 1), (int?)null), (step.DueDate!.Value, step.DaysAfterStart));
    }
}
