using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Matching;

/// <summary>Seed 004: a team of equal peers, no coach and no coachee.</summary>
public sealed class FormingAPeerTeam
{
    private static readonly DateTime Now = new(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);

    private static Person Peer(int id, string name)
    {
        var person = new Person(name, $"{name.Replace(' ', '.').ToLowerInvariant()}@example.org", "Analyst", PositionLevel.Other, null);
        typeof(Person).GetProperty(nameof(Person.Id))!.SetValue(person, id);
        return person;
    }

    [Fact]
    public void A_team_forms_when_every_member_has_consented_with_every_member_a_peer_and_no_pair_or_statement()
    {
        Person[] peers = [Peer(1, "Noor Haddad"), Peer(2, "Felix Grant"), Peer(3, "Maya Torres")];

        var team = Match.PeerTeam(7, peers, directorId: 9, Now);
        Assert.Equal(MatchStatus.Proposed, team.Status);
        Assert.False(team.Consent(1, Now.AddHours(1)));
        Assert.False(team.Consent(1, Now.AddHours(2)));   // again: nothing changes
        Assert.Equal(Now.AddHours(1), team.Members.Single(m => m.PersonId == 1).ConsentedAtUtc);
        Assert.False(team.Consent(2, Now.AddHours(3)));
        Assert.Throws<DomainException>(() => team.Consent(4, Now.AddHours(3)));
        Assert.Equal(MatchStatus.Proposed, team.Status);
        Assert.True(team.Consent(3, Now.AddHours(4)));

        Assert.True(team.IsPeerTeam);
        Assert.Equal(MatchStatus.Active, team.Status);
        Assert.Equal(Now.AddHours(4), team.StartedAtUtc);
        Assert.False(team.Consent(3, Now.AddHours(5)));
        Assert.Null(team.Agreement);
        Assert.All(team.Members, m => Assert.Equal(MemberRole.Peer, m.Role));
        Assert.Equal([1, 2, 3], team.Members.Select(m => m.PersonId));
        Assert.Throws<InvalidOperationException>(() => team.PairCoachId);
        Assert.Contains("already a member", Assert.Throws<DomainException>(() => team.AddMember(peers[0], MemberRole.Guest, Now)).Message);
    }

    [Fact]
    public void A_member_who_declines_stops_the_team_from_forming()
    {
        var team = Match.PeerTeam(7, [Peer(1, "Noor Haddad"), Peer(2, "Felix Grant"), Peer(3, "Maya Torres")], directorId: 9, Now);
        team.Consent(1, Now);

        team.DeclineTeam(2, "Felix Grant", Now.AddHours(1));

        Assert.Equal((MatchStatus.Rejected, "Felix Grant declined to join the team."), (team.Status, team.RejectionReason));
        Assert.Throws<DomainException>(() => team.Consent(3, Now.AddHours(2)));
        Assert.Null(team.StartedAtUtc);
    }

    [Fact]
    public void Nobody_is_in_a_team_twice()
    {
        var noor = Peer(1, "Noor Haddad");

        var error = Assert.Throws<DomainException>(() => Match.PeerTeam(7, [noor, Peer(2, "Felix Grant"), noor], 9, Now));

        Assert.Equal("Choose each member of the team once.", error.Message);
    }
}
