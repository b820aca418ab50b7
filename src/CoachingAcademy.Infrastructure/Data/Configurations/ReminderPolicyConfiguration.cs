using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class ReminderPolicyConfiguration : IEntityTypeConfiguration<ReminderPolicy>
{
    public void Configure(EntityTypeBuilder<ReminderPolicy> builder)
    {
        builder.Property(p => p.DigestDay).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(p => p.CohortId).IsUnique();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}
