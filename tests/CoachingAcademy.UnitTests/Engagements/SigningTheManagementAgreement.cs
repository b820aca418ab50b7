using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;

namespace CoachingAcademy.UnitTests.Engagements;

/// <summary>Seed 002's agreement is the seed's own text, signed by coach and client.</summary>
public sealed class SigningTheManagementAgreement
{
    [Fact]
    public void The_text_has_the_seeds_two_exceptions_five_coach_and_seven_client_responsibilities()
    {
        Assert.Equal(2, ManagementAgreement.ConfidentialityExceptions.Count);
        Assert.Contains(ManagementAgreement.ConfidentialityExceptions, e => e.Contains("harm to themselves or others"));
        Assert.Contains(ManagementAgreement.ConfidentialityExceptions, e => e.Contains("illegal activity"));
        Assert.Equal(5, ManagementAgreement.CoachResponsibilities.Count);
        Assert.Equal(7, ManagementAgreement.ClientResponsibilities.Count);
        Assert.Contains("assessment survey", ManagementAgreement.ClientResponsibilities[^1]);
    }

    [Fact]
    public void Only_management_coaching_signs_fixed_terms()
    {
        Assert.True(new AgreementSetting(ProgramKind.ManagementCoaching, "UTC").FixedTerms);
        Assert.All(ProgramKinds.All.Where(k => k != ProgramKind.ManagementCoaching), k => Assert.False(ManagementAgreement.IsFor(k)));
    }
}
