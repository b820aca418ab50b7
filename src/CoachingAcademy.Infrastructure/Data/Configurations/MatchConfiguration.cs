using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    public void Configure(EntityTypeBuilder<Match> builder)
    {
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.Source).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.EndedBy).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.RejectionReason).HasMaxLength(1000);
        builder.Property(m => m.EndReason).HasMaxLength(1000);
        builder.Property(m => m.RequestMessage).HasMaxLength(Match.MaxRequestMessageLength);
        builder.Property(m => m.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(m => m.IsOpen);
        builder.Ignore(m => m.IsExploring);
        builder.Ignore(m => m.IsPeerTeam);
        builder.Ignore(m => m.PairCoachId);
        builder.Ignore(m => m.PairParticipantId);

        builder.HasOne<Cohort>().WithMany().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Participant).WithMany().HasForeignKey(m => m.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Coach).WithMany().HasForeignKey(m => m.CoachId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Agreement).WithOne().HasForeignKey<MatchAgreement>(a => a.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Members).WithOne().HasForeignKey(x => x.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Members).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(m => new { m.CohortId, m.Status });
        builder.HasIndex(m => new { m.CoachId, m.Status });
        builder.HasIndex(m => new { m.ParticipantId, m.Status });
        // Rule 5, held by the database too: one active match per participant per cohort, even if two approvals race.
        // A peer team has no participant: SQL Server's unique index counts NULLs as equal, so teams are left out of it.
        builder.HasIndex(m => new { m.CohortId, m.ParticipantId }).IsUnique().HasFilter("\"Status\" = 'Active' AND \"ParticipantId\" IS NOT NULL")
            .HasDatabaseName("IX_Matches_OneActivePerParticipant");
        // One open match per pair, so that a proposal or a request submitted twice at once is recorded once.
        builder.HasIndex(m => new { m.CohortId, m.ParticipantId, m.CoachId }).IsUnique()
            .HasFilter("\"Status\" IN ('AwaitingCoach', 'Proposed', 'Active') AND \"ParticipantId\" IS NOT NULL").HasDatabaseName("IX_Matches_OneOpenPerPair");
    }
}

internal sealed class EngagementMemberConfiguration : IEntityTypeConfiguration<EngagementMember>
{
    public void Configure(EntityTypeBuilder<EngagementMember> builder)
    {
        builder.Property(x => x.Role).HasConversion<string>().HasMaxLength(24);
        builder.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        // A person is in an engagement once, whatever their role.
        builder.HasIndex(x => new { x.MatchId, x.PersonId }).IsUnique();
        builder.HasIndex(x => x.PersonId);
    }
}

internal sealed class MatchAgreementConfiguration : IEntityTypeConfiguration<MatchAgreement>
{
    public void Configure(EntityTypeBuilder<MatchAgreement> builder)
    {
        builder.Property(a => a.Confidentiality).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.ContactFrequency).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ContactForm).HasMaxLength(200).IsRequired();
        builder.Property(a => a.CoachTime).HasMaxLength(200).IsRequired();
        builder.Property(a => a.AdditionalPoints).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.CoachRoles).HasConversion<int>();
        builder.Ignore(a => a.IsSigned);
    }
}
