using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Engagements;

namespace CoachingAcademy.UnitTests.Engagements;

/// <summary>Seed 002: the client's challenge and goals, which coach and client mark met.</summary>
public sealed class KeepingGoals
{
    private static readonly DateTime Now = new(2026, 3, 2, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Only_management_coaching_starts_with_goals_and_assignments()
    {
        Assert.True(CohortRules.For(ProgramKind.ManagementCoaching).GoalsAndAssignments);
        Assert.All(ProgramKinds.All.Where(k => k != ProgramKind.ManagementCoaching), k => Assert.False(CohortRules.For(k).GoalsAndAssignments));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_goal_has_words(string text)
    {
        var error = Assert.Throws<DomainException>(() => new EngagementGoal(1, text, 1, Now));
        Assert.Equal(("Write the goal.", "Text"), (error.Message, error.Field));
    }

    [Fact]
    public void A_goal_has_at_most_500_characters_and_a_challenge_2000()
    {
        Assert.Equal(500, new EngagementGoal(1, new string('g', 500), 1, Now).Text.Length);
        Assert.Equal("Text", Assert.Throws<DomainException>(() => new EngagementGoal(1, new string('g', 501), 1, Now)).Field);
        Assert.Equal(2000, new EngagementChallenge(1, new string('c', 2000), Now).Text.Length);
        Assert.Throws<DomainException>(() => new EngagementChallenge(1, new string('c', 2001), Now));
    }

    [Fact]
    public void Met_keeps_the_first_moment_and_not_met_clears_it()
    {
        var goal = new EngagementGoal(1, "Hold weekly one-to-ones", 1, Now);
        Assert.False(goal.IsMet);

        goal.Mark(true, Now.AddDays(1));
        goal.Mark(true, Now.AddDays(5));
        Assert.Equal(Now.AddDays(1), goal.MetAtUtc);

        goal.Mark(false, Now.AddDays(6));
        Assert.Null(goal.MetAtUtc);
    }

    [Fact]
    public void A_met_goal_is_neither_rewritten_nor_removed()
    {
        var goal = new EngagementGoal(1, "Hold weekly one-to-ones", 1, Now);
        goal.Mark(true, Now);

        Assert.Contains("mark it not met", Assert.Throws<DomainException>(() => goal.Rewrite("Something else")).Message);
        Assert.Throws<DomainException>(goal.EnsureRemovable);
        Assert.Equal("Hold weekly one-to-ones", goal.Text);

        goal.Mark(false, Now);
        goal.Rewrite("  Hold fortnightly one-to-ones ");
        Assert.Equal("Hold fortnightly one-to-ones", goal.Text);
        goal.EnsureRemovable();
    }

    [Fact]
    public void The_same_words_are_the_same_goal_whatever_the_case_and_spaces()
    {
        var goal = new EngagementGoal(1, "Hold weekly one-to-ones", 1, Now);
        Assert.True(goal.SameWords("  hold WEEKLY one-to-ones "));
        Assert.False(goal.SameWords("Hold weekly one-to-ones with everyone"));
    }

    [Theory]
    [InlineData(0, 0, "No goals set yet")]
    [InlineData(1, 0, "1 goal, 0 met")]
    [InlineData(2, 1, "2 goals, 1 met")]
    public void Others_read_only_how_many_goals_and_how_many_met(int goals, int met, string words) =>
        Assert.Equal(words, new GoalCount(goals, met).Words);
}
