using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

/// <summary>A cohort's files and links; a file's bytes are in the resources folder, under <see cref="Resource.StoredName"/>.</summary>
internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(Resource.TitleLength).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(Resource.DescriptionLength);
        builder.Property(r => r.Audience).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Url).HasMaxLength(Resource.UrlLength);
        builder.Property(r => r.FileName).HasMaxLength(Resource.FileNameLength);
        builder.Property(r => r.ContentType).HasMaxLength(100);
        builder.Property(r => r.StoredName).HasMaxLength(64);
        builder.Ignore(r => r.IsFile);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.AddedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CohortId, r.AddedAtUtc });
        // A step's resources lose their step when it is removed: EF clears the link (CohortService.RemoveMilestoneAsync loads
        // them); the database does not, since a cohort's resources and its steps both cascade from the cohort (SQL Server).
        builder.HasOne<Core.Milestones.Milestone>().WithMany().HasForeignKey(r => r.MilestoneId).OnDelete(DeleteBehavior.ClientSetNull);
    }
}
