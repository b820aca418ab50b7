using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

/// <summary>One commitment per person and version: a second one at the same moment is refused by the database.</summary>
internal sealed class PlanCommitmentConfiguration : IEntityTypeConfiguration<PlanCommitment>
{
    public void Configure(EntityTypeBuilder<PlanCommitment> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(PlanCommitment.MaxNameLength).IsRequired();
        builder.Property(c => c.Role).HasConversion<string>().HasMaxLength(24);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PlanVersionId, c.PersonId }).IsUnique();
    }
}
