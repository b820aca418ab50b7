using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Sessions;

namespace CoachingAcademy.UnitTests.Sessions;

public sealed class FlaggingThePace
{
    private static readonly DateOnly Today = new(2026, 5, 1);

    private static MatchProgress Progress(int held = 0, int minimum = 3, DateOnly? lastContact = null, int? rhythm = 45, bool ongoing = true, int daysToEnd = 90) =>
        new("UTC", [], held, minimum, 0, [], DateTime.UtcNow)
        {
            Ongoing = ongoing, LastContactOn = lastContact, Today = Today, RhythmDays = rhythm, EndsOn = Today.AddDays(daysToEnd),
        };

    [Theory]
    [InlineData(45, false)]
    [InlineData(46, true)]
    public void A_pair_is_quiet_only_past_the_rhythm(int daysSinceContact, bool quiet) =>
        Assert.Equal(quiet, Progress(lastContact: Today.AddDays(-daysSinceContact)).Quiet);

    [Fact]
    public void Without_a_rhythm_an_ended_engagement_or_a_start_nobody_is_quiet()
    {
        Assert.False(Progress(lastContact: Today.AddDays(-100), rhythm: null).Quiet);
        Assert.False(Progress(lastContact: Today.AddDays(-100), ongoing: false).Quiet);
        Assert.False(Progress(lastContact: null).Quiet);
    }

    [Theory]
    [InlineData(2, 30, true)]
    [InlineData(2, 31, false)]
    [InlineData(3, 0, false)]
    [InlineData(0, -5, true)]
    public void Under_the_minimum_counts_from_thirty_days_before_the_end(int held, int daysToEnd, bool flagged) =>
        Assert.Equal(flagged, Progress(held: held, daysToEnd: daysToEnd).BelowMinimum);

    [Theory]
    [InlineData(6)]
    [InlineData(366)]
    public void A_rhythm_is_a_week_to_a_year(int days)
    {
        var error = Assert.Throws<DomainException>(() => (CohortRules.For(ProgramKind.Academy) with { RhythmDays = days }).Validate());
        Assert.Equal(nameof(CohortRules.RhythmDays), error.Field);
    }
}
