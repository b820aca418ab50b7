using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class EngagementChallengeConfiguration : IEntityTypeConfiguration<EngagementChallenge>
{
    public void Configure(EntityTypeBuilder<EngagementChallenge> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(EngagementChallenge.MaxLength).IsRequired();
        builder.HasOne<Match>().WithMany().HasForeignKey(c => c.MatchId).OnDelete(DeleteBehavior.Cascade);
        // One challenge per engagement, kept by the database too when the client saves it twice at once.
        builder.HasIndex(c => c.MatchId).IsUnique();
    }
}
