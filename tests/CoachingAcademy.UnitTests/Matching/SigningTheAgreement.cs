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

    [Fact]
    public void The_term_starts_when_the_second_signs_and_a_renewal_starts_a_new_one_that_both_sign_again()
    {
        var agreement = new MatchAgreement();
        agreement.Acknowledge(MatchParty.Coach, Now);
        Assert.Null(agreement.TermStartedAtUtc);
        Assert.Throws<DomainException>(() => agreement.Renew(3, Now));

        agreement.Acknowledge(MatchParty.Participant, Now.AddDays(2));
        Assert.Equal(Now.AddDays(2), agreement.TermStartedAtUtc);
        agreement.Update("c", 4, "f", "f", "t", CoachRoles.Guide, "");   // a change of terms is not a new term
        Assert.Equal(Now.AddDays(2), agreement.TermStartedAtUtc);

        agreement.Renew(3, Now.AddDays(100));
        Assert.Equal((Now.AddDays(100), 3, false), (agreement.TermStartedAtUtc!.Value, agreement.DurationMonths, agreement.IsSigned));
        Assert.Throws<DomainException>(() => agreement.Renew(25, Now.AddDays(101)));
    }

    [Fact]
    public void A_term_ends_its_duration_in_months_after_its_first_day_in_the_cohorts_zone()
    {
        // 11 pm on 31 Jan in Los Angeles is already 1 Feb in UTC: the term's first day is 31 Jan, so three months end on 30 Apr.
        Assert.Equal(new DateOnly(2026, 4, 30), MatchAgreement.TermEndsOn(new DateTime(2026, 2, 1, 7, 0, 0, DateTimeKind.Utc), 3, "America/Los_Angeles"));
        Assert.Null(MatchAgreement.TermEndsOn(null, 3, "America/Los_Angeles"));
    }
}
