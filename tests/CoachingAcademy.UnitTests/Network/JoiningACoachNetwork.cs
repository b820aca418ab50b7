using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Network;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Network;

public sealed class JoiningACoachNetwork
{
    private static readonly DateTime Now = new(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_sign_up_stores_only_the_hash_of_its_token_and_works_once_for_48_hours()
    {
        var (signUp, token) = NetworkSignUp.Issue(4, EnrollmentRole.Coach, " Wren Castellano ", " Wren@Example.org ", "Pacific", Now);

        Assert.Equal(OneTimeToken.Hash(token), signUp.TokenHash);
        Assert.DoesNotContain(token, signUp.TokenHash);
        Assert.Equal(("Wren Castellano", "wren@example.org"), (signUp.FullName, signUp.Email));
        Assert.Null(signUp.Refusal(Now.AddHours(47.9)));
        Assert.StartsWith("This link has expired (links work for 48 hours).", signUp.Refusal(Now.AddHours(48)));

        signUp.Use(Now.AddHours(1));
        Assert.StartsWith("This link has already been used.", signUp.Refusal(Now.AddHours(2)));
        Assert.Throws<DomainException>(() => signUp.Use(Now.AddHours(2)));
    }

    [Fact]
    public void Two_sign_ups_never_share_a_token_and_a_region_not_on_the_list_is_refused()
    {
        var first = NetworkSignUp.Issue(4, EnrollmentRole.Participant, "A", "a@example.org", "Midwest", Now);
        var second = NetworkSignUp.Issue(4, EnrollmentRole.Participant, "A", "a@example.org", "Midwest", Now);
        Assert.NotEqual(first.Token, second.Token);

        var error = Assert.Throws<DomainException>(() => NetworkSignUp.Issue(4, EnrollmentRole.Coach, "A", "a@example.org", "Atlantis", Now));
        Assert.Equal("Region", error.Field);
        Assert.StartsWith("'Atlantis' is not one of the network's regions: choose Northeast, Southeast", error.Message);
    }
}

public sealed class KeepingANetworkProfile
{
    private static readonly DateTime Now = new(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);

    private static NetworkProfile NewProfile()
    {
        var cohort = new Cohort("Coach Network", "America/Los_Angeles", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 3), ProgramKind.CoachNetwork);
        var coach = cohort.Enroll(new Person("Theo Marchetti", "theo@example.org", "", PositionLevel.Other, null), EnrollmentRole.Coach, Now);
        return new NetworkProfile(coach, "Northeast", Now);
    }

    private static ProfileDetails Details(string? region = "Northeast", ContactForms forms = ContactForms.Phone, string bio = "Bio", int capacity = 2,
        bool available = true, params int[] areas) =>
        new("Retired City Manager", "Town of Alder Creek", "Alder Creek", region, forms, areas, bio, capacity, available);

    [Fact]
    public void A_new_profile_is_listed_until_the_coach_or_a_director_pauses_it()
    {
        var profile = NewProfile();
        Assert.True(profile.Listed);

        profile.Update(Details(available: false), [], Now);
        Assert.False(profile.Listed);
        profile.Update(Details(), [], Now);
        profile.SetPausedByDirector(true);
        Assert.False(profile.Listed);
        profile.Update(Details(available: true), [], Now);   // the coach cannot lift a director's pause
        Assert.False(profile.Listed);
    }

    [Theory]
    [InlineData("Atlantis", ContactForms.Phone, 1, 2, "Region")]
    [InlineData("Pacific", ContactForms.None, 1, 2, "ContactForms")]
    [InlineData("Pacific", (ContactForms)8, 1, 2, "ContactForms")]
    [InlineData("Pacific", ContactForms.Video, 1_501, 2, "Bio")]
    [InlineData("Pacific", ContactForms.Video, 10, 0, "Capacity")]
    [InlineData("Pacific", ContactForms.Video, 10, 21, "Capacity")]
    public void A_profile_refuses_what_the_directory_could_not_show_naming_the_field(string region, ContactForms forms, int bioLength, int capacity,
        string field)
    {
        var profile = NewProfile();

        var error = Assert.Throws<DomainException>(() => profile.Update(Details(region, forms, new string('b', bioLength), capacity), [], Now));

        Assert.Equal(field, error.Field);
        Assert.Equal("Northeast", profile.Region);
    }

    [Fact]
    public void Areas_come_from_the_networks_own_list()
    {
        var profile = NewProfile();
        var budget = new ExperienceArea(0, "Budget and finance");
        profile.Update(Details(), [budget], Now);
        Assert.Equal(["Budget and finance"], profile.Areas.Select(a => a.Name));

        var elsewhere = new ExperienceArea(99, "Elsewhere");
        Assert.Equal("AreaIds", Assert.Throws<DomainException>(() => profile.Update(Details(), [elsewhere], Now)).Field);
        Assert.Equal("AreaIds", Assert.Throws<DomainException>(() => profile.Update(Details(areas: 12345), [], Now)).Field);
    }
}
