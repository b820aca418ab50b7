using CoachingAcademy.Core.Cohorts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.CertificateSignerName).HasMaxLength(Cohort.MaxSignerLength);
        builder.Property(c => c.CertificateSignerTitle).HasMaxLength(Cohort.MaxSignerLength);
        builder.Property(c => c.GuestName).HasMaxLength(Cohort.MaxSignerLength);
        builder.Property(c => c.GuestTitle).HasMaxLength(Cohort.MaxSignerLength);
        builder.Property(c => c.GuestEmail).HasMaxLength(Cohort.MaxGuestEmailLength);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64).IsRequired();
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Ignore(c => c.CoachingStartsAfter);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        // The rules are a value of the cohort: columns Rules_* of its row, replaced whole when a director changes them.
        builder.ComplexProperty(c => c.Rules, rules =>
        {
            rules.Property(r => r.Shape).HasConversion<string>().HasMaxLength(16);
            rules.Property(r => r.StepDates).HasConversion<string>().HasMaxLength(24);
        });

        builder.HasMany(c => c.ClassSessions).WithOne().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Milestones).WithOne().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.OrientationSessions).WithOne().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Enrollments).WithOne(e => e.Cohort).HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(Cohort.ClassSessions), nameof(Cohort.Milestones), nameof(Cohort.OrientationSessions), nameof(Cohort.Enrollments) })
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AcademySessionConfiguration : IEntityTypeConfiguration<AcademySession>
{
    public void Configure(EntityTypeBuilder<AcademySession> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200).IsRequired();
        builder.HasIndex(s => new { s.CohortId, s.Date });
    }
}

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.Property(e => e.Role).HasConversion<string>().HasMaxLength(16);
        // One role per person in a cohort (Cohort.Enroll), kept by the database too when two directors enroll at once.
        builder.HasIndex(e => new { e.CohortId, e.PersonId }).IsUnique();
        // Headcounts by role (the cohort lists, a cohort's page) read this index alone, not the rows.
        builder.HasIndex(e => new { e.CohortId, e.Role, e.PersonId });
        builder.HasIndex(e => e.PersonId);
        builder.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
