using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

/// <summary>Every version of an engagement's outline, numbered; the decision is checked on save so that the first one stands.</summary>
internal sealed class SessionOutlineConfiguration : IEntityTypeConfiguration<SessionOutline>
{
    public void Configure(EntityTypeBuilder<SessionOutline> builder)
    {
        builder.Property(o => o.Reason).HasMaxLength(SessionOutline.MaxReasonLength).IsRequired();
        builder.Property(o => o.Comment).HasMaxLength(SessionOutline.MaxCommentLength);
        builder.Property(o => o.DecidedByName).HasMaxLength(200);
        builder.Property(o => o.Decision).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.HasOne<Match>().WithMany().HasForeignKey(o => o.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.SubmittedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.MatchId, o.Version }).IsUnique();
    }
}

/// <summary>An approver's one-time link: found by the hash of its token, never by the token.</summary>
internal sealed class ApprovalLinkConfiguration : IEntityTypeConfiguration<ApprovalLink>
{
    public void Configure(EntityTypeBuilder<ApprovalLink> builder)
    {
        builder.Property(l => l.TokenHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasOne(l => l.Outline).WithMany().HasForeignKey(l => l.OutlineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
