using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecordingStudio.Infrastructure.Persistence.Platform.Configurations;

public sealed class TenantTemplateConfiguration : IEntityTypeConfiguration<TenantTemplate>
{
    public void Configure(EntityTypeBuilder<TenantTemplate> builder)
    {
        builder.HasKey(t => t.ServerKey);
        builder.Property(t => t.ServerKey).HasMaxLength(64);
        builder.Property(t => t.DatabaseName).HasMaxLength(63);
        builder.Property(t => t.SchemaVersion).HasMaxLength(150);
    }
}
