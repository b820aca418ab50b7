using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

/// <summary>A cohort's graduation and coaches' debrief: one of each per cohort.</summary>
internal sealed class CohortEventConfiguration : IEntityTypeConfiguration<CohortEvent>
{
    public void Configure(EntityTypeBuilder<CohortEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Location).HasMaxLength(CohortEvent.LocationLength).IsRequired();
        builder.Ignore(e => e.CalendarUid);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CohortId, e.Kind }).IsUnique();
        builder.HasMany(e => e.Invitations).WithOne(i => i.Event).HasForeignKey(i => i.CohortEventId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Invitations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>One invitation per event and person, with the person's reply.</summary>
internal sealed class EventInvitationConfiguration : IEntityTypeConfiguration<EventInvitation>
{
    public void Configure(EntityTypeBuilder<EventInvitation> builder)
    {
        builder.Property(i => i.Reply).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(i => new { i.CohortEventId, i.PersonId }).IsUnique();
        builder.HasIndex(i => i.PersonId);
        builder.HasOne(i => i.Person).WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
