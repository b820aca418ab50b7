using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class ProgramOutcomeConfiguration : IEntityTypeConfiguration<ProgramOutcome>
{
    public void Configure(EntityTypeBuilder<ProgramOutcome> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(ProgramOutcome.MaxLength).IsRequired();
        builder.Property(o => o.Benchmark).HasMaxLength(ProgramOutcome.MaxLength).IsRequired();
        builder.HasOne<Match>().WithMany().HasForeignKey(o => o.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.MatchId, o.Position });
    }
}
