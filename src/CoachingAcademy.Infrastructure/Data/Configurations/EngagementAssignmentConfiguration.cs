using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class EngagementAssignmentConfiguration : IEntityTypeConfiguration<EngagementAssignment>
{
    public void Configure(EntityTypeBuilder<EngagementAssignment> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(EngagementAssignment.MaxLength).IsRequired();
        builder.Ignore(a => a.IsDone);
        builder.HasOne<Match>().WithMany().HasForeignKey(a => a.MatchId).OnDelete(DeleteBehavior.Cascade);
        // Sessions are cancelled, never deleted; NoAction keeps SQL Server free of a second cascade path from the match.
        builder.HasOne<CoachingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MatchId, a.DueOn });
    }
}
