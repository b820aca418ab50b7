using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Matching;

namespace CoachingAcademy.UnitTests.Matching;

public sealed class SigningTheAgreement
{
    private static readonly DateTime Now = new(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_statement_is_signed_when_both_sides_acknowledge_it()
    {
        var agreement = new MatchAgreement();

        agreement.Acknowledge(MatchParty.Coach, Now);
        Assert.False(agreement.IsSigned);
        agreement.Acknowledge(MatchParty.Participant, Now);

        Assert.True(agreement.IsSigned);
    }

    [Fact]
    public void Changing_the_terms_clears_both_signatures()
    {
        var agreement = new MatchAgreement();
        agreement.Acknowledge(MatchParty.Coach, Now);
        agreement.Acknowledge(MatchParty.Participant, Now);

        agreement.Update("Confidential.", 4, "Monthly", "Video", "One hour a month",
            CoachRoles.Guide | CoachRoles.FacilitateLearning, "Invite me to the budget workshop.");

        Assert.False(agreement.IsSigned);
        Assert.Null(agreement.CoachAcknowledgedAtUtc);
        Assert.Equal(CoachRoles.Guide | CoachRoles.FacilitateLearning, agreement.CoachRoles);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public void The_intended_duration_stays_within_two_years(int months)
    {
        Assert.Throws<DomainException>(() => new MatchAgreement().Update("c", months, "f", "f", "t", CoachRoles.Guide, ""));
    }

    [Fact]
    public void A_director_does_not_sign_for_the_pair()
    {
        Assert.Throws<DomainException>(() => new MatchAgreement().Acknowledge(MatchParty.Director, Now));
    }
}
