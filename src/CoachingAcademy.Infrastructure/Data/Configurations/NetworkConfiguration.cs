using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

/// <summary>A sign-up waiting for its link: found by the hash of its token, never by the token; used once (checked on save).</summary>
internal sealed class NetworkSignUpConfiguration : IEntityTypeConfiguration<NetworkSignUp>
{
    public void Configure(EntityTypeBuilder<NetworkSignUp> builder)
    {
        builder.Property(s => s.FullName).HasMaxLength(NetworkSignUp.MaxNameLength).IsRequired();
        builder.Property(s => s.Email).HasMaxLength(NetworkSignUp.MaxEmailLength).IsRequired();
        builder.Property(s => s.Region).HasMaxLength(40).IsRequired();
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.TokenHash).HasMaxLength(OneTimeTokenLength).IsUnicode(false).IsRequired();
        builder.Property(s => s.UsedAtUtc).IsConcurrencyToken();
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
    }

    private const int OneTimeTokenLength = Core.Common.OneTimeToken.HashLength;
}

/// <summary>One profile per enrollment, gone with it; its areas through a join table.</summary>
internal sealed class NetworkProfileConfiguration : IEntityTypeConfiguration<NetworkProfile>
{
    public void Configure(EntityTypeBuilder<NetworkProfile> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(NetworkProfile.MaxTextLength).IsRequired();
        builder.Property(p => p.Organisation).HasMaxLength(NetworkProfile.MaxTextLength).IsRequired();
        builder.Property(p => p.City).HasMaxLength(NetworkProfile.MaxTextLength).IsRequired();
        builder.Property(p => p.Region).HasMaxLength(40).IsRequired();
        builder.Property(p => p.Bio).HasMaxLength(NetworkProfile.MaxBioLength).IsRequired();
        builder.HasOne(p => p.Enrollment).WithMany().HasForeignKey(p => p.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.EnrollmentId).IsUnique();
        builder.HasIndex(p => p.Region);
        builder.HasMany(p => p.Areas).WithMany().UsingEntity("NetworkProfileAreas");
        builder.Navigation(p => p.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>
/// A network's areas of experience, unique by name in a cohort. Restricted from the cohort's side: SQL Server refuses a
/// second cascading path to the profiles' join table (cohorts are archived, never deleted).
/// </summary>
internal sealed class ExperienceAreaConfiguration : IEntityTypeConfiguration<ExperienceArea>
{
    public void Configure(EntityTypeBuilder<ExperienceArea> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(ExperienceArea.MaxNameLength).IsRequired();
        builder.HasIndex(a => new { a.CohortId, a.Name }).IsUnique();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Restrict);
    }
}
