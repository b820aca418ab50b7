using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> builder)
    {
        builder.Property(e => e.Key).HasMaxLength(400);
        builder.Property(e => e.Kind).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Recipients).HasMaxLength(4000).IsRequired();
        builder.Property(e => e.CopyTo).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(500).IsRequired();
        builder.Property(e => e.LastError).HasMaxLength(1000);
        // A reminder's promise: one row per (recipient, subject of the reminder, kind), whoever records it.
        builder.HasIndex(e => e.Key).IsUnique();
        // The senders' "what is due" lookup, and a claim's own rows.
        builder.HasIndex(e => new { e.Status, e.NextAttemptAtUtc });
        builder.HasIndex(e => e.ClaimToken);
        builder.HasIndex(e => e.CreatedAtUtc);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.EmailId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Attachments).HasField("_attachments");
    }
}

internal sealed class OutgoingAttachmentConfiguration : IEntityTypeConfiguration<OutgoingAttachment>
{
    public void Configure(EntityTypeBuilder<OutgoingAttachment> builder)
    {
        builder.ToTable("OutgoingAttachments");
        builder.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Content).IsRequired();
    }
}
