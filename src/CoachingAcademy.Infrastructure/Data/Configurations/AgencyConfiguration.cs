using CoachingAcademy.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ContactEmail).HasMaxLength(256).IsRequired();
        builder.HasIndex(a => a.Name).IsUnique();
        builder.HasMany(a => a.People).WithOne(p => p.Agency).HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.People).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
