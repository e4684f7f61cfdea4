using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Infrastructure.Persistence.Platform.Configurations;

public sealed class TenantDatabaseConfiguration : IEntityTypeConfiguration<TenantDatabase>
{
    public void Configure(EntityTypeBuilder<TenantDatabase> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.DatabaseName).HasMaxLength(63);
        builder.HasIndex(d => d.DatabaseName).IsUnique();
        builder.Property(d => d.ServerKey).HasMaxLength(64);
        builder.HasIndex(d => d.ServerKey);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(FieldLimits.Notes);
        builder.Property(d => d.MigrationError).HasMaxLength(FieldLimits.Notes);
        builder.Property(d => d.SchemaVersion).HasMaxLength(150);
    }
}
