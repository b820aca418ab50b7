using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

/// <summary>An executive engagement's calendar, one per engagement, with its own step days and its finished cycles.</summary>
internal sealed class EngagementScheduleConfiguration : IEntityTypeConfiguration<EngagementSchedule>
{
    public void Configure(EntityTypeBuilder<EngagementSchedule> builder)
    {
        builder.HasKey(s => s.MatchId);
        builder.Property(s => s.MatchId).ValueGeneratedNever();
        builder.HasOne<Match>().WithOne().HasForeignKey<EngagementSchedule>(s => s.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.MeetingsFrom);
        builder.OwnsMany(s => s.Steps, steps =>
        {
            steps.ToTable("EngagementStepDays");
            steps.WithOwner().HasForeignKey("MatchId");
            steps.HasKey("MatchId", nameof(EngagementStepDays.MilestoneId));
            steps.Property(x => x.MilestoneId).ValueGeneratedNever();
        });
        builder.Navigation(s => s.Steps).HasField("_steps");
        builder.OwnsMany(s => s.Closings, closings =>
        {
            closings.ToTable("EngagementCycleClosings");
            closings.WithOwner().HasForeignKey("MatchId");
            closings.HasKey("MatchId", nameof(CycleClosing.Cycle));
            closings.Property(x => x.Cycle).ValueGeneratedNever();
            closings.Property(x => x.Decision).HasConversion<string>().HasMaxLength(16);
            closings.Property(x => x.Summary).HasMaxLength(EngagementSchedule.MaxSummaryLength).IsRequired();
            closings.HasOne<Person>().WithMany().HasForeignKey(x => x.ClosedById).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(s => s.Closings).HasField("_closings");
    }
}
