using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.Key).HasMaxLength(400).IsRequired();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Recipients).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.CopyTo).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.Subject).HasMaxLength(500).IsRequired();
        builder.Property(r => r.LastError).HasMaxLength(1000);
        // The outbox's promise: one row per (recipient, subject of the reminder, kind).
        builder.HasIndex(r => r.Key).IsUnique();
        // The scan's "what is due to send" lookup.
        builder.HasIndex(r => new { r.Status, r.NextAttemptAtUtc });
        builder.HasIndex(r => new { r.CohortId, r.CreatedAtUtc });
        builder.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderPolicyConfiguration : IEntityTypeConfiguration<ReminderPolicy>
{
    public void Configure(EntityTypeBuilder<ReminderPolicy> builder)
    {
        builder.Property(p => p.DigestDay).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(p => p.CohortId).IsUnique();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}
