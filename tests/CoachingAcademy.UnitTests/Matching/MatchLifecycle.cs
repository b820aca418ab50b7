using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Matching;

public sealed class MatchLifecycle
{
    private static readonly DateTime Now = new(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);
    private static readonly Agency Agency = new("City of Testville", "contact@testville.example.org");
    private readonly Person _participant = new("Pat Participant", "pat@example.org", "Analyst", PositionLevel.Other, Agency);
    private readonly Person _coach = new("Casey Coach", "casey@example.org", "Director", PositionLevel.DepartmentHead, Agency);

    private Match Proposed() => new(1, _participant, _coach, MatchSource.Coordinator, 7, Now);

    [Fact]
    public void A_proposal_waits_for_a_director_and_a_participants_request_waits_for_the_coach()
    {
        Assert.Equal(MatchStatus.Proposed, Proposed().Status);
        Assert.Equal(MatchStatus.AwaitingCoach, new Match(1, _participant, _coach, MatchSource.ParticipantRequest, 1, Now).Status);
    }

    [Fact]
    public void A_match_that_breaks_a_rule_cannot_be_approved()
    {
        var match = Proposed();

        var error = Assert.Throws<DomainException>(() => match.Approve(9, ["Casey Coach is in Pat Participant's chain of command."], Now));

        Assert.Contains("chain of command", error.Message);
        Assert.Equal(MatchStatus.Proposed, match.Status);
    }

    [Fact]
    public void Approval_activates_the_match_opens_an_agreement_and_changes_the_concurrency_token()
    {
        var match = Proposed();
        var seen = match.ConcurrencyToken;

        match.Approve(9, [], Now);

        Assert.Equal(MatchStatus.Active, match.Status);
        Assert.NotNull(match.Agreement);
        Assert.NotEqual(seen, match.ConcurrencyToken);
        Assert.Throws<DomainException>(() => match.Approve(9, [], Now));
    }

    [Fact]
    public void A_request_goes_to_the_directors_only_once_the_coach_accepts()
    {
        var match = new Match(1, _participant, _coach, MatchSource.ParticipantRequest, 1, Now);
        Assert.Throws<DomainException>(() => match.Approve(9, [], Now));

        match.CoachAccepts(Now);

        Assert.Equal(MatchStatus.Proposed, match.Status);
    }

    [Fact]
    public void A_coach_may_decline_a_request()
    {
        var match = new Match(1, _participant, _coach, MatchSource.ParticipantRequest, 1, Now);

        match.CoachDeclines(Now);

        Assert.Equal(MatchStatus.DeclinedByCoach, match.Status);
        Assert.False(match.IsOpen);
    }

    [Fact]
    public void A_rejection_needs_a_reason()
    {
        Assert.Throws<DomainException>(() => Proposed().Reject(9, "  ", Now));
        var match = Proposed();
        match.Reject(9, "The coach supervises the participant's team lead.", Now);
        Assert.Equal(MatchStatus.Rejected, match.Status);
    }

    [Fact]
    public void Either_side_ends_an_active_match_with_an_optional_private_reason()
    {
        var match = Proposed();
        match.Approve(9, [], Now);

        match.End(MatchParty.Participant, 1, "  ", Now.AddDays(30));

        Assert.Equal(MatchStatus.Ended, match.Status);
        Assert.Equal(MatchParty.Participant, match.EndedBy);
        Assert.Null(match.EndReason);
        Assert.Throws<DomainException>(() => match.End(MatchParty.Coach, 2, null, Now));
    }

    [Fact]
    public void Only_an_active_match_can_end()
    {
        Assert.Throws<DomainException>(() => Proposed().End(MatchParty.Director, 9, "changed our minds", Now));
    }

    [Fact]
    public void A_person_cannot_be_matched_with_themselves()
    {
        Assert.Throws<DomainException>(() => new Match(1, _coach, _coach, MatchSource.Director, 9, Now));
    }
}
