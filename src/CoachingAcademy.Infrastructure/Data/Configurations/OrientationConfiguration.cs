using CoachingAcademy.Core.Orientation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class OrientationSessionConfiguration : IEntityTypeConfiguration<OrientationSession>
{
    public void Configure(EntityTypeBuilder<OrientationSession> builder)
    {
        builder.Property(s => s.Location).HasMaxLength(500).IsRequired();
        builder.Property(s => s.Audience).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(s => s.SeatsLeft);
        builder.Property(s => s.ConcurrencyToken).IsConcurrencyToken();
        builder.HasIndex(s => new { s.CohortId, s.StartsAtUtc });
        builder.HasMany(s => s.Registrations).WithOne().HasForeignKey(r => r.OrientationSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Registrations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OrientationRegistrationConfiguration : IEntityTypeConfiguration<OrientationRegistration>
{
    public void Configure(EntityTypeBuilder<OrientationRegistration> builder)
    {
        builder.HasIndex(r => new { r.OrientationSessionId, r.CoachId }).IsUnique();
        builder.HasIndex(r => r.CoachId);
        builder.HasOne(r => r.Coach).WithMany().HasForeignKey(r => r.CoachId).OnDelete(DeleteBehavior.Restrict);
    }
}
