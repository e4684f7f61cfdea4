using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

public sealed class SessionSeriesConfiguration : IEntityTypeConfiguration<SessionSeries>
{
    public void Configure(EntityTypeBuilder<SessionSeries> builder)
    {
        builder.ToTable("session_series");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Rule).HasMaxLength(SessionSeries.MaxRuleLength);
        builder.Property(s => s.Title).HasMaxLength(FieldLimits.Title);
        builder.HasOne<Client>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Room>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Engineer>().WithMany().HasForeignKey(s => s.EngineerId).OnDelete(DeleteBehavior.Restrict);
    }
}
