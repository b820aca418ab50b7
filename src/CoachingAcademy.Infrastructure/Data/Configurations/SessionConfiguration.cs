using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

internal sealed class CoachingSessionConfiguration : IEntityTypeConfiguration<CoachingSession>
{
    public void Configure(EntityTypeBuilder<CoachingSession> builder)
    {
        builder.Property(s => s.Form).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Location).HasMaxLength(500).IsRequired();
        builder.Property(s => s.CalendarUid).HasMaxLength(100).IsRequired();
        builder.Ignore(s => s.EndsAtUtc);
        builder.HasOne<Match>().WithMany().HasForeignKey(s => s.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Milestone>().WithMany().HasForeignKey(s => s.MilestoneId).OnDelete(DeleteBehavior.SetNull);
        // Two invitations of the guest at once: the second finds the meeting changed and sends nothing.
        builder.Property(s => s.GuestInvitedAtUtc).IsConcurrencyToken();
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.FacilitatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Changes).WithOne().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.Attendance).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
        // An engagement's sessions by start, with what the progress matrix and the insight page read of them (status, step),
        // so that those reads never visit the table's rows.
        builder.HasIndex(s => new { s.MatchId, s.StartsAtUtc, s.Status, s.MilestoneId });
        // A pair meets once at a given time, so that the same session submitted twice is scheduled once.
        builder.HasIndex(s => new { s.MatchId, s.StartsAtUtc }, "IX_CoachingSessions_OnePerPairAndStart").IsUnique()
            .HasFilter("\"Status\" <> 'Cancelled'");
        builder.HasIndex(s => new { s.Status, s.StartsAtUtc });
        builder.HasIndex(s => s.CalendarUid).IsUnique();
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.SessionId, x.PersonId }).IsUnique();
        builder.HasIndex(x => x.PersonId);
    }
}

internal sealed class SessionChangeConfiguration : IEntityTypeConfiguration<SessionChange>
{
    public void Configure(EntityTypeBuilder<SessionChange> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Reason).HasMaxLength(1000);
    }
}

internal sealed class SessionNoteConfiguration : IEntityTypeConfiguration<SessionNote>
{
    public void Configure(EntityTypeBuilder<SessionNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(10_000).IsRequired();
        builder.HasOne<CoachingSession>().WithMany().HasForeignKey(n => n.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.SessionId, n.AuthorId }).IsUnique();
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.Property(f => f.Token).HasMaxLength(64).IsRequired();
        builder.Ignore(f => f.IsActive);
        builder.HasIndex(f => f.Token).IsUnique();
        builder.HasIndex(f => f.PersonId);
        // One live address per person, whatever the interleaving of renewals.
        builder.HasIndex(f => f.PersonId, "IX_CalendarFeeds_OneActivePerPerson").IsUnique().HasFilter("\"RevokedAtUtc\" IS NULL");
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
