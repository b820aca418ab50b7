using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;

namespace CoachingAcademy.UnitTests.Engagements;

/// <summary>Seed 003's record: outcomes with benchmarks, the 360° list, and the plan's versions and commitments.</summary>
public sealed class KeepingTheExecutiveRecord
{
    private static readonly DateTime Now = new(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
    private static readonly PlanText Text = new("Delegation", "Ask before telling", "Map your decisions", "The Heart of Coaching");

    [Fact]
    public void Only_executive_coaching_keeps_outcomes_and_a_plan()
    {
        Assert.True(CohortRules.For(ProgramKind.ExecutiveCoaching).OutcomesAndPlan);
        Assert.All(ProgramKinds.All.Where(k => k != ProgramKind.ExecutiveCoaching), k => Assert.False(CohortRules.For(k).OutcomesAndPlan));
    }

    [Theory]
    [InlineData("", "How we will know", "Text")]
    [InlineData("Delegates", "  ", "Benchmark")]
    public void An_outcome_needs_its_words_and_a_benchmark(string text, string benchmark, string field)
    {
        var error = Assert.Throws<DomainException>(() => new ProgramOutcome(1, text, benchmark, 1, Now));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void An_outcome_is_at_most_500_characters_and_the_same_words_are_the_same_outcome()
    {
        Assert.Equal("Text", Assert.Throws<DomainException>(() => new ProgramOutcome(1, new string('x', 501), "b", 1, Now)).Field);
        var outcome = new ProgramOutcome(1, " Delegates decisions ", "Monthly review", 1, Now);
        Assert.Equal("Delegates decisions", outcome.Text);
        Assert.True(outcome.Same("delegates decisions", "monthly review"));
        Assert.False(outcome.Same("Delegates decisions", "Weekly review"));
    }

    [Fact]
    public void An_interview_is_done_on_the_first_day_marked_and_keeps_only_who_and_when()
    {
        var interview = new Interview360(1, "Omar Haddad", InterviewRelationship.DirectReport, Now);
        Assert.False(interview.IsDone);
        interview.Mark(true, new DateOnly(2026, 3, 2));
        interview.Mark(true, new DateOnly(2026, 3, 9));
        Assert.Equal(new DateOnly(2026, 3, 2), interview.DoneOn);
        interview.Mark(false, new DateOnly(2026, 3, 9));
        Assert.Null(interview.DoneOn);
        Assert.Equal("Relationship", Assert.Throws<DomainException>(() => new Interview360(1, "Omar", (InterviewRelationship)42, Now)).Field);
        Assert.Equal("5 interviews, 3 done", new InterviewCount(5, 3).Words);
    }

    [Fact]
    public void Each_revision_is_a_new_version_and_the_same_words_make_none()
    {
        var first = DevelopmentPlanVersion.Revise(null, 7, Text, 1, Now)!;
        Assert.Equal(1, first.Version);
        Assert.Null(DevelopmentPlanVersion.Revise(first, 7, Text with { Themes = " Delegation " }, 1, Now.AddMinutes(1)));
        var second = DevelopmentPlanVersion.Revise(first, 7, Text with { Themes = "Delegation; the merger" }, 1, Now.AddDays(1))!;
        Assert.Equal(2, second.Version);
        Assert.Equal("Delegation", first.Themes);
    }

    [Theory]
    [InlineData(nameof(PlanText.Themes))]
    [InlineData(nameof(PlanText.Reading))]
    public void Every_part_of_the_plan_is_written_and_at_most_4000_characters(string part)
    {
        var empty = part == nameof(PlanText.Themes) ? Text with { Themes = "" } : Text with { Reading = "" };
        Assert.Equal(part, Assert.Throws<DomainException>(() => DevelopmentPlanVersion.Revise(null, 7, empty, 1, Now)).Field);
        var tooLong = part == nameof(PlanText.Themes) ? Text with { Themes = new string('x', 4001) } : Text with { Reading = new string('x', 4001) };
        Assert.Equal(part, Assert.Throws<DomainException>(() => DevelopmentPlanVersion.Revise(null, 7, tooLong, 1, Now)).Field);
    }

    [Fact]
    public void Leader_and_sponsor_commit_each_once_in_their_own_name_and_the_coach_does_not()
    {
        var plan = DevelopmentPlanVersion.Revise(null, 7, Text, 1, Now)!;
        Assert.True(plan.Commit(2, "Chris Donovan", MemberRole.Coachee, Now));
        Assert.True(plan.Commit(3, "Pat Lindgren", MemberRole.Sponsor, Now.AddHours(1)));
        Assert.False(plan.Commit(3, "Pat Lindgren", MemberRole.Sponsor, Now.AddHours(2)));
        Assert.Throws<DomainException>(() => plan.Commit(1, "Robin Achebe", MemberRole.Coach, Now));
        Assert.Throws<DomainException>(() => plan.Commit(9, "A guest", MemberRole.Guest, Now));
        Assert.Equal([(2, "Chris Donovan", Now), (3, "Pat Lindgren", Now.AddHours(1))],
            plan.Commitments.Select(c => (c.PersonId, c.Name, c.CommittedAtUtc)));
    }

    [Fact]
    public void A_new_version_needs_new_commitments_and_the_earlier_one_keeps_its_own()
    {
        var first = DevelopmentPlanVersion.Revise(null, 7, Text, 1, Now)!;
        first.Commit(2, "Chris Donovan", MemberRole.Coachee, Now);
        first.Commit(3, "Pat Lindgren", MemberRole.Sponsor, Now);
        var second = DevelopmentPlanVersion.Revise(first, 7, Text with { Reading = "Leading Change" }, 1, Now.AddDays(1))!;
        Assert.Empty(second.Commitments);
        Assert.Equal(2, first.Commitments.Count);

        Committer[] committers = [new(2, "Chris Donovan", MemberRole.Coachee), new(3, "Pat Lindgren", MemberRole.Sponsor)];
        var engagement = new ExecutiveEngagement(7, MatchStatus.Active, "UTC", 3, MemberRole.Sponsor, "Robin Achebe", "Chris Donovan", committers);
        var page = new PlanPage(engagement, [new(2, Now.AddDays(1), 0), new(1, Now, 2)], second, []);
        Assert.Equal(["Chris Donovan", "Pat Lindgren"], page.StillToCommit.Select(c => c.Name));
        Assert.True(page.ViewerMayCommit);
        var history = new PlanPage(engagement, page.Versions, first, []);
        Assert.Empty(history.StillToCommit);
        Assert.False(history.ViewerMayCommit);
    }
}

/// <summary>Seed 003, steps 7 and 8: where each outcome stands against its benchmark at the two reviews.</summary>
public sealed class ReviewingTheOutcomes
{
    private static readonly DateTime Now = new(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Recording_again_replaces_the_standing_and_the_same_again_changes_nothing()
    {
        var review = new OutcomeReview(5, ReviewStage.MidProgram, OutcomeStanding.SomeProgress, "  Two of six divisions  ", 1, Now);
        Assert.Equal("Two of six divisions", review.Comment);
        Assert.False(review.Record(OutcomeStanding.SomeProgress, "Two of six divisions", 1, Now.AddHours(1)));
        Assert.Equal(Now, review.RecordedAtUtc);
        Assert.True(review.Record(OutcomeStanding.Met, " ", 1, Now.AddDays(1)));
        Assert.Equal((OutcomeStanding.Met, (string?)null, Now.AddDays(1)), (review.Standing, review.Comment, review.RecordedAtUtc));
    }

    [Fact]
    public void A_standing_and_a_review_must_be_ones_there_are_and_a_comment_is_short()
    {
        Assert.Equal("Standing", Assert.Throws<DomainException>(() => new OutcomeReview(5, ReviewStage.MidProgram, (OutcomeStanding)9, null, 1, Now)).Field);
        Assert.Equal("Stage", Assert.Throws<DomainException>(() => new OutcomeReview(5, (ReviewStage)9, OutcomeStanding.Met, null, 1, Now)).Field);
        Assert.Equal("Comment", Assert.Throws<DomainException>(() => new OutcomeReview(5, ReviewStage.EndOfProgram, OutcomeStanding.Met, new string('x', 501), 1, Now)).Field);
        Assert.Equal("Some progress", OutcomeStanding.SomeProgress.DisplayName());
    }
}
