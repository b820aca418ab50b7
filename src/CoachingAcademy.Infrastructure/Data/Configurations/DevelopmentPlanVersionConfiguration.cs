using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

/// <summary>Every version of an engagement's development plan, numbered once (two saves at once cannot both be version n).</summary>
internal sealed class DevelopmentPlanVersionConfiguration : IEntityTypeConfiguration<DevelopmentPlanVersion>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlanVersion> builder)
    {
        builder.Property(v => v.Themes).HasMaxLength(DevelopmentPlanVersion.MaxLength).IsRequired();
        builder.Property(v => v.Practices).HasMaxLength(DevelopmentPlanVersion.MaxLength).IsRequired();
        builder.Property(v => v.Exercises).HasMaxLength(DevelopmentPlanVersion.MaxLength).IsRequired();
        builder.Property(v => v.Reading).HasMaxLength(DevelopmentPlanVersion.MaxLength).IsRequired();
        builder.HasOne<Match>().WithMany().HasForeignKey(v => v.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.WrittenById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Commitments).WithOne().HasForeignKey(c => c.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Commitments).HasField("_commitments");
        builder.HasIndex(v => new { v.MatchId, v.Version }).IsUnique();
    }
}
