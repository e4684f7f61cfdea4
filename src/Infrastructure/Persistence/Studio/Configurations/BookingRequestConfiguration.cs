using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

public sealed class BookingRequestConfiguration : IEntityTypeConfiguration<BookingRequest>
{
    public void Configure(EntityTypeBuilder<BookingRequest> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Note).HasMaxLength(FieldLimits.Notes);
        builder.Property(r => r.Response).HasMaxLength(FieldLimits.Notes);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.Slot);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Room>().WithMany().HasForeignKey(r => r.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Engineer>().WithMany().HasForeignKey(r => r.EngineerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Session>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Status, r.StartsAt });
        builder.ToTable(t => t.HasCheckConstraint("ck_booking_requests_ends_after_start", "ends_at > starts_at"));
    }
}
