using CoachingAcademy.Core.Milestones;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Description).HasMaxLength(2000).IsRequired();
        builder.HasIndex(m => new { m.CohortId, m.Order });
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Ignore(m => m.Due);
        // A step counted from another: removing that one is refused while this one counts from it (Cohort.RemoveMilestone).
        builder.HasOne(m => m.AfterStep).WithMany().HasForeignKey(m => m.AfterStepId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(m => m.DueDate);
    }
}
