using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

/// <summary>One standing per outcome and review; it belongs to its outcome (and so to the engagement) and goes with it.</summary>
internal sealed class OutcomeReviewConfiguration : IEntityTypeConfiguration<OutcomeReview>
{
    public void Configure(EntityTypeBuilder<OutcomeReview> builder)
    {
        builder.Property(r => r.Comment).HasMaxLength(OutcomeReview.MaxCommentLength);
        builder.HasOne<ProgramOutcome>().WithMany().HasForeignKey(r => r.OutcomeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OutcomeId, r.Stage }).IsUnique();
    }
}
