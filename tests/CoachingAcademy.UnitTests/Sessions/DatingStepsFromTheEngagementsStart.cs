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

/// <summary>Seed 002: a step counted from another step's meeting (the outline within 10 days of the third session).</summary>
public sealed class DatingStepsFromAnotherStep
{
    private static Cohort Management()
    {
        var cohort = new Cohort("Management Coaching 2026", "America/Los_Angeles", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15),
            ProgramKind.ManagementCoaching);
        cohort.AddKindSteps(new DateOnly(2026, 3, 2));
        return cohort;
    }

    [Fact]
    public void The_outline_counts_from_the_third_session_and_the_approval_from_the_outline()
    {
        var steps = Management().Milestones.OrderBy(m => m.Order).ToList();

        Assert.Same(steps[1], steps[2].AfterStep);
        Assert.Same(steps[2], steps[3].AfterStep);
        Assert.Equal((10, 10), (steps[2].DaysAfterStart!.Value, steps[3].DaysAfterStart!.Value));
    }

    [Fact]
    public void A_step_counted_from_another_has_a_date_once_that_one_is_met()
    {
        var outline = StepDue.AfterStep(10, stepId: 2);
        var started = new DateOnly(2026, 1, 1);

        Assert.Null(outline.For(started, _ => null));
        Assert.Equal(new DateOnly(2026, 2, 25), outline.For(started, id => id == 2 ? new DateOnly(2026, 2, 15) : null));
        Assert.Equal("10 days after Third session held", outline.Describe(_ => "Third session held"));
        Assert.Equal("10 days after another step is met", outline.ToString());
    }

    [Fact]
    public void No_step_counts_from_itself_and_a_step_others_count_from_stays_until_they_change()
    {
        var cohort = Management();
        var steps = cohort.Milestones.OrderBy(m => m.Order).ToList();

        var loop = Assert.Throws<DomainException>(() => cohort.UpdateMilestone(steps[1], steps[1].Name, "", StepDue.AfterStart(5), StepKind.Conversation, after: steps[3]));
        Assert.Equal(nameof(Milestone.AfterStepId), loop.Field);
        var removal = Assert.Throws<DomainException>(() => cohort.RemoveMilestone(steps[1]));
        Assert.Equal("Outline of further sessions is counted from this step; change it first.", removal.Message);

        cohort.UpdateMilestone(steps[2], steps[2].Name, "", StepDue.AfterStart(70), StepKind.Document);
        cohort.RemoveMilestone(steps[1]);
        Assert.Equal(3, cohort.Milestones.Count);
    }
}
