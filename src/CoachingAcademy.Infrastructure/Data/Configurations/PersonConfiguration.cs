using CoachingAcademy.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.FullName).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.Property(p => p.PositionLevel).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(p => p.Email).IsUnique();
        builder.HasOne(p => p.Supervisor).WithMany().HasForeignKey(p => p.SupervisorId).OnDelete(DeleteBehavior.Restrict);
    }
}
