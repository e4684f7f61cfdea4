using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

public sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(FieldLimits.Name);
        builder.Property(r => r.HourlyRate).HasPrecision(12, 3);
        builder.Property(r => r.HalfDayRate).HasPrecision(12, 3);
        builder.Property(r => r.DayRate).HasPrecision(12, 3);
        builder.Property(r => r.Description).HasMaxLength(FieldLimits.Description);
    }
}
