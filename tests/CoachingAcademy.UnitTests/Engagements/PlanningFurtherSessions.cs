using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Engagements;

namespace CoachingAcademy.UnitTests.Engagements;

public sealed class PlanningFurtherSessions
{
    private const string LosAngeles = "America/Los_Angeles";

    private static OutlineView Outline(int version, int more, OutlineDecision decision) =>
        new(version, version, more, 8, "Why", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), decision, null, null, false, null);

    private static EngagementPlan Plan(DateTime? thirdHeldUtc, int held, int booked, params OutlineView[] newestFirst) =>
        new(3, thirdHeldUtc, LosAngeles, newestFirst, held, booked);

    [Fact]
    public void The_outline_is_due_on_the_tenth_local_day_after_the_third_session_even_when_that_instant_is_the_next_day_in_utc()
    {
        // Sun 1 Mar 2026, 23:30 in Los Angeles is already 2 Mar in UTC; the clocks go forward on 8 Mar.
        var plan = Plan(new DateTime(2026, 3, 2, 7, 30, 0, DateTimeKind.Utc), 3, 0);

        Assert.Equal(new DateOnly(2026, 3, 11), plan.OutlineDueOn);
        Assert.False(plan.IsOutlineOverdue(new DateOnly(2026, 3, 10)));
        Assert.False(plan.IsOutlineOverdue(new DateOnly(2026, 3, 11)));
        Assert.True(plan.IsOutlineOverdue(new DateOnly(2026, 3, 12)));
    }

    [Fact]
    public void Before_the_third_session_nothing_is_owed_and_three_sessions_may_be_held_or_booked()
    {
        var plan = Plan(null, 2, 0);

        Assert.Null(plan.OutlineDueOn);
        Assert.False(plan.OutlineOwed);
        Assert.True(plan.MayBook);
        Assert.False(Plan(null, 2, 1).MayBook);
        Assert.Equal(3, plan.PlannedSessions);
    }

    [Fact]
    public void The_newest_approved_outline_sets_the_planned_sessions_and_a_pending_change_does_not_until_approved()
    {
        var held = new DateTime(2026, 2, 1, 17, 0, 0, DateTimeKind.Utc);
        var plan = Plan(held, 5, 1, Outline(2, 6, OutlineDecision.Pending), Outline(1, 4, OutlineDecision.Approved));

        Assert.Equal(7, plan.PlannedSessions);
        Assert.True(plan.WaitsForApproval);
        Assert.False(plan.OutlineOwed);
        Assert.True(plan.MayBook);
        Assert.False(Plan(held, 6, 1, Outline(1, 4, OutlineDecision.Approved)).MayBook);
        Assert.Equal(3, Plan(held, 3, 0, Outline(1, 4, OutlineDecision.Declined)).PlannedSessions);
    }

    [Fact]
    public void The_engagement_is_complete_only_when_an_approved_number_of_sessions_is_held()
    {
        var held = new DateTime(2026, 2, 1, 17, 0, 0, DateTimeKind.Utc);

        Assert.False(Plan(held, 3, 0).IsComplete);
        Assert.True(Plan(held, 3, 0, Outline(1, 0, OutlineDecision.Approved)).IsComplete);
        Assert.False(Plan(held, 6, 0, Outline(1, 4, OutlineDecision.Approved)).IsComplete);
        Assert.True(Plan(held, 7, 0, Outline(1, 4, OutlineDecision.Approved)).IsComplete);
    }

    [Fact]
    public void A_one_time_link_works_once_and_until_it_expires_and_only_its_hash_is_kept()
    {
        var now = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
        var outline = new SessionOutline(1, 1, 2, 4, "Two more", 7, now);
        var (link, token) = ApprovalLink.Issue(outline, 9, now);

        Assert.Equal(ApprovalLink.Hash(token), link.TokenHash);
        Assert.DoesNotContain(token, link.TokenHash);
        Assert.Null(link.Refusal(now.AddDays(ApprovalLink.ValidDays).AddSeconds(-1)));
        Assert.StartsWith("This link has expired", link.Refusal(now.AddDays(ApprovalLink.ValidDays)));
        link.Use(now);
        Assert.StartsWith("This link has already been used.", Assert.Throws<DomainException>(() => link.Use(now)).Message);
    }

    [Fact]
    public void A_decision_is_taken_once_and_a_replaced_outline_takes_none()
    {
        var now = new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
        var outline = new SessionOutline(1, 1, 2, 4, "Two more", 7, now);
        outline.Decide(true, 9, "Simone Ward", "  Agreed.  ", throughLink: true, now);

        Assert.Equal(("Simone Ward", "Agreed.", true), (outline.DecidedByName, outline.Comment, outline.DecidedThroughLink));
        Assert.Equal("This outline was already approved by Simone Ward.",
            Assert.Throws<DomainException>(() => outline.Decide(false, 9, "Simone Ward", null, false, now)).Message);
        Assert.Throws<DomainException>(() => new SessionOutline(1, 1, 51, 4, "Too many", 7, now));
        Assert.Throws<DomainException>(() => new SessionOutline(1, 1, 2, 0, "No period", 7, now));
        Assert.Throws<DomainException>(() => new SessionOutline(1, 1, 2, 4, "  ", 7, now));
    }
}
