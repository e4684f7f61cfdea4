using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(FieldLimits.Name);
        builder.Property(k => k.Prefix).HasMaxLength(12);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.Role).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(k => k.IsActive);
    }
}
