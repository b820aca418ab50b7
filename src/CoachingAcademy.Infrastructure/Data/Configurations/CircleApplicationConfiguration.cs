using CoachingAcademy.Core.Applications;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

/// <summary>One application per person and cohort (a unique index: a double submit keeps the first); its stage is checked on
/// save, so that two decisions at once cannot both land.</summary>
internal sealed class CircleApplicationConfiguration : IEntityTypeConfiguration<CircleApplication>
{
    public void Configure(EntityTypeBuilder<CircleApplication> builder)
    {
        foreach (var name in new[] { nameof(CircleApplication.JobClassification), nameof(CircleApplication.Division), nameof(CircleApplication.Unit),
                     nameof(CircleApplication.SupervisorName), nameof(CircleApplication.DirectorName) })
            builder.Property<string>(name).HasMaxLength(CircleApplication.MaxShortLength).IsRequired();
        builder.Property(a => a.SupervisorEmail).HasMaxLength(CircleApplication.MaxEmailLength).IsRequired();
        builder.Property(a => a.DirectorEmail).HasMaxLength(CircleApplication.MaxEmailLength).IsRequired();
        builder.Property(a => a.Why).HasMaxLength(CircleApplication.MaxLongLength).IsRequired();
        builder.Property(a => a.LeadershipRoles).HasMaxLength(CircleApplication.MaxLongLength).IsRequired();
        builder.Property(a => a.Competencies).HasMaxLength(60).IsUnicode(false).IsRequired();
        foreach (var name in new[] { nameof(CircleApplication.Specific), nameof(CircleApplication.Measurable), nameof(CircleApplication.Achievable),
                     nameof(CircleApplication.Realistic), nameof(CircleApplication.Timely) })
            builder.Property<string>(name).HasMaxLength(CircleApplication.MaxSmartLength).IsRequired();
        builder.Property(a => a.SupervisorApprovedBy).HasMaxLength(CircleApplication.MaxShortLength);
        builder.Property(a => a.DirectorApprovedBy).HasMaxLength(CircleApplication.MaxShortLength);
        builder.Property(a => a.AcceptedBy).HasMaxLength(CircleApplication.MaxShortLength);
        builder.Property(a => a.DeclinedBy).HasMaxLength(CircleApplication.MaxShortLength);
        builder.Property(a => a.DeclineReason).HasMaxLength(CircleApplication.MaxReasonLength);
        builder.Property(a => a.Stage).IsConcurrencyToken();
        builder.Property(a => a.CompletionToldAtUtc).IsConcurrencyToken();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CohortId, a.PersonId }).IsUnique();
    }
}

/// <summary>An approver's one-time link: found by the hash of its token, never by the token; used once (checked on save).</summary>
internal sealed class ApplicationLinkConfiguration : IEntityTypeConfiguration<ApplicationLink>
{
    public void Configure(EntityTypeBuilder<ApplicationLink> builder)
    {
        builder.Property(l => l.TokenHash).HasMaxLength(OneTimeToken.HashLength).IsUnicode(false).IsRequired();
        builder.Property(l => l.UsedAtUtc).IsConcurrencyToken();
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasOne(l => l.Application).WithMany().HasForeignKey(l => l.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>One status per member, team and month: a double submit of a first status keeps the first.</summary>
internal sealed class ProjectUpdateConfiguration : IEntityTypeConfiguration<ProjectUpdate>
{
    public void Configure(EntityTypeBuilder<ProjectUpdate> builder)
    {
        builder.Property(u => u.Text).HasMaxLength(ProjectUpdate.TextLength).IsRequired();
        builder.HasOne<Core.Matching.Match>().WithMany().HasForeignKey(u => u.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Core.People.Person>().WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.MatchId, u.PersonId, u.Month }).IsUnique();
    }
}
