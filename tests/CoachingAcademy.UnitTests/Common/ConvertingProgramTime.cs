using CoachingAcademy.Core.Common;
using Microsoft.Extensions.Time.Testing;

namespace CoachingAcademy.UnitTests.Common;

public sealed class ConvertingProgramTime
{
    private const string Pacific = "America/Los_Angeles";

    [Fact]
    public void A_local_time_round_trips_through_utc_on_either_side_of_daylight_saving()
    {
        var winter = new DateTime(2026, 3, 7, 9, 0, 0);
        var summer = new DateTime(2026, 3, 9, 9, 0, 0);

        Assert.Equal(new DateTime(2026, 3, 7, 17, 0, 0, DateTimeKind.Utc), ProgramTime.ToUtc(winter, Pacific));
        Assert.Equal(new DateTime(2026, 3, 9, 16, 0, 0, DateTimeKind.Utc), ProgramTime.ToUtc(summer, Pacific));
        Assert.Equal(summer, ProgramTime.ToLocal(ProgramTime.ToUtc(summer, Pacific), Pacific));
    }

    [Fact]
    public void Today_is_the_date_in_the_program_time_zone_not_in_utc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 3, 5, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 3, 2), ProgramTime.Today(clock, Pacific));
        Assert.Equal(new DateOnly(2026, 3, 3), ProgramTime.Today(clock, "Europe/Paris"));
    }

    [Fact]
    public void An_unknown_zone_is_reported_as_unknown()
    {
        Assert.False(ProgramTime.IsKnownZone("Nowhere/Special"));
        Assert.False(ProgramTime.IsKnownZone(""));
        Assert.True(ProgramTime.IsKnownZone(Pacific));
    }
}
