using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

/// <summary>Who the coach interviews and when; there is no column for what was said.</summary>
internal sealed class Interview360Configuration : IEntityTypeConfiguration<Interview360>
{
    public void Configure(EntityTypeBuilder<Interview360> builder)
    {
        builder.ToTable("Interviews360");
        builder.Property(i => i.Name).HasMaxLength(Interview360.MaxNameLength).IsRequired();
        builder.Property(i => i.Relationship).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(i => i.IsDone);
        builder.HasOne<Match>().WithMany().HasForeignKey(i => i.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.MatchId);
    }
}
