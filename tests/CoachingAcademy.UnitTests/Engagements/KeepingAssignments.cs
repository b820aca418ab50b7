using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Engagements;

namespace CoachingAcademy.UnitTests.Engagements;

/// <summary>Seed 002: "to complete any assignments agreed upon on time", by a day of the program's calendar.</summary>
public sealed class KeepingAssignments
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTime Now = new(2026, 3, 2, 15, 0, 0, DateTimeKind.Utc);

    private static EngagementAssignment Due(DateOnly dueOn) => new(1, null, "Draft a responsibilities map", dueOn, Today, 7, Now);

    [Fact]
    public void An_assignment_is_due_today_or_later_and_within_a_year()
    {
        Assert.Equal(Today, Due(Today).DueOn);
        var past = Assert.Throws<DomainException>(() => Due(Today.AddDays(-1)));
        Assert.Equal(("The due date is today or later.", "DueOn"), (past.Message, past.Field));
        Assert.Equal("DueOn", Assert.Throws<DomainException>(() => Due(Today.AddYears(1).AddDays(1))).Field);
    }

    [Fact]
    public void It_is_overdue_the_day_after_its_due_day_unless_done()
    {
        var assignment = Due(Today);
        Assert.False(assignment.IsOverdue(Today));
        Assert.True(assignment.IsOverdue(Today.AddDays(1)));

        assignment.Mark(true, Now.AddDays(2));
        Assert.False(assignment.IsOverdue(Today.AddDays(3)));
        Assert.Equal(Now.AddDays(2), assignment.DoneAtUtc);

        assignment.Mark(false, Now.AddDays(3));
        Assert.True(assignment.IsOverdue(Today.AddDays(3)));
    }

    [Fact]
    public void An_assignment_has_words_of_at_most_500_characters()
    {
        Assert.Equal("Text", Assert.Throws<DomainException>(() => new EngagementAssignment(1, null, " ", Today, Today, 7, Now)).Field);
        Assert.Equal("Text", Assert.Throws<DomainException>(() => new EngagementAssignment(1, null, new string('a', 501), Today, Today, 7, Now)).Field);
    }

    [Fact]
    public void The_same_words_due_the_same_day_from_the_same_session_are_the_same_assignment()
    {
        var assignment = new EngagementAssignment(1, 4, "Draft a responsibilities map", Today, Today, 7, Now);
        Assert.True(assignment.Same(" draft a responsibilities map", Today, 4));
        Assert.False(assignment.Same("Draft a responsibilities map", Today.AddDays(1), 4));
        Assert.False(assignment.Same("Draft a responsibilities map", Today, null));
    }
}
