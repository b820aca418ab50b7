using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Events;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Events;

public sealed class RunningACohortEvent
{
    private static readonly DateTime Now = new(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Start = Now.AddDays(50);
    private readonly Agency _agency = new("City of Testville", "contact@testville.example.org");

    private Person Someone(string name) => new(name, $"{name}@example.org", "Director", PositionLevel.DepartmentHead, _agency);

    private static CohortEvent Graduation() => new(1, CohortEventKind.Graduation, Start, Start.AddHours(2), " City Hall ");

    [Fact]
    public void A_new_time_or_place_raises_the_sequence_and_the_same_details_change_nothing()
    {
        var graduation = Graduation();

        Assert.Equal("City Hall", graduation.Location);
        Assert.False(graduation.Change(Start, Start.AddHours(2), "City Hall ", Now));
        Assert.Equal(0, graduation.Sequence);
        Assert.True(graduation.Change(Start.AddHours(1), Start.AddHours(3), "City Hall", Now));
        Assert.True(graduation.Change(Start.AddHours(1), Start.AddHours(3), "Library", Now));
        Assert.Equal(2, graduation.Sequence);
    }

    [Fact]
    public void An_event_ends_after_it_starts_and_is_not_changed_once_started()
    {
        var ends = Assert.Throws<DomainException>(() => new CohortEvent(1, CohortEventKind.Debrief, Start, Start, "Room"));
        Assert.Equal("EndTime", ends.Field);
        var graduation = Graduation();

        var past = Assert.Throws<DomainException>(() => graduation.Change(Now.AddHours(-1), Now.AddHours(1), "Room", Now));
        Assert.Equal("StartTime", past.Field);
        Assert.Throws<DomainException>(() => graduation.Change(Start.AddDays(1), Start.AddDays(1).AddHours(1), "Room", Start.AddMinutes(1)));
    }

    [Fact]
    public void A_person_is_invited_once()
    {
        var graduation = Graduation();
        var dana = Someone("dana");

        Assert.NotNull(graduation.Invite(dana, Now));
        Assert.Null(graduation.Invite(dana, Now));
        Assert.NotNull(graduation.Invite(Someone("jordan"), Now));
        Assert.Equal(2, graduation.Invitations.Count);
        Assert.Throws<DomainException>(() => graduation.Invite(Someone("late"), Start));
    }

    [Fact]
    public void An_answer_changes_until_the_event_starts()
    {
        var graduation = Graduation();
        var invitation = graduation.Invite(Someone("dana"), Now)!;
        Assert.Equal(EventReply.None, invitation.Reply);

        Assert.True(invitation.Answer(EventReply.Yes, graduation.StartsAtUtc, Now));
        Assert.False(invitation.Answer(EventReply.Yes, graduation.StartsAtUtc, Now.AddMinutes(1)));   // a double submit
        Assert.Equal(Now, invitation.RepliedAtUtc);
        Assert.True(invitation.Answer(EventReply.No, graduation.StartsAtUtc, Start.AddSeconds(-1)));
        Assert.Equal(EventReply.No, invitation.Reply);

        var late = Assert.Throws<DomainException>(() => invitation.Answer(EventReply.Yes, graduation.StartsAtUtc, Start));
        Assert.Equal("This event has started: answers can no longer be changed.", late.Message);
        Assert.Throws<DomainException>(() => invitation.Answer(EventReply.None, graduation.StartsAtUtc, Now));
        Assert.Equal(EventReply.No, invitation.Reply);
    }

    [Theory]
    [InlineData(CohortEventKind.Graduation, EnrollmentRole.Coach, true)]
    [InlineData(CohortEventKind.Graduation, EnrollmentRole.Participant, true)]
    [InlineData(CohortEventKind.Debrief, EnrollmentRole.Coach, true)]
    [InlineData(CohortEventKind.Debrief, EnrollmentRole.Participant, false)]
    public void Graduation_invites_coaches_and_participants_and_the_debrief_coaches(CohortEventKind kind, EnrollmentRole role, bool invited) =>
        Assert.Equal(invited, kind.Invites(role));
}
