using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class EngagementGoalConfiguration : IEntityTypeConfiguration<EngagementGoal>
{
    public void Configure(EntityTypeBuilder<EngagementGoal> builder)
    {
        builder.Property(g => g.Text).HasMaxLength(EngagementGoal.MaxLength).IsRequired();
        builder.Ignore(g => g.IsMet);
        builder.HasOne<Match>().WithMany().HasForeignKey(g => g.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.MatchId, g.Position });
    }
}
