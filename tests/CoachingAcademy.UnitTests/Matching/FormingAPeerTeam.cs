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
    public void A_team_starts_at_once_with_every_member_a_peer_and_no_pair_or_statement()
    {
        Person[] peers = [Peer(1, "Noor Haddad"), Peer(2, "Felix Grant"), Peer(3, "Maya Torres")];

        var team = Match.PeerTeam(7, peers, directorId: 9, Now);

        Assert.True(team.IsPeerTeam);
        Assert.Equal(MatchStatus.Active, team.Status);
        Assert.Equal(Now, team.StartedAtUtc);
        Assert.Null(team.Agreement);
        Assert.All(team.Members, m => Assert.Equal(MemberRole.Peer, m.Role));
        Assert.Equal([1, 2, 3], team.Members.Select(m => m.PersonId));
        Assert.Throws<InvalidOperationException>(() => team.PairCoachId);
        Assert.Contains("already a member", Assert.Throws<DomainException>(() => team.AddMember(peers[0], MemberRole.Guest, Now)).Message);
    }

    [Fact]
    public void Nobody_is_in_a_team_twice()
    {
        var noor = Peer(1, "Noor Haddad");

        var error = Assert.Throws<DomainException>(() => Match.PeerTeam(7, [noor, Peer(2, "Felix Grant"), noor], 9, Now));

        Assert.Equal("Choose each member of the team once.", error.Message);
    }
}
